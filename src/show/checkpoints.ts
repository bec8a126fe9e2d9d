/**
 * Checkpoints inside segments (when audience Q&A opens, the last question): where each
 * falls in the plan, and which one a page should warn about at an instant. Pure.
 */
import type { DateTime, Duration } from 'luxon';
import type { Schedule, ScheduledSegment } from './schedule.ts';

/** A checkpoint placed in the plan. */
export interface PlannedCheckpoint {
  readonly segment: ScheduledSegment;
  /** 0-based place among its segment's checkpoints. */
  readonly index: number;
  readonly label: string;
  /**
   * When it falls: its authored time, kept inside its segment when a re-plan moved the
   * segment's start or end past it.
   */
  readonly at: DateTime;
}

/** Each plan's checkpoints, placed once: a page asks for them at every repaint. */
const placed = new WeakMap<Schedule, readonly PlannedCheckpoint[]>();

/** Every checkpoint of the plan, in time order. */
export function getCheckpoints(plan: Schedule): readonly PlannedCheckpoint[] {
  let checkpoints = placed.get(plan);
  if (!checkpoints) {
    checkpoints = placeCheckpoints(plan);
    placed.set(plan, checkpoints);
  }
  return checkpoints;
}

function placeCheckpoints(plan: Schedule): PlannedCheckpoint[] {
  return plan.segments.flatMap((segment) =>
    segment.item.checkpoints.map((c, index) => {
      const at = c.at < segment.start ? segment.start : c.at > segment.end ? segment.end : c.at;
      return { segment, index, label: c.label, at };
    }),
  );
}

/** The checkpoints of one segment. */
export function getSegmentCheckpoints(
  plan: Schedule,
  segmentId: string,
): readonly PlannedCheckpoint[] {
  return getCheckpoints(plan).filter((c) => c.segment.id === segmentId);
}

/** A checkpoint to warn about: coming up (`until` positive) or just reached. */
export interface CheckpointAlert {
  readonly checkpoint: PlannedCheckpoint;
  /** Time until it, in milliseconds; zero or negative once reached. */
  readonly untilMs: number;
  readonly state: 'soon' | 'now';
}

/** Options for `getCheckpointAlert`. */
export interface CheckpointAlertOptions {
  /** How long before a checkpoint the warning starts. @defaultValue 2 minutes */
  readonly before?: Duration;
  /** How long after it the warning stays. @defaultValue 1 minute */
  readonly after?: Duration;
}

/**
 * The checkpoint of `segment` to warn about at `now`: the next one within `before` of
 * now, else one reached less than `after` ago; `null` when none is near.
 */
export function getCheckpointAlert(
  plan: Schedule,
  segment: ScheduledSegment | null,
  now: DateTime | number,
  options: CheckpointAlertOptions = {},
): CheckpointAlert | null {
  if (!segment) return null;
  const { before, after } = getAlertWindow(options);
  const nowMs = typeof now === 'number' ? now : now.toMillis();
  const near = getSegmentCheckpoints(plan, segment.id)
    .map((checkpoint) => ({ checkpoint, ms: checkpoint.at.toMillis() - nowMs }))
    .filter(({ ms }) => ms <= before && ms > -after);
  const pick = near.find(({ ms }) => ms > 0) ?? near.at(-1);
  if (!pick) return null;
  return {
    checkpoint: pick.checkpoint,
    untilMs: pick.ms,
    state: pick.ms > 0 ? 'soon' : 'now',
  };
}

/** How long before and after a checkpoint its warning shows, in milliseconds. */
function getAlertWindow(options: CheckpointAlertOptions): { before: number; after: number } {
  return {
    before: options.before?.toMillis() ?? 2 * 60_000,
    after: options.after?.toMillis() ?? 60_000,
  };
}

/**
 * The first instant after `nowMs` at which `getCheckpointAlert` for `segment` can warn about
 * another checkpoint or change its state: where a checkpoint's warning starts, where it is
 * reached, where its warning ends; `Infinity` when none is to come. (The time until it
 * changes all along: a page rounds it as it shows it.)
 */
export function nextCheckpointAlertChange(
  plan: Schedule,
  segment: ScheduledSegment,
  nowMs: number,
  options: CheckpointAlertOptions = {},
): number {
  const { before, after } = getAlertWindow(options);
  let next = Infinity;
  for (const checkpoint of getSegmentCheckpoints(plan, segment.id)) {
    const atMs = checkpoint.at.toMillis();
    for (const ms of [atMs - before, atMs, atMs + after]) if (ms > nowMs && ms < next) next = ms;
  }
  return next;
}
