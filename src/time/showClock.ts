/**
 * The show's one clock, as arithmetic on instants: the dress rehearsal's shift (the server's
 * show clock started at a chosen instant and left to run), each page's correction for its own
 * machine's error (measured against the server by the clock-sync library in src/live), and the
 * quiet sentence a page shows about that error. The two are kept apart: a rehearsal moves
 * every page by the same amount on purpose; a machine's error is that machine's alone.
 */
import { DateTime } from 'luxon';

/** Below this, a machine's error is not worth a word: a displayed second can't show it. */
export const CLOCK_NOTE_THRESHOLD_MS = 1000;

/** The end of an ISO 8601 instant that names its offset: `Z`, `+07:00`, `-0330`, `+07`. */
const ISO_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

/**
 * Reads a show-clock instant (`--show-clock 2030-03-14T09:50:00+01:00`) as epoch ms. The
 * offset is required: "10:50" alone would mean a different instant on every machine.
 * @throws Error `At <where>: expected an ISO 8601 instant with its offset, got "…". …`
 */
export function parseShowClockInstant(text: string, where = '--show-clock'): number {
  const parsed = DateTime.fromISO(text, { setZone: true });
  if (!ISO_OFFSET.test(text) || !parsed.isValid) {
    throw new Error(
      `At ${where}: expected an ISO 8601 instant with its offset, got "${text}". Write the date, the time and the zone's offset, e.g. 2030-03-14T09:50:00+01:00.`,
    );
  }
  return parsed.toMillis();
}

/**
 * How far the show clock is set from the real one: the show clock reads `showStartMs` at the
 * real instant `realStartMs`, and runs at the real clock's pace from there.
 * @example buildShowShift(Date.parse('2030-03-14T08:50:00Z'), Date.parse('2030-03-20T01:00:00Z')) // < 0
 */
export function buildShowShift(showStartMs: number, realStartMs: number): number {
  return showStartMs - realStartMs;
}

/**
 * The show's time on a page: the machine's own clock, plus the correction measured against the
 * server (`offsetMs`, server minus machine), plus the show clock's shift (0 on the real day).
 */
export function toShowTime(machineMs: number, offsetMs: number, shiftMs: number): number {
  return machineMs + offsetMs + shiftMs;
}

function formatAmount(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  }
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/**
 * A machine's error in words, from the correction its page applies (server minus machine): a
 * machine 2 minutes ahead needs -120 000 ms and is "2 min fast".
 * @example formatClockError(-120_000) // "2 min fast"
 */
export function formatClockError(offsetMs: number): string {
  return `${formatAmount(offsetMs)} ${offsetMs < 0 ? 'fast' : 'slow'}`;
}

/**
 * The page's note about its machine's clock, or `null` when the correction is under a second.
 * @example formatClockNote(-120_000) // "This computer's clock is 2 min fast; times here are corrected."
 */
export function formatClockNote(offsetMs: number): string | null {
  if (Math.abs(offsetMs) < CLOCK_NOTE_THRESHOLD_MS) return null;
  return `This computer's clock is ${formatClockError(offsetMs)}; times here are corrected.`;
}
