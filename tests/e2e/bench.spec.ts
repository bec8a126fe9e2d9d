/**
 * Smoke test of `npm run bench`: one short run of the real harness, so that it cannot rot.
 * It measures the host build `npm test` already made (dist/) rather than building it again.
 * It asserts that every figure was measured or says why not, never how fast anything is.
 * It drives its own browser through the harness, so it needs none of the page fixtures.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import type { BenchResults } from '../../bench/bench.ts';

const run = promisify(execFile);

test('npm run bench measures every figure of the built deck and writes its results', async () => {
  test.setTimeout(180_000);
  const out = test.info().outputPath('results.json');
  const { stdout } = await run(
    process.execPath,
    [
      'bench/run.mjs',
      '--runs',
      '1',
      '--warmup',
      '0',
      '--idle',
      '0.5',
      '--deck',
      'dist',
      '--out',
      out,
      '--lighthouse',
      '1',
    ],
    { timeout: 170_000 },
  );
  expect(stdout).toContain('| 1. First slide visible');

  const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
  expect(results.problems, 'console errors in the measured pages').toEqual([]);
  const figure = (id: string) => {
    const found = results.figures.find((f) => f.id === id);
    expect(found, `figure ${id}`).toBeDefined();
    return found!;
  };
  for (const id of [
    'first-slide',
    'first-slide-cpu',
    'first-slide-js',
    'heap',
    'slide-change',
    'lighthouse-score',
    'lighthouse-lcp',
  ]) {
    expect(figure(id).deck?.median, `${id} on the deck`).toBeGreaterThan(0);
    expect(figure(id).baseline?.median, `${id} on the baseline`).toBeGreaterThan(0);
  }
  expect(figure('idle-deck').deck?.median).toBeGreaterThanOrEqual(0);
  // The floor of a ticking page is built with the baseline and measured in the same run.
  expect(results.sites.baseline.pages.clock).toBe('clock.html');
  expect(figure('floor-clock').note).toContain('clock.html');
  expect(results.runs.baseline[0]?.clock?.seconds).toBeGreaterThan(0);
  expect(figure('run-of-show-tick').target).toBe('≤ 2 ms beyond the clock page');
  expect(figure('deck-tick').id).toBe('deck-tick');
  expect(results.sites.deck.total.js).toBeGreaterThan(results.sites.baseline.total.js);

  // Figures that depend on what the deck has: measured when it is there, "n/a" otherwise.
  const hasMap = !('none' in results.sites.deck.map);
  expect(figure('map-drawn').deck === null).toBe(!hasMap);
  if (!hasMap) expect(figure('map-drawn').note).toMatch(/^n\/a: /);
  for (const [page, id] of [
    ['run-of-show.html', 'idle-run-of-show'],
    ['speaker.html', 'idle-speaker'],
  ] as const) {
    const built = existsSync(`dist/${page}`);
    expect(figure(id).deck === null, `${id} measured`).toBe(!built);
  }
});
