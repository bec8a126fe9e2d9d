/**
 * The page's presence through the sync engine's awareness: what this page announces to the
 * others (its role, its speaker, which page, its clock correction) and what every page on the
 * show announces now, checked. The roster built from it lives in `livePresence.ts`.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { parsePresenceState, type PresenceState } from './livePresence.ts';

/** This page's announcement, and everyone's. */
export interface PresenceField {
  /** What the pages on the show now announce (this one included). */
  readonly read: () => PresenceState[];
  /** Tells the others this page's clock correction (server minus machine, ms). */
  readonly announceClockOffset: (offsetMs: number | null) => void;
}

/**
 * Announces `presence` (if any; its clock correction unmeasured until told) and calls
 * `onChange` whenever someone arrives, leaves or re-measures their clock.
 */
export function makePresenceField(
  provider: HocuspocusProvider,
  presence: Omit<PresenceState, 'offsetMs'> | undefined,
  onChange: () => void,
): PresenceField {
  let announced: PresenceState | null = presence ? { ...presence, offsetMs: null } : null;
  if (announced) provider.setAwarenessField('presence', announced);
  provider.awareness?.on('change', () => onChange());
  return {
    read() {
      const states = provider.awareness?.getStates() ?? new Map<number, unknown>();
      return [...states.values()].flatMap((state) => {
        const parsed = parsePresenceState((state as { presence?: unknown }).presence);
        return parsed ? [parsed] : [];
      });
    },
    announceClockOffset(offsetMs) {
      if (!announced || announced.offsetMs === offsetMs) return;
      announced = { ...announced, offsetMs };
      provider.setAwarenessField('presence', announced);
    },
  };
}
