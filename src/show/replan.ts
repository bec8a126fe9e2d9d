/**
 * Re-planning on the fly: the host gives a segment a minute more (or less), taken from (or
 * given to) the segments after it, so that the show still ends at its hard stop. Pure: the
 * announced schedule and the record's re-plans in, the plan every page shows out. The
 * announced schedule is never changed; the report keeps it as the original plan.
 */
import type { DateTime } from 'luxon';
import { intervalOf } from '../time/clock.ts';
import type { Schedule, ScheduledSegment } from './schedule.ts';
import type { Replan } from './showLog.ts';

/** The shortest a segment may become by re-planning: one minute. */
const MIN_SEGMENT_MS = 60_000;

/** How far each segment's start and end moved, in milliseconds. */
interface Bounds {
  start: number;
  end: number;
}

/**
 * Moves the end of segment `index` by `deltaMs` (and the starts and ends after it as far as
 * needed), keeping every segment at least a minute long and the last end fixed. Returns the
 * change actually made, which is smaller than asked when there is no room.
 */
function shiftEnd(bounds: Bounds[], index: number, deltaMs: number): number {
  const own = bounds[index];
  if (!own || index >= bounds.length - 1) return 0;
  // What the segment itself can give, and what those after it can give, before the hard stop.
  const canGive = own.end - own.start - MIN_SEGMENT_MS;
  const canTake = bounds
    .slice(index + 1)
    .reduce((sum, b) => sum + Math.max(0, b.end - b.start - MIN_SEGMENT_MS), 0);
  const delta = Math.max(-canGive, Math.min(canTake, deltaMs));
  if (delta === 0) return 0;
  own.end += delta;
  if (delta < 0) {
    // Given away: the next segment starts earlier and is longer.
    const next = bounds[index + 1];
    if (next) next.start += delta;
    return delta;
  }
  // Taken: each following segment starts later, giving up what it can down to a minute.
  let push = delta;
  for (let j = index + 1; j < bounds.length && push > 0; j++) {
    const b = bounds[j];
    if (!b) break;
    b.start += push;
    const overflow = b.start + MIN_SEGMENT_MS - b.end;
    if (overflow <= 0) break;
    push = Math.min(push, overflow);
    b.end += push;
  }
  return delta;
}

/**
 * The plan after the re-plans, in order: each adds its minutes to its segment's end,
 * taken from or given to the following segments, never moving the show's end nor making a
 * segment shorter than a minute. The last segment cannot be re-planned (nothing follows it
 * before the hard stop). Returns `schedule` itself when nothing changes.
 */
export function applyReplans(schedule: Schedule, replans: readonly Replan[]): Schedule {
  if (replans.length === 0) return schedule;
  const bounds: Bounds[] = schedule.segments.map((s) => ({
    start: s.start.toMillis(),
    end: s.end.toMillis(),
  }));
  let changed = false;
  for (const replan of replans) {
    const index = schedule.segments.findIndex((s) => s.id === replan.segmentId);
    if (index < 0) continue;
    if (shiftEnd(bounds, index, replan.minutes * 60_000) !== 0) changed = true;
  }
  if (!changed) return schedule;
  const segments: ScheduledSegment[] = [];
  schedule.segments.forEach((original, i) => {
    const b = bounds[i] ?? { start: original.start.toMillis(), end: original.end.toMillis() };
    const start = at(original.start, b.start);
    const end = at(original.end, b.end);
    const interval = intervalOf(start, end);
    const segment: ScheduledSegment = {
      ...original,
      interval,
      start,
      end,
      duration: interval.toDuration(),
      previous: segments.at(-1) ?? null,
      next: null,
    };
    if (segment.previous) (segment.previous as { next: ScheduledSegment | null }).next = segment;
    segments.push(segment);
  });
  return { ...schedule, segments };
}

function at(like: DateTime, ms: number): DateTime {
  return like.plus({ milliseconds: ms - like.toMillis() });
}

/** How many minutes the plan of `segmentId` moved from the original, by its end. */
export function getReplannedMinutes(original: Schedule, plan: Schedule, segmentId: string): number {
  const a = original.segments.find((s) => s.id === segmentId);
  const b = plan.segments.find((s) => s.id === segmentId);
  if (!a || !b) return 0;
  return Math.round(b.end.diff(a.end).as('minutes'));
}
