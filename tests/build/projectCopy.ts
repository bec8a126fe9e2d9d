/**
 * Temporary copies of the project for tests that break one authored file and run the real
 * build on it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set([
  'node_modules',
  '.git',
  'dist',
  'dist-public',
  'export',
  'test-results',
  'playwright-report',
  'tests',
  'bench',
  'docs',
]);

/** A copy of the project in a temporary folder, sharing the real node_modules. */
export interface ProjectCopy {
  readonly root: string;
  /** Replaces the first occurrence of `from` in `file`; throws if it is not there, so a case can't silently test nothing. */
  replace(file: string, from: string, to: string): void;
  write(file: string, text: string): void;
  /** Writes raw bytes, e.g. text in an encoding other than UTF-8. */
  writeBytes(file: string, bytes: Uint8Array): void;
  remove(file: string): void;
  read(file: string): string;
  dispose(): void;
}

/** Copies the authored project (not tests, builds or git) into a new temporary folder. */
export function makeProjectCopy(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'deck-copy-'));
  cpSync(ROOT, root, {
    recursive: true,
    filter: (src) => {
      const rel = src.slice(ROOT.length + 1);
      return rel === '' || !SKIP.has(rel.split('/')[0] ?? '');
    },
  });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const path = (file: string): string => join(root, file);
  return {
    root,
    replace(file, from, to) {
      const text = readFileSync(path(file), 'utf8');
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
      writeFileSync(path(file), text.replace(from, to));
    },
    write: (file, text) => writeFileSync(path(file), text),
    writeBytes: (file, bytes) => writeFileSync(path(file), bytes),
    remove: (file) => rmSync(path(file)),
    read: (file) => readFileSync(path(file), 'utf8'),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
