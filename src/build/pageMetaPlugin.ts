/**
 * Build time only: gives every HTML page the tags that make a shared link look right (Open
 * Graph and Twitter card), from the page's own `<title>` and description (which the slides
 * plugin fills from the data), as Vite tag descriptors.
 */
import { basename } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Options for `pageMetaPlugin`. */
export interface PageMetaOptions {
  /**
   * The preview image, a file in `public/`, or `null` for none (the single-file export has
   * no folder to put it in). @defaultValue null
   */
  readonly image?: string | null;
  /** Its width and height in pixels, which crawlers use before fetching it. */
  readonly imageSize?: readonly [number, number];
  /**
   * Where the site will be published, e.g. "https://example.org/webinar/". Crawlers want an
   * absolute image URL; without this the tags use relative URLs, which the site's own
   * folder resolves but some crawlers ignore. @defaultValue undefined
   */
  readonly siteUrl?: string;
}

const TITLE = /<title>([^<]*)<\/title>/;
const DESCRIPTION = /<meta\s+name="description"\s+content="([^"]*)"\s*\/?>/;

/** The text of HTML that `escapeHtml` (or an author) escaped: Vite escapes tag attributes itself. */
function unescapeHtml(html: string): string {
  const entities: Record<string, string> = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#39;': "'",
  };
  return html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

/**
 * Makes the plugin. It returns the link-preview tags as Vite tag descriptors (Vite escapes
 * their attributes). A page without a `<title>` or a `<meta name="description">` fails the
 * build, so that no page ships without them.
 */
export function pageMetaPlugin(options: PageMetaOptions = {}): Plugin {
  return {
    name: 'recognition-page-meta',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx): { html: string; tags: HtmlTagDescriptor[] } {
        const page = basename(ctx.filename);
        const title = TITLE.exec(html)?.[1];
        const description = DESCRIPTION.exec(html)?.[1];
        if (!title) {
          throw new Error(
            `At ${page}: expected a <title>, got none. Add one to the page's <head>.`,
          );
        }
        if (!description) {
          throw new Error(
            `At ${page}: expected <meta name="description" content="…">, got none. Add one to the page's <head>.`,
          );
        }
        const base = options.siteUrl?.replace(/\/?$/, '/');
        const url = (file: string): string => (base ? new URL(file, base).href : `./${file}`);
        const tags: [string, string, string][] = [
          ['property', 'og:type', 'website'],
          ['property', 'og:title', unescapeHtml(title)],
          ['property', 'og:description', unescapeHtml(description)],
        ];
        if (base) tags.push(['property', 'og:url', url(page)]);
        if (options.image) {
          tags.push(['property', 'og:image', url(options.image)]);
          if (options.imageSize) {
            tags.push(['property', 'og:image:width', String(options.imageSize[0])]);
            tags.push(['property', 'og:image:height', String(options.imageSize[1])]);
          }
          tags.push(['property', 'og:image:alt', unescapeHtml(title)]);
        }
        tags.push(['name', 'twitter:card', options.image ? 'summary_large_image' : 'summary']);
        return {
          html,
          tags: tags.map(([attr, key, content]) => ({
            tag: 'meta',
            attrs: { [attr]: key, content },
            injectTo: 'head',
          })),
        };
      },
    },
  };
}
