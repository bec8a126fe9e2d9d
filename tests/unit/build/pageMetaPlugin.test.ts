import type { HtmlTagDescriptor } from 'vite';
import { describe, expect, it } from 'vitest';
import { pageMetaPlugin } from '../../../src/build/pageMetaPlugin.ts';

const PAGE = `<html><head><title>Deck &amp; notes</title>
<meta name="description" content="What it is" />
</head><body></body></html>`;

type Options = Parameters<typeof pageMetaPlugin>[0];

/** The page as Vite writes it: the plugin's HTML with its tags before `</head>`. */
function transform(html: string, options: Options): string {
  const plugin = pageMetaPlugin(options);
  const hook = plugin.transformIndexHtml;
  if (!hook || typeof hook === 'function') throw new Error('expected an object hook');
  const ctx = { filename: '/site/run-of-show.html', path: '/run-of-show.html' };
  const result = hook.handler.call(undefined as never, html, ctx) as {
    html: string;
    tags: HtmlTagDescriptor[];
  };
  const escape = (value: string): string =>
    value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const tags = result.tags.map(
    (t) =>
      `<meta ${Object.entries(t.attrs ?? {})
        .map(([k, v]) => `${k}="${escape(String(v))}"`)
        .join(' ')} />`,
  );
  return result.html.replace('</head>', `${tags.join('\n')}\n</head>`);
}

describe('pageMetaPlugin', () => {
  it('adds Open Graph and Twitter tags from the page’s own title and description', () => {
    const html = transform(PAGE, { image: 'social-preview.png', imageSize: [1200, 630] });
    expect(html).toContain('<meta property="og:title" content="Deck &amp; notes" />');
    expect(html).toContain('<meta property="og:description" content="What it is" />');
    expect(html).toContain('<meta property="og:image" content="./social-preview.png" />');
    expect(html).toContain('<meta property="og:image:width" content="1200" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).not.toContain('og:url');
  });

  it('uses absolute URLs when the site’s address is known', () => {
    const html = transform(PAGE, { image: 'social-preview.png', siteUrl: 'https://x.org/w' });
    expect(html).toContain('content="https://x.org/w/social-preview.png"');
    expect(html).toContain('<meta property="og:url" content="https://x.org/w/run-of-show.html" />');
  });

  it('falls back to a small card without an image', () => {
    expect(transform(PAGE, {})).toContain('<meta name="twitter:card" content="summary" />');
  });

  it('fails the build for a page without a description, naming the page', () => {
    expect(() => transform('<html><head><title>T</title></head></html>', {})).toThrow(
      'At run-of-show.html: expected <meta name="description" content="…">, got none. Add one to the page\'s <head>.',
    );
  });
});
