/**
 * Who is on the show, as each page announces itself through the sync engine's awareness
 * (Hocuspocus/Yjs): its role, its speaker, which page, and its machine's clock correction.
 * The engine drops a page's state when its connection closes; the roster below remembers when
 * each person was last seen, on the show's clock. Pure and engine-free.
 */
import { isLiveRole, LIVE_ROLES, type LiveRole } from './liveKey.ts';

/** Which page a person has open. */
export type PresencePage = 'deck' | 'run-of-show' | 'speaker';

/** What one page announces. */
export interface PresenceState {
  readonly role: LiveRole;
  readonly speakerId: string | null;
  readonly page: PresencePage;
  /** The page's clock correction (server minus machine), ms; `null` before it is measured. */
  readonly offsetMs: number | null;
}

/** One person or role on the roster: the host, the moderator, the deck, each speaker. */
export interface PresenceEntry {
  /** `host`, `moderator`, `deck`, or `speaker:<id>`. */
  readonly id: string;
  readonly role: LiveRole;
  readonly speakerId: string | null;
  readonly connected: boolean;
  /** When last seen connected, show clock ms; `null` if never seen by this page. */
  readonly lastSeen: number | null;
  /** The correction of the person's machine, from their most recent page. */
  readonly offsetMs: number | null;
}

const PAGES = new Set<unknown>(['deck', 'run-of-show', 'speaker']);

/** Checks a state read from another page's awareness; `null` for anything else. */
export function parsePresenceState(value: unknown): PresenceState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Readonly<Record<string, unknown>>;
  if (typeof v.role !== 'string' || !isLiveRole(v.role) || !PAGES.has(v.page)) return null;
  const role = v.role;
  const speakerId =
    v.speakerId === null || typeof v.speakerId === 'string' ? v.speakerId : undefined;
  if (speakerId === undefined || LIVE_ROLES[role].hasSubject !== (speakerId !== null)) return null;
  const offsetMs = v.offsetMs === null || Number.isFinite(v.offsetMs) ? v.offsetMs : undefined;
  if (offsetMs === undefined) return null;
  return {
    role,
    speakerId,
    page: v.page as PresencePage,
    offsetMs: offsetMs as number | null,
  };
}

/** The roster's id for a page's state: the deck apart from the host's run-of-show. */
export function presenceId(state: PresenceState): string {
  if (state.page === 'deck') return 'deck';
  return state.role === 'speaker' ? `speaker:${state.speakerId ?? ''}` : state.role;
}

/** Who the roster lists even before they connect. */
export function buildExpectedRoster(speakerIds: readonly string[]): PresenceEntry[] {
  const entry = (
    id: string,
    role: PresenceEntry['role'],
    speakerId: string | null = null,
  ): PresenceEntry => ({ id, role, speakerId, connected: false, lastSeen: null, offsetMs: null });
  return [
    entry('host', 'host'),
    entry('moderator', 'moderator'),
    entry('deck', 'deck'),
    ...speakerIds.map((id) => entry(`speaker:${id}`, 'speaker', id)),
  ];
}

/**
 * The roster after a look at the engine's states at `nowMs`: who is connected now, when the
 * others were last seen (kept from `previous`), and each one's clock correction.
 */
export function updateRoster(
  previous: readonly PresenceEntry[],
  states: readonly PresenceState[],
  nowMs: number,
): PresenceEntry[] {
  const online = new Map<string, PresenceState>();
  for (const state of states) online.set(presenceId(state), state);
  return previous.map((entry) => {
    const state = online.get(entry.id);
    if (!state) return entry.connected ? { ...entry, connected: false, lastSeen: nowMs } : entry;
    return { ...entry, connected: true, lastSeen: nowMs, offsetMs: state.offsetMs };
  });
}
