/**
 * Build time only: a Content-Security-Policy for the single-file export. Its scripts are
 * inline (a module loaded from file:// is blocked), so `'self'` can't allow them; each is
 * allowed by the SHA-256 of its text instead. Nothing else inline runs: an event handler in
 * authored slide HTML (`onerror="…"`) or a script injected later is refused.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The `'sha256-…'` source of one inline script's text, as the browser hashes it. */
export function hashInlineScript(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a single file whose inline scripts hash to `scriptHashes`. */
export function buildSingleFilePolicy(scriptHashes: readonly string[]): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    // Only the scripts the build inlined, by hash: no handler attributes, nothing injected.
    ['script-src', ...(scriptHashes.length > 0 ? scriptHashes : ["'none'"])],
    // Styles are inline <style> and style="" attributes (reveal.js sets layout through them);
    // neither can run code.
    ['style-src', "'unsafe-inline'"],
    // Fonts, images and the map's geometry are inlined as data: URLs.
    ['img-src', 'data:'],
    ['font-src', 'data:'],
    ['connect-src', 'data:'],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * Adds the policy near the top of `<head>` of an HTML page whose scripts are inline.
 * @throws Error when the page has no `<head>` to put it in, or when an inline script's text
 * holds a `</script` that would end it early (the parser, and so the hashes, would cut it).
 */
export function addSingleFilePolicy(html: string): string {
  const opened = html.match(/<script\b/gi)?.length ?? 0;
  const closed = html.match(/<\/script/gi)?.length ?? 0;
  if (opened !== closed) {
    throw new Error(
      `At the single file: expected one "</script" per <script>, got ${closed} for ${opened}. An inlined script holds "</script" unescaped; escape it as "<\\/script".`,
    );
  }
  // The HTML parser turns CRLF into LF before a script's text is hashed.
  const hashes = [...html.replace(/\r\n?/g, '\n').matchAll(INLINE_SCRIPT)].map((m) =>
    hashInlineScript(m[1] ?? ''),
  );
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildSingleFilePolicy([...new Set(hashes)])}">`;
  // After <meta charset>, which must come first, and before any script it governs.
  const anchor = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!anchor) throw new Error('[export] the single file has no <head> for its policy.');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/**
 * Makes the plugin. List it after the plugin that inlines the scripts: it hashes the final
 * HTML in the last `generateBundle` pass.
 */
export function singleFileCspPlugin(): Plugin {
  return {
    name: 'recognition-single-file-csp',
    enforce: 'post',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'asset' || !output.fileName.endsWith('.html')) continue;
          const html =
            typeof output.source === 'string'
              ? output.source
              : new TextDecoder().decode(output.source);
          output.source = addSingleFilePolicy(html);
        }
      },
    },
  };
}
