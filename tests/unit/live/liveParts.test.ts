import { describe, expect, it } from 'vitest';
import { findLatestSlide } from '../../../src/live/findLatestSlide.ts';
import { formatLiveKey, parseLiveKey, readLiveKeyParam } from '../../../src/live/liveKey.ts';
import {
  checkMessageText,
  normaliseMessageText,
  parseLiveRequest,
} from '../../../src/live/liveMessages.ts';
import { mergeShowLogs } from '../../../src/live/makeLiveLogStore.ts';
import type { ShowEvent } from '../../../src/show/showLog.ts';

const at = Date.UTC(2025, 7, 28, 4);
const mac = 'x'.repeat(24);

describe('live keys', () => {
  it('reads a key from the query or the fragment, and takes it apart', () => {
    expect(readLiveKeyParam('?live=host.abc', '')).toBe('host.abc');
    expect(readLiveKeyParam('?speaker=nadia-starr', `#live=speaker.nadia-starr.${mac}`)).toBe(
      `speaker.nadia-starr.${mac}`,
    );
    expect(readLiveKeyParam('', '#/slide-3')).toBeNull();
    expect(parseLiveKey(formatLiveKey('speaker', 'nadia-starr', mac))).toMatchObject({
      role: 'speaker',
      speakerId: 'nadia-starr',
      mac,
    });
    expect(parseLiveKey(`moderator.${mac}`)?.role).toBe('moderator');
  });

  it('turns down anything not shaped like a key', () => {
    for (const text of [
      '',
      'host',
      'host.short',
      `admin.${mac}`,
      `speaker.${mac}`,
      `host.a.${mac}`,
    ]) {
      expect(parseLiveKey(text), text).toBeNull();
    }
  });
});

describe('messages', () => {
  it('tidies text and says why it cannot go', () => {
    expect(normaliseMessageText('  Please \n wrap   up ')).toBe('Please wrap up');
    expect(checkMessageText('')).toBe(
      'The message is empty: type a few words or choose a ready-made one.',
    );
    expect(checkMessageText('x'.repeat(140))).toBeNull();
    expect(checkMessageText('x'.repeat(141))).toMatch(/^The message has 141 characters/);
  });

  it('reads only well-formed requests', () => {
    expect(parseLiveRequest('{"type":"ack","messageId":"m1"}')).toEqual({
      type: 'ack',
      messageId: 'm1',
    });
    expect(parseLiveRequest('{"type":"message","id":"m1","to":"all","text":"hi"}')).toEqual({
      type: 'message',
      id: 'm1',
      to: 'all',
      text: 'hi',
    });
    for (const bad of ['', 'not json', '[]', '{"type":"ack"}', '{"type":"message","id":"m 1"}']) {
      expect(parseLiveRequest(bad), bad).toBeNull();
    }
  });
});

describe('the live log', () => {
  const slide = (id: string, ms: number, slideId: string): ShowEvent => ({
    id,
    at: at + ms,
    kind: 'slide',
    slideId,
  });

  it('merges two copies by id, in log order', () => {
    const a = slide('a', 0, 's1');
    const b = slide('b', 5, 's2');
    const c = slide('c', 2, 's3');
    expect(mergeShowLogs([a, b], [c, a]).map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('finds the deck’s slide: the latest, and the later in the log within one millisecond', () => {
    expect(findLatestSlide([])).toBeNull();
    expect(findLatestSlide([slide('z', 9, 'late'), slide('a', 1, 'early')])).toBe('late');
    expect(findLatestSlide([slide('z', 1, 'first'), slide('a', 1, 'second')])).toBe('second');
  });
});
