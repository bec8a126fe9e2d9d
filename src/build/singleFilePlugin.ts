/**
 * Build time only: folds the built page's script and stylesheet into the HTML, so that the
 * deck is one file that opens from `file://` (a module script loaded from disk is blocked
 * by the browser; an inline one runs). Fonts and other assets are already inlined as data
 * URLs by the `single` build mode (`assetsInlineLimit`), and dynamic imports are inlined
 * into the one chunk (`codeSplitting: false`).
 */
import type { Plugin } from 'vite';

const SCRIPT_TAG = /<script type="module"[^>]*\ssrc="\.\/([^"]+)"[^>]*><\/script>/g;
const STYLE_TAG = /<link rel="stylesheet"[^>]*\shref="\.\/([^"]+)"[^>]*>/g;
const PRELOAD_TAG = /<link rel="modulepreload"[^>]*>\n?/g;

/** Makes a script's source safe inside `<script>…</script>`. */
export function escapeInlineScript(code: string): string {
  // "</script" would end the element early; inside a string or regex literal "<\/" means "</".
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/**
 * Makes the plugin. The build fails if any file other than the HTML is left over, since
 * the single file would then need it beside it.
 */
export function singleFilePlugin(): Plugin {
  return {
    name: 'recognition-single-file',
    enforce: 'post',
    // After Vite's own generateBundle hooks: its import analysis (which runs after every
    // plugin's, `enforce: 'post'` too) replaces the `__VITE_PRELOAD__` markers of inlined
    // dynamic imports in the chunk; a chunk taken before that throws when the map loads.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const take = (fileName: string): string => {
          const output = bundle[fileName];
          if (!output)
            this.error(`[export] the page refers to ${fileName}, which the build lacks.`);
          Reflect.deleteProperty(bundle, fileName);
          if (output.type === 'chunk' && output.code.includes('__VITE_PRELOAD__')) {
            this.error(
              `[export] ${fileName} still holds Vite's __VITE_PRELOAD__ marker, which would throw in the page. Inline the chunk after Vite's import analysis.`,
            );
          }
          return output.type === 'chunk'
            ? output.code
            : typeof output.source === 'string'
              ? output.source
              : new TextDecoder().decode(output.source);
        };
        const pages = Object.values(bundle).filter(
          (o) => o.type === 'asset' && o.fileName.endsWith('.html'),
        );
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          const html =
            typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
          page.source = html
            .replace(PRELOAD_TAG, '')
            .replace(STYLE_TAG, (_tag, file: string) => `<style>\n${take(file)}</style>`)
            .replace(
              SCRIPT_TAG,
              (_tag, file: string) =>
                `<script type="module">\n${escapeInlineScript(take(file))}</script>`,
            );
        }
        const leftOver = Object.keys(bundle).filter((name) => !name.endsWith('.html'));
        if (leftOver.length > 0) {
          this.error(
            `[export] the single file would need ${leftOver.join(', ')} beside it. Raise assetsInlineLimit or inline the import.`,
          );
        }
      },
    },
  };
}
