import { trustedHtml } from '../lib/h.ts';

/** What a slide of each layout shows, when its markdown has no heading of its own. */
const LAYOUT_LABELS: Readonly<Record<string, string>> = {
  holding: 'Holding slide',
  title: 'Title slide',
  programme: 'Programme',
  segment: 'Opening slide of the segment',
  objectives: 'Objectives',
  gains: 'Why attend',
  background: 'The conventions',
  series: 'The series',
  closing: 'Closing slide',
};

/**
 * A short name for a slide: the first heading of its (trusted, build-time rendered)
 * markdown, else the title its front matter gives the layout, else what its layout shows,
 * else its id.
 * @example getSlideLabel({ id: 'questions', layout: 'content', html: '<h2>Your questions</h2>' }) // "Your questions"
 */
export function getSlideLabel(slide: {
  readonly id: string;
  readonly layout: string;
  readonly html: string;
  readonly text?: { readonly title?: string };
}): string {
  const heading = trustedHtml(slide.html).querySelector('h1, h2, h3')?.textContent.trim();
  return heading || slide.text?.title || (LAYOUT_LABELS[slide.layout] ?? slide.id);
}
