import { describe, expect, it } from 'vitest';
import {
  buildChannelName,
  makeShowChannel,
  parseShowMessage,
  type ShowMessage,
} from '../../../src/sync/makeShowChannel.ts';

const slide = {
  type: 'deck-slide',
  slideId: 'overview',
  segmentId: 'overview',
  position: 'segment',
  isSegmentStart: true,
  moved: true,
  number: 7,
  total: 14,
} as const;

describe('parseShowMessage', () => {
  it('accepts the deck’s messages', () => {
    expect(parseShowMessage(slide)).toEqual(slide);
    expect(parseShowMessage({ type: 'deck-query' })).toEqual({ type: 'deck-query' });
  });

  it.each([
    ['a string', 'deck-slide'],
    ['another type', { type: 'other' }],
    ['a bad position', { ...slide, position: 'middle' }],
    ['a missing number', { ...slide, number: undefined }],
    ['a numeric segment', { ...slide, segmentId: 3 }],
  ])('ignores %s', (_label, data) => {
    expect(parseShowMessage(data)).toBeNull();
  });
});

describe('makeShowChannel', () => {
  it('carries messages between two channels of the same name', async () => {
    const name = buildChannelName('ev-test');
    const a = makeShowChannel(name)!;
    const b = makeShowChannel(name)!;
    const received = new Promise<ShowMessage>((resolve) => b.listen(resolve));
    a.post(slide);
    expect(await received).toEqual(slide);
    a.close();
    b.close();
  });

  it('is null where BroadcastChannel is missing', () => {
    const saved = globalThis.BroadcastChannel;
    // @ts-expect-error: removing it for the test, as in a browser without it
    delete globalThis.BroadcastChannel;
    try {
      expect(makeShowChannel('x')).toBeNull();
    } finally {
      globalThis.BroadcastChannel = saved;
    }
  });
});
