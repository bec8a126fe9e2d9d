/**
 * Each case copies the project, breaks one authored thing, runs the real `vite build` on the
 * copy, and asserts that the build stops with the message an author would read.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProjectCopy, type ProjectCopy } from './projectCopy.ts';

interface BuildResult {
  readonly code: number | null;
  readonly output: string;
}

function runBuild(copy: ProjectCopy): Promise<BuildResult> {
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      [join(copy.root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      { cwd: copy.root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

interface Breakage {
  readonly name: string;
  readonly breakIt: (copy: ProjectCopy) => void;
  readonly message: string;
}

const replace =
  (file: string, from: string, to: string) =>
  (copy: ProjectCopy): void =>
    copy.replace(file, from, to);

/*
 * A few real builds prove that each kind of problem stops `vite build` and that its message
 * reaches the terminal. The wording of every other message is asserted by the validators'
 * unit tests (tests/unit/data, tests/unit/deck, tests/unit/build), which take milliseconds.
 */
const breakages: Breakage[] = [
  {
    name: 'a misspelt participant role (a value outside its union)',
    breakIt: replace('data/agenda.ts', "role: 'panellist'", "role: 'panelist'"),
    message:
      'At data/agenda.ts agenda["panel"].participants["nadia-starr"].role: expected one of "speaker", "panellist", "moderator", got "panelist". Use one of these words, spelt as shown.',
  },
  {
    name: "an apostrophe inside a '…' text in a data file",
    breakIt: replace(
      'data/agenda.ts',
      "title: 'Opening and introduction'",
      "title: 'Opening and the host's introduction'",
    ),
    message:
      "data/agenda.ts:11: a ' inside '…' ends the text early: use \"…\" around the text, or the typographic ’ instead of '.",
  },
  {
    name: 'a slide file that is not UTF-8',
    breakIt: (copy) => {
      const text = copy.read('slides/13-questions.md');
      // "é" as Windows-1252 writes it: one byte that is not UTF-8.
      copy.writeBytes(
        'slides/13-questions.md',
        Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]),
      );
    },
    message:
      'slides/13-questions.md:13: the file is not UTF-8 text (it may be saved as Windows-1252 or Latin-1). Open it in your editor and save it again with the encoding "UTF-8" (in VS Code: "Save with Encoding", then "UTF-8").',
  },
];

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((c) => c.dispose()));

describe.concurrent('a broken data or slide file stops the build with its exact message', () => {
  it.each(breakages)('$name', async ({ breakIt, message }) => {
    const copy = makeProjectCopy();
    copies.push(copy);
    breakIt(copy);
    const { code, output } = await runBuild(copy);
    expect(code).not.toBe(0);
    expect(output).toContain(message);
  });
});

describe('warnings do not stop the build', () => {
  it('a gap between segments builds, with a warning naming it', async () => {
    const copy = makeProjectCopy();
    copies.push(copy);
    copy.replace('data/agenda.ts', "end: '11:15'", "end: '11:13'");
    const { code, output } = await runBuild(copy);
    expect(output).toContain(
      '[data] At data/agenda.ts agenda["panel"]: a gap of 2 min after agenda["overview"] (11:13–11:15). Fine if it is a planned break.',
    );
    expect(code).toBe(0);
  });
});
