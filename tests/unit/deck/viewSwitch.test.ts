// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  buildViewSwitchHref,
  findUnknownView,
  parseDeckView,
} from '../../../src/deck/viewSwitch.ts';

describe('the view switch', () => {
  it('reads the view from the query string', () => {
    expect(parseDeckView('?view=scroll')).toBe('scroll');
    expect(parseDeckView('?transition=none&view=scroll')).toBe('scroll');
    expect(parseDeckView('')).toBe('slides');
    expect(parseDeckView('?view=print')).toBe('slides');
  });

  it('names a view the deck does not have, and only that', () => {
    expect(findUnknownView('?view=scrol')).toBe('scrol');
    expect(findUnknownView('?transition=none&view=')).toBe('');
    expect(findUnknownView('?view=scroll')).toBeNull();
    expect(findUnknownView('?view=print')).toBeNull();
    expect(findUnknownView('?transition=none')).toBeNull();
  });

  it('switches view and keeps the slide and the other parameters', () => {
    expect(buildViewSwitchHref('?transition=none', '#/programme')).toBe(
      '?transition=none&view=scroll#/programme',
    );
    expect(buildViewSwitchHref('?view=scroll&transition=none', '#/programme')).toBe(
      '?transition=none#/programme',
    );
    expect(buildViewSwitchHref('?view=scroll', '')).toBe('?');
  });
});
