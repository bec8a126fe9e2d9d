import { describe, expect, it } from 'vitest';
import { findUnknownSlide } from '../../../src/deck/findUnknownSlide.ts';

const ids = new Set(['holding', 'programme', 'map-table']);
const has = (id: string): boolean => ids.has(id);

describe('findUnknownSlide', () => {
  it.each([
    ['', null],
    ['#', null],
    ['#/', null],
    ['#/programme', null],
    ['#/programme/0', null],
    ['#/3', null],
    ['#/3/1', null],
    ['#/programe', 'programe'],
    ['#/no%20such%20slide', 'no such slide'],
    ['#/%E0%A4%A', '%E0%A4%A'],
  ])('%s → %s', (hash, expected) => {
    expect(findUnknownSlide(hash, has)).toBe(expected);
  });
});
