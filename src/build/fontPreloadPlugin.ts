/**
 * Build time only: preloads the one web-font file the deck's first slide uses, as a Vite tag
 * descriptor. Without it the browser finds the font only once the CSS is parsed and the
 * slide laid out, so the slide is laid out twice (fallback font, then Source Sans 3) before
 * the viewer sees it settle; with it the font is usually there for the first layout.
 */
import { basename } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Options for `fontPreloadPlugin`. */
export interface FontPreloadOptions {
  /** The pages that get the preload, by file name. */
  readonly pages: readonly string[];
  /**
   * The font file to preload, matched against the built file names. The slides are in
   * English, so the first slide needs only the Latin subset of @fontsource's unicode-range
   * faces; the others (Latin Extended, Vietnamese…) load when a State's name needs them.
   */
  readonly file: RegExp;
}

/**
 * Makes the plugin. A build that emits font files but none matching `file` fails, so that a
 * renamed font package cannot silently drop the preload. A build that inlines its fonts (the
 * single file) has no font file to preload and gets none.
 */
export function fontPreloadPlugin(options: FontPreloadOptions): Plugin {
  let base = './';
  return {
    name: 'recognition-font-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx): HtmlTagDescriptor[] {
        if (!options.pages.includes(basename(ctx.filename)) || !ctx.bundle) return [];
        const files = Object.keys(ctx.bundle);
        const fonts = files.filter((name) => /\.woff2?$/.test(name));
        if (fonts.length === 0) return [];
        const file = fonts.find((name) => options.file.test(name));
        if (!file) {
          throw new Error(
            `At ${basename(ctx.filename)}: expected a built font file matching ${String(options.file)}, got ${fonts.join(', ')}. Update the preload's pattern in vite.config.ts.`,
          );
        }
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: `${base}${file}`,
              // Fonts are fetched in CORS mode; a preload without it would not be reused.
              crossorigin: '',
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
