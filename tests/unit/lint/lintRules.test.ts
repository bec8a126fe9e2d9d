/**
 * `npm run lint` enforces the page layer's shape (issue 21): each library has one owning
 * folder of src/, browser code imports no build-only library, and no function or file grows
 * past what reads in one sitting. These run the project's own ESLint config on small
 * sources placed (by name only) in src/ folders, and check what it says.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const CHECKED = new Set([
  '@typescript-eslint/no-restricted-imports',
  'max-lines',
  'max-lines-per-function',
]);

// The type-aware rules need the file to exist in the TypeScript project; the rules checked
// here read only the syntax, so type information is switched off and the rest filtered out.
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  ruleFilter: ({ ruleId }) => CHECKED.has(ruleId),
});

async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('lint: one owner per library', () => {
  it.each([
    ['src/runofshow/x.ts', "import Reveal from 'reveal.js';", 'reveal.js belongs to src/deck'],
    ['src/speaker/x.ts', "import { select } from 'd3';", 'd3 and the map data belong to src/map'],
    ['src/show/x.ts', "import { DateTime } from 'luxon';", "luxon's API belongs to src/time"],
    ['src/pages/x.ts', "import { HocuspocusProvider } from '@hocuspocus/provider';", 'src/live'],
    ['src/live/x.ts', "import { Server } from '@hocuspocus/server';", 'src/server'],
    ['src/deck/x.ts', "import QRCode from 'qrcode';", 'build-only library'],
    ['src/runofshow/x.ts', "import { marked } from 'marked';", 'build-only library'],
  ])('%s: %s is refused', async (file, code, words) => {
    const messages = await lint(
      file,
      `${code}\nexport const used = [${code.match(/import (?:\{ )?(\w+)/)?.[1] ?? ''}];\n`,
    );
    expect(messages.join('\n')).toContain(words);
  });

  it.each([
    ['src/deck/x.ts', "import Reveal from 'reveal.js';"],
    ['src/map/x.ts', "import { select } from 'd3';"],
    ['src/time/x.ts', "import { DateTime } from 'luxon';"],
    ['src/show/x.ts', "import type { DateTime } from 'luxon';"],
    ['src/build/x.ts', "import QRCode from 'qrcode';"],
  ])('%s: %s is its owner’s (or a type) and allowed', async (file, code) => {
    expect(await lint(file, `${code}\n`)).toEqual([]);
  });
});

describe('lint: sizes that read in one sitting', () => {
  const body = (lines: number): string =>
    Array.from({ length: lines }, (_, i) => `  const v${i} = ${i};`).join('\n');

  it('refuses a function over 120 lines in src/, and takes one of 120', async () => {
    const long = await lint('src/runofshow/x.ts', `export function f(): void {\n${body(119)}\n}\n`);
    expect(long.join('\n')).toContain("Function 'f' has too many lines (121)");
    expect(
      await lint('src/runofshow/x.ts', `export function f(): void {\n${body(118)}\n}\n`),
    ).toEqual([]);
  });

  it('refuses a file over 400 lines in src/', async () => {
    const file = Array.from({ length: 401 }, (_, i) => `export const c${i} = ${i};`).join('\n');
    expect((await lint('src/show/x.ts', `${file}\n`)).join('\n')).toContain(
      'File has too many lines (401)',
    );
  });
});
