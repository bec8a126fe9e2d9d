import { describe, expect, it } from 'vitest';
import {
  buildExpectedRoster,
  parsePresenceState,
  updateRoster,
  type PresenceState,
} from '../../../src/live/livePresence.ts';

const nadia: PresenceState = {
  role: 'speaker',
  speakerId: 'nadia-starr',
  page: 'speaker',
  offsetMs: -120_000,
};
const host: PresenceState = { role: 'host', speakerId: null, page: 'run-of-show', offsetMs: 3 };

describe('parsePresenceState', () => {
  it('takes what a page announces, and nothing malformed or contradictory', () => {
    expect(parsePresenceState(nadia)).toEqual(nadia);
    expect(parsePresenceState({ ...host, offsetMs: null })).toEqual({ ...host, offsetMs: null });
    expect(parsePresenceState({ ...nadia, speakerId: null })).toBeNull();
    expect(parsePresenceState({ ...host, speakerId: 'x' })).toBeNull();
    expect(parsePresenceState({ ...host, role: 'admin' })).toBeNull();
    expect(parsePresenceState({ ...host, offsetMs: 'fast' })).toBeNull();
    expect(parsePresenceState(null)).toBeNull();
  });
});

describe('updateRoster', () => {
  const roster = buildExpectedRoster(['nadia-starr', 'leila-loupis']);

  it('lists every role and speaker before anyone connects', () => {
    expect(roster.map((e) => e.id)).toEqual([
      'host',
      'moderator',
      'deck',
      'speaker:nadia-starr',
      'speaker:leila-loupis',
    ]);
    expect(roster.every((e) => !e.connected && e.lastSeen === null)).toBe(true);
  });

  it('marks who is connected with their correction, and when a closed page was last seen', () => {
    const on = updateRoster(roster, [nadia, host, { ...host, page: 'deck' }], 1000);
    const byId = new Map(on.map((e) => [e.id, e]));
    expect(byId.get('speaker:nadia-starr')).toMatchObject({ connected: true, offsetMs: -120_000 });
    expect(byId.get('deck')?.connected).toBe(true);
    expect(byId.get('moderator')?.connected).toBe(false);

    const later = updateRoster(on, [host], 5000);
    expect(later.find((e) => e.id === 'speaker:nadia-starr')).toMatchObject({
      connected: false,
      lastSeen: 5000,
      offsetMs: -120_000,
    });
    // Seen gone once: a later look keeps when she left.
    const after = updateRoster(later, [host], 9000);
    expect(after.find((e) => e.id === 'speaker:nadia-starr')?.lastSeen).toBe(5000);
  });
});
