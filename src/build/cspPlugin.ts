/**
 * Build time only: a Content-Security-Policy `<meta>` on every page, as strict as reveal.js's
 * speaker view allows. Each relaxation below says why it is there.
 */
import type { Plugin } from 'vite';
import { hashSpeakerViewScript } from './speakerViewScriptHash.ts';

/** Builds the policy text; `speakerViewHash` is the hash of the speaker view's inline script. */
export function buildContentSecurityPolicy(speakerViewHash: string | null): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Our scripts are files of the site. The speaker view is an about:blank window that
    // inherits this policy and runs one inline script, allowed by its hash only.
    ['script-src', "'self'", ...(speakerViewHash ? [speakerViewHash] : [])],
    // reveal's speaker view writes a <style> element and style="" attributes into its
    // window; neither can run code. Our own styles are files.
    ['style-src', "'self'", "'unsafe-inline'"],
    // The favicon is an empty data: URL; the map and fonts are files of the site.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    // The map's geometry is fetched from the site itself.
    ['connect-src', "'self'"],
    // The speaker view shows the deck itself in two frames.
    ['frame-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Options for `cspPlugin`. */
export interface CspPluginOptions {
  /** Allow the speaker view's inline script (host builds). @defaultValue true */
  readonly speakerView?: boolean;
}

/** Makes the plugin; it applies to `vite build` only (the dev server injects inline scripts). */
export function cspPlugin(options: CspPluginOptions = {}): Plugin {
  const policy = buildContentSecurityPolicy(
    (options.speakerView ?? true) ? hashSpeakerViewScript() : null,
  );
  return {
    name: 'recognition-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
