import { describe, expect, it } from 'vitest';
import { formatLiveLink, parsePublicUrl } from '../../../src/server/formatLiveLinks.ts';
import { checkLiveKey } from '../../../src/server/liveKeys.ts';

const secret = Buffer.alloc(32, 3);
const showId = 'test-show';

describe('--public-url', () => {
  it('takes an http(s) address and makes it a folder', () => {
    expect(parsePublicUrl('https://events.example.org/webinar')).toBe(
      'https://events.example.org/webinar/',
    );
    expect(parsePublicUrl('http://127.0.0.1:4174/')).toBe('http://127.0.0.1:4174/');
  });

  it('says what is wrong with anything else', () => {
    expect(() => parsePublicUrl('events.example.org/webinar')).toThrow(
      'At --public-url: expected an absolute http:// or https:// address, got "events.example.org/webinar". Give the address people open, such as https://events.example.org/webinar/.',
    );
    expect(() => parsePublicUrl('wss://x.org/')).toThrow(/starting with http:\/\/ or https:\/\//);
    expect(() => parsePublicUrl('https://x.org/w/#live')).toThrow(/without a query/);
    expect(() => parsePublicUrl('https://me:pw@x.org/w/')).toThrow(/user name/);
  });
});

describe('links', () => {
  it('puts each link under the public address, with its current version’s key', () => {
    const versions: Record<string, number> = { 'speaker:nadia-starr': 2 };
    const options = {
      baseUrl: 'https://events.example.org/webinar/',
      secret,
      showId,
      versionOf: (name: string) => versions[name] ?? 0,
    };
    const url = new URL(formatLiveLink(options, 'speaker', 'nadia-starr'));
    expect(`${url.origin}${url.pathname}${url.search}`).toBe(
      'https://events.example.org/webinar/speaker.html?speaker=nadia-starr',
    );
    const key = url.hash.slice('#live='.length);
    const ids = ['nadia-starr'];
    expect(checkLiveKey(secret, showId, key, ids, options.versionOf)?.speakerId).toBe(
      'nadia-starr',
    );
    // The key of the version before is no longer valid.
    expect(checkLiveKey(secret, showId, key, ids, () => 1)).toBeNull();
    expect(formatLiveLink(options, 'deck')).toMatch(
      /^https:\/\/events\.example\.org\/webinar\/index\.html#live=deck\./,
    );
  });
});
