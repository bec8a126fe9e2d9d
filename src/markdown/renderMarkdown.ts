/**
 * The project's one configured markdown renderer. It runs at build time on the authors'
 * slide files, which are trusted, so raw HTML in them passes through. Text from data
 * files goes through `renderPlainMarkdown`, which escapes it.
 */
import { Marked } from 'marked';

const trusted = new Marked({ gfm: true, breaks: false, async: false });

const escaping = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

/** Renders trusted markdown (from `slides/`) to HTML. */
export function renderMarkdown(source: string): string {
  return trusted.parse(source, { async: false });
}

/** Renders markdown from data fields to HTML, with any raw HTML in it shown as text. */
export function renderPlainMarkdown(source: string): string {
  return escaping.parse(source, { async: false });
}

/** Escapes text for use inside HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
