import { describe, expect, it } from 'vitest';
import { summarize, summarizeSome } from '../../../bench/stats.ts';

describe('summarize', () => {
  it('gives the middle value of an odd count, with min and max', () => {
    expect(summarize([30, 10, 20])).toEqual({
      median: 20,
      min: 10,
      max: 30,
      n: 3,
      values: [30, 10, 20],
    });
  });

  it('averages the middle two of an even count', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('refuses an empty series', () => {
    expect(() => summarize([])).toThrow('[bench] Cannot summarise an empty series.');
  });

  it('summarizeSome skips what was not measured, and gives null when nothing was', () => {
    expect(summarizeSome([null, 5, null, 7])?.median).toBe(6);
    expect(summarizeSome([null, null])).toBeNull();
  });
});
