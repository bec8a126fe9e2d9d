/**
 * Which segment the host's actions start: the last one started, the one "start next" starts,
 * and what the deck moving to a slide does to the record. Kept apart from `drift.ts`, which
 * reads the record to say where the show stands; these decide what goes into it.
 */
import type { DateTime } from 'luxon';
import type { Schedule, ScheduledSegment } from './schedule.ts';
import { getScheduleStatus } from './schedule.ts';
import type { ShowRecord } from './showLog.ts';

/** The last segment, in programme order, with a recorded start. */
export function getLastStarted(
  schedule: Schedule,
  record: ShowRecord,
): ScheduledSegment | undefined {
  return schedule.segments.findLast((s) => record.starts[s.id] !== undefined);
}

/**
 * The segment that "start next" would start: the one after the last started; with nothing
 * recorded, the one the clock says is on (or comes next), so a host who forgot to mark the
 * opening starts the panel, not the opening, at 11:20.
 */
export function getNextToStart(
  schedule: Schedule,
  record: ShowRecord,
  now: DateTime,
): ScheduledSegment | null {
  if (record.end !== null) return null;
  const last = getLastStarted(schedule, record);
  if (last) return last.next;
  const plan = getScheduleStatus(schedule, now);
  return plan.current ?? plan.upcoming ?? null;
}

/** What a slide change into a segment does to the record: start it, offer it, or nothing. */
export type SlideStartAction = 'start' | 'offer' | 'none';

/**
 * What the deck moving to a slide of `segment` does. The first slide change into a segment
 * that has not started, comes after the last one started, and is at or after its planned
 * start, starts it: whichever of its slides the deck moved to (the opening's first slide is
 * the title, which the host shows before 11:00; the move to the next slide at 11:01 starts
 * the opening). Before its planned start, the move to its first slide only offers the start,
 * so that moving past the holding slide as people join does not start the show early.
 */
export function getSlideStartAction(
  schedule: Schedule,
  record: ShowRecord,
  segment: ScheduledSegment,
  isSegmentStart: boolean,
  nowMs: number,
): SlideStartAction {
  if (record.end !== null || record.starts[segment.id] !== undefined) return 'none';
  const last = getLastStarted(schedule, record);
  if (last && segment.index <= last.index) return 'none';
  if (nowMs >= segment.start.toMillis()) return 'start';
  return isSegmentStart ? 'offer' : 'none';
}
