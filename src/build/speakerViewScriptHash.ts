/**
 * Build time only: the CSP hash of the inline script that reveal.js's notes plugin writes
 * into its speaker-view window. That window is `about:blank`, so it inherits the deck's
 * Content-Security-Policy, and its one inline script must be allowed by hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WRITE_CALL = /document\.write\(("(?:[^"\\]|\\.)*")\)/;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/;

/** Reads a JavaScript double-quoted string literal (as minified code writes it) as text. */
function readStringLiteral(literal: string): string {
  // JSON has no \xHH escape and no raw control characters (the file keeps raw tabs); the
  // rest of the minifier's escapes are valid JSON.
  const json = literal
    .replace(/(?<!\\)((?:\\\\)*)\\x([0-9a-fA-F]{2})/g, '$1\\u00$2')
    // eslint-disable-next-line no-control-regex -- matching raw control characters is the point
    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return JSON.parse(json) as string;
}

/**
 * Returns `'sha256-…'` for the speaker view's inline script in the installed reveal.js.
 * @throws Error when the notes plugin no longer writes its page that way (after an upgrade),
 * so the build stops instead of shipping a policy that breaks the speaker view.
 */
export function hashSpeakerViewScript(): string {
  // The plugin the deck imports: reveal.js's exports map points 'import' at notes.mjs.
  const source = readFileSync(fileURLToPath(import.meta.resolve('reveal.js/plugin/notes')), 'utf8');
  const literal = WRITE_CALL.exec(source)?.[1];
  const script = literal ? INLINE_SCRIPT.exec(readStringLiteral(literal))?.[1] : undefined;
  if (script === undefined) {
    throw new Error(
      "[csp] reveal.js's notes plugin no longer writes an inline <script> with document.write. Check the speaker view under the CSP and update src/build/speakerViewScriptHash.ts.",
    );
  }
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
