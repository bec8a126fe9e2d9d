import { describe, expect, it } from 'vitest';
import { benchDefaults, parseBenchArgs } from '../../../bench/parseBenchArgs.ts';

describe('parseBenchArgs', () => {
  it('uses the defaults when given nothing', () => {
    expect(parseBenchArgs([])).toEqual(benchDefaults);
    expect(benchDefaults.runs).toBeGreaterThanOrEqual(7);
  });

  it('reads the smoke-test arguments', () => {
    expect(
      parseBenchArgs([
        '--runs',
        '1',
        '--warmup',
        '0',
        '--idle',
        '0.5',
        '--deck',
        'dist',
        '--out',
        'x.json',
      ]),
    ).toEqual({
      ...benchDefaults,
      runs: 1,
      warmup: 0,
      idleSeconds: 0.5,
      deckDir: 'dist',
      out: 'x.json',
    });
    expect(parseBenchArgs(['--no-build', '--port', '4305', '--lighthouse', '0'])).toMatchObject({
      build: false,
      port: 4305,
      lighthouseRuns: 0,
    });
  });

  it('names the bad argument', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(
      '[bench] --runs: expected an integer ≥ 1, got "0".',
    );
    expect(() => parseBenchArgs(['--idle', 'ten'])).toThrow(
      '[bench] --idle: expected a number of seconds > 0, got "ten".',
    );
    expect(() => parseBenchArgs(['--fast'])).toThrow('[bench] Unknown argument "--fast".');
    expect(() => parseBenchArgs(['--out'])).toThrow('[bench] --out needs a value.');
  });
});
