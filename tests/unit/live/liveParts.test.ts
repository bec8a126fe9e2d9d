import { describe, expect, it } from 'vitest';
import { findLatestSlide } from '../../../src/live/findLatestSlide.ts';
import {
  buildLiveUrl,
  formatLinkName,
  formatLinkPath,
  formatLiveKey,
  parseLinkName,
  parseLiveKey,
} from '../../../src/live/liveKey.ts';
import { takeLiveKey, type KeyWindow } from '../../../src/live/takeLiveKey.ts';
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
  it('takes a key apart, names its link and builds its path', () => {
    const key = parseLiveKey(`speaker.nadia-starr.${mac}`);
    expect(key && formatLinkName(key)).toBe('speaker:nadia-starr');
    expect(key && formatLinkPath(key)).toBe(
      `speaker.html?speaker=nadia-starr#live=speaker.nadia-starr.${mac}`,
    );
    expect(parseLiveKey(`deck.${mac}`)?.role).toBe('deck');
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

describe('link names', () => {
  it('reads deck, moderator and speaker:<id>, and says what is wrong otherwise', () => {
    const ids = ['nadia-starr'];
    expect(parseLinkName('deck', ids)).toEqual({ role: 'deck', speakerId: null });
    expect(parseLinkName('speaker:nadia-starr', ids)).toEqual({
      role: 'speaker',
      speakerId: 'nadia-starr',
    });
    expect(parseLinkName('speaker:nobody', ids)).toEqual({
      error:
        'At the link name: expected speaker:<id> with one of nadia-starr, got "speaker:nobody". Use an id from the programme.',
    });
    expect(parseLinkName('admin', ids)).toHaveProperty('error');
    expect(parseLinkName('deck:x', ids)).toHaveProperty('error');
  });
});

describe('the sync endpoint', () => {
  it('is found beside the page, at any path, over ws or wss', () => {
    expect(buildLiveUrl('http://127.0.0.1:4174/run-of-show.html#live=x')).toBe(
      'ws://127.0.0.1:4174/live',
    );
    expect(buildLiveUrl('https://events.example.org/webinar/speaker.html?speaker=a')).toBe(
      'wss://events.example.org/webinar/live',
    );
    expect(buildLiveUrl('https://events.example.org/webinar/')).toBe(
      'wss://events.example.org/webinar/live',
    );
  });
});

/** A window whose address and tab storage the test can read. */
function makeWindow(
  href: string,
  stored: Record<string, string> = {},
): KeyWindow & {
  readonly address: () => string;
  readonly stored: Record<string, string>;
} {
  let address = href;
  return {
    location: {
      get href() {
        return address;
      },
    },
    history: { state: null, replaceState: (_s, _t, url) => void (address = String(url)) },
    sessionStorage: {
      getItem: (k) => stored[k] ?? null,
      setItem: (k, v) => void (stored[k] = v),
    },
    address: () => address,
    stored,
  };
}

describe('taking the key out of the address', () => {
  it('moves a fragment key into this tab and clears the address', () => {
    const win = makeWindow(`https://x.org/w/run-of-show.html#live=host.${mac}`);
    expect(takeLiveKey('run-of-show', win)).toEqual({ kind: 'key', text: `host.${mac}` });
    expect(win.address()).toBe('https://x.org/w/run-of-show.html');
    expect(win.stored['live-key:run-of-show']).toBe(`host.${mac}`);
    // A reload in the same tab finds it there.
    expect(takeLiveKey('run-of-show', win)).toEqual({ kind: 'key', text: `host.${mac}` });
    expect(takeLiveKey('speaker:nadia-starr', win)).toBeNull();
  });

  it('refuses a key in the query, and removes it from the address', () => {
    const win = makeWindow(`https://x.org/index.html?view=scroll&live=host.${mac}`);
    expect(takeLiveKey('deck', win)).toEqual({ kind: 'query' });
    expect(win.address()).toBe('https://x.org/index.html?view=scroll');
    expect(win.stored).toEqual({});
  });

  it('leaves a slide fragment alone', () => {
    const win = makeWindow('https://x.org/index.html#/map');
    expect(takeLiveKey('deck', win)).toBeNull();
    expect(win.address()).toBe('https://x.org/index.html#/map');
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
