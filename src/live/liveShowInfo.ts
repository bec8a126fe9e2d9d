/**
 * What a page asks the live server before it connects: which document holds this show (the
 * real show's, or a dress rehearsal's kept apart from it) and how far the server's show clock
 * is set from the real one. Pure and engine-free, shared by the pages and the server.
 */

/** Where the server answers clock-sync requests, relative to the pages. */
export const LIVE_TIME_PATH = 'live-time';

/** Where the server tells the pages about the show, relative to the pages. */
export const LIVE_SHOW_PATH = 'live-show.json';

/** A dress rehearsal on the show's clock. */
export interface ShowClockRehearsal {
  /** The instant the show clock was started at, epoch ms (`--show-clock`). */
  readonly startedAt: number;
  /** The show clock minus the server's real clock, in ms; constant while the server runs. */
  readonly shiftMs: number;
}

/** The server's answer at `LIVE_SHOW_PATH`. */
export interface LiveShowInfo {
  /** The document the pages connect to. */
  readonly document: string;
  /** The rehearsal, or `null` on the real show's clock. */
  readonly rehearsal: ShowClockRehearsal | null;
}

const DOCUMENT = /^[A-Za-z0-9:._+-]{1,160}$/;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the server's answer (or a saved copy of it); `null` for anything else. */
export function parseLiveShowInfo(value: unknown): LiveShowInfo | null {
  if (!isRecord(value) || typeof value.document !== 'string' || !DOCUMENT.test(value.document)) {
    return null;
  }
  if (value.rehearsal === null) return { document: value.document, rehearsal: null };
  const r = value.rehearsal;
  if (!isRecord(r) || !Number.isFinite(r.startedAt) || !Number.isFinite(r.shiftMs)) return null;
  return {
    document: value.document,
    rehearsal: { startedAt: r.startedAt as number, shiftMs: r.shiftMs as number },
  };
}

/**
 * The document of a dress rehearsal started at `startedAt`: apart from the real show's, and the
 * same again when the server restarts with the same `--show-clock`, so nothing is lost.
 * @example buildRehearsalDocument('s3', Date.parse('2030-03-14T09:50:00Z')) // "s3:rehearsal:2030-03-14T09:50:00.000Z"
 */
export function buildRehearsalDocument(showId: string, startedAt: number): string {
  return `${showId}:rehearsal:${new Date(startedAt).toISOString()}`;
}
