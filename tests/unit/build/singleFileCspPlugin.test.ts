/** The single file's policy names exactly its inline scripts, by hash, after <meta charset>. */
import { describe, expect, it } from 'vitest';
import { addSingleFilePolicy } from '../../../src/build/singleFileCspPlugin.ts';

describe('addSingleFilePolicy', () => {
  const page =
    '<!doctype html><html><head>\n<meta charset="utf-8" />\n<script type="module">\nrun();\n</script></head><body><p>Hi</p></body></html>';

  it('allows each inline script by the SHA-256 of its text, and nothing else inline', () => {
    expect(addSingleFilePolicy(page)).toBe(
      page.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-8Nic6TNoKbU2fN/Yduzc28MgjFgcikm6fSU0x0dR3EU='; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src data:; object-src 'none'; base-uri 'none'; form-action 'none'">`,
      ),
    );
  });

  it('hashes the text as the browser parses it, with CRLF read as LF', () => {
    expect(addSingleFilePolicy(page.replaceAll('\n', '\r\n'))).toContain(
      "'sha256-8Nic6TNoKbU2fN/Yduzc28MgjFgcikm6fSU0x0dR3EU='",
    );
  });

  it('refuses a script whose text would end it early', () => {
    expect(() => addSingleFilePolicy(page.replace('run();', 'const s = "</SCRIPT>";'))).toThrow(
      'At the single file: expected one "</script" per <script>, got 2 for 1. An inlined script holds "</script" unescaped; escape it as "<\\/script".',
    );
  });

  it('allows no script when the page has none', () => {
    expect(addSingleFilePolicy('<head></head>')).toContain("script-src 'none';");
  });
});
