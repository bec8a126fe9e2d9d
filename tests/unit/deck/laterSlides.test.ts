import { describe, expect, it } from 'vitest';
import { needsEverySlideAtStart } from '../../../src/deck/laterSlides.ts';

const page = (over: Partial<Parameters<typeof needsEverySlideAtStart>[0]>) =>
  needsEverySlideAtStart({ view: 'slides', search: '', hash: '', firstId: 'holding', ...over });

describe('needsEverySlideAtStart', () => {
  it.each(['', '#', '#/', '#/holding', '#/0', '#/holding/0', '#/0/0'])(
    'opens on the first slide alone for the hash "%s"',
    (hash) => expect(page({ hash })).toBe(false),
  );

  it.each(['#/map', '#/3', '#/programme/1', '#/nope', '#/%E0%A4%A'])(
    'waits for every slide when the hash "%s" names another (or an unknown) slide',
    (hash) => expect(page({ hash })).toBe(true),
  );

  it.each(['print', 'scroll'] as const)('waits for every slide in the %s view', (view) =>
    expect(page({ view })).toBe(true),
  );

  it.each(['?receiver', '?receiver&progress=false', '?x=1&receiver'])(
    'waits for every slide in the speaker view’s previews (%s), which it moves to any slide',
    (search) => expect(page({ search })).toBe(true),
  );

  it('keeps other query strings on the fast path', () => {
    expect(page({ search: '?transition=none' })).toBe(false);
    expect(page({ search: '?receivers=1' })).toBe(false);
  });
});
