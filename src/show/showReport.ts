/**
 * The show's report: every segment planned against what actually happened, as the host's
 * page, the CSV and the JSON show it after (or during) the show. Kept apart from the live
 * status in `drift.ts`, which answers "where do we stand now", not "how did it go".
 */
import type { DateTime, Duration } from 'luxon';
import { instantOfMs } from '../time/clock.ts';
import type { Schedule, ScheduledSegment } from './schedule.ts';
import type { ShowRecord } from './showLog.ts';

/** One segment, planned against what happened. */
export interface SegmentReport {
  readonly segment: ScheduledSegment;
  readonly plannedStart: DateTime;
  readonly plannedEnd: DateTime;
  readonly plannedDuration: Duration;
  readonly actualStart: DateTime | null;
  /** The next recorded start after it, or the end of the show. */
  readonly actualEnd: DateTime | null;
  readonly actualDuration: Duration | null;
  /** How much longer than planned it ran (negative: shorter). */
  readonly overrun: Duration | null;
  /** How late it started (negative: early). */
  readonly startDrift: Duration | null;
}

/** An instant cut down to its whole second, as the report shows it. */
function toSecond(schedule: Schedule, ms: number): DateTime {
  return instantOfMs(Math.floor(ms / 1000) * 1000, schedule.zone);
}

/**
 * Every segment, planned (as announced) against actual, in programme order. Actual times
 * are cut to the whole second first, so every length and difference is whole seconds and
 * the page, the CSV and the JSON, which all read these, agree to the second.
 */
export function buildShowReport(schedule: Schedule, record: ShowRecord): SegmentReport[] {
  const startOf = (s: ScheduledSegment): DateTime | null => {
    const ms = record.starts[s.id];
    return ms === undefined ? null : toSecond(schedule, ms);
  };
  return schedule.segments.map((segment) => {
    const actualStart = startOf(segment);
    const laterStart = schedule.segments
      .slice(segment.index + 1)
      .map(startOf)
      .find((d): d is DateTime => d !== null);
    const showEnd = record.end === null ? null : toSecond(schedule, record.end);
    const actualEnd = actualStart ? (laterStart ?? showEnd) : null;
    const actualDuration = actualStart && actualEnd ? actualEnd.diff(actualStart) : null;
    return {
      segment,
      plannedStart: segment.start,
      plannedEnd: segment.end,
      plannedDuration: segment.duration,
      actualStart,
      actualEnd,
      actualDuration,
      overrun: actualDuration ? actualDuration.minus(segment.duration) : null,
      startDrift: actualStart ? actualStart.diff(segment.start) : null,
    };
  });
}
