/**
 * Build time only: has each page preload the web font file its text is set in, as a Vite tag
 * descriptor. Found through the page's stylesheet, the font is asked for only when the first
 * slide is laid out, so that slide was laid out twice before its first paint: in the fallback
 * font, then again when the font arrived (bench/README.md, round three). Preloaded, it is
 * there for the first layout. Only the Latin file: the slides are in English, and the other
 * subsets still load on demand through their unicode ranges.
 */
import { basename } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Options for `fontPreloadPlugin`. */
export interface FontPreloadOptions {
  /** The built font file to preload, by its name in the build's assets (the name has a hash). */
  readonly file: RegExp;
}

/**
 * Makes the plugin. A build without a file matching `file` fails with the fix, so that a
 * font update that renames its files cannot silently drop the preload. The dev server and
 * the single file (whose fonts are inlined) have no file to preload, and get no tag.
 */
export function fontPreloadPlugin(options: FontPreloadOptions): Plugin {
  return {
    name: 'recognition-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx): { html: string; tags: HtmlTagDescriptor[] } {
        const fonts = Object.values(ctx.bundle ?? {}).filter((o) => /\.woff2$/.test(o.fileName));
        if (fonts.length === 0) return { html, tags: [] };
        const font = fonts.find((o) => options.file.test(o.fileName));
        if (!font) {
          throw new Error(
            `At ${basename(ctx.filename)}: expected a font file matching ${String(options.file)} in the build, got ${fonts.map((o) => o.fileName).join(', ')}. Update the pattern in vite.config.ts to the font's Latin file.`,
          );
        }
        return {
          html,
          tags: [
            {
              tag: 'link',
              // Fonts are fetched in CORS mode: without `crossorigin` the preload is not reused.
              attrs: {
                rel: 'preload',
                as: 'font',
                type: 'font/woff2',
                crossorigin: true,
                href: `./${font.fileName}`,
              },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
