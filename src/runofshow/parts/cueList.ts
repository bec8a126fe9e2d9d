/**
 * The run-of-show's cue list: every segment with its people, state, re-plans, actual
 * times and checkpoints.
 */
import type { Participant } from '../../../data/types.ts';
import { definePart } from '../../lib/part.ts';
import { h, type Child } from '../../lib/h.ts';
import { getCheckpoints, getSegmentCheckpoints } from '../../show/checkpoints.ts';
import { formatHandOver, formatRole, formatSpeakerName } from '../../show/cues.ts';
import type { Instant } from '../../time/clock.ts';
import { getPaceOfMs } from '../../show/drift.ts';
import type { SegmentReport } from '../../show/showReport.ts';
import {
  formatClock,
  formatLateness,
  formatMinutesUntil,
  formatTime,
  formatTimeRange,
  nextMinutesUntilChange,
} from '../../time/format.ts';
import type { Schedule, ScheduledSegment } from '../../show/schedule.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';
import type { ShowPlace } from './next.ts';

/** "Re-planned: announced 11:15–12:25" for a segment the host's re-plans moved; `null` otherwise. */
function formatCueReplanned(ctx: RunOfShowContext, segment: ScheduledSegment): string | null {
  const was = ctx.announced?.segments[segment.index];
  if (!was || (+was.start === +segment.start && +was.end === +segment.end)) return null;
  return `Re-planned: announced ${formatTimeRange(was.start, was.end, ctx.schedule.zone)}`;
}

/** How a cue stands at the moment. */
export type CueState = 'done' | 'current' | 'next' | 'upcoming';

/** The state of each segment's cue for the status. */
export function getCueState(segment: ScheduledSegment, status: ShowPlace): CueState {
  if (status.phase === 'after') return 'done';
  if (status.current) {
    if (segment.index < status.current.index) return 'done';
    if (segment.index === status.current.index) return 'current';
  } else if (status.phase === 'during' && status.next && segment.index < status.next.index) {
    return 'done';
  }
  return status.next?.id === segment.id ? 'next' : 'upcoming';
}

function renderCuePerson(
  ctx: RunOfShowContext,
  segment: ScheduledSegment,
  p: Participant,
): HTMLElement {
  const { schedule } = ctx;
  const { speaker } = p;
  return h(
    'li',
    { class: 'cue-person', 'data-speaker': speaker.id },
    h('a', { href: ctx.speakerHref(speaker.id) }, formatSpeakerName(speaker)),
    `, ${formatRole(p.role).toLowerCase()} · `,
    h(
      'span',
      { class: 'cue-local', 'data-testid': 'run-of-show.speaker-time' },
      `${formatTimeRange(segment.start, segment.end, speaker.timeZone, { instant: segment.start, zone: schedule.zone })} ${speaker.timeZoneLabel}`,
    ),
  );
}

function renderActual(ctx: RunOfShowContext, row: SegmentReport | undefined): Child {
  if (!row?.actualStart) return null;
  const zone = ctx.schedule.zone;
  const drift = row.startDrift ? formatLateness(row.startDrift) : '';
  return h(
    'p',
    {
      class: 'cue-actual',
      'data-testid': 'run-of-show.actual-start',
      'data-late': String(
        row.startDrift !== null && getPaceOfMs(row.startDrift.toMillis()) === 'behind',
      ),
    },
    `Started ${formatClock(row.actualStart, zone)}${drift ? ` · ${drift}` : ''}`,
  );
}

/** How far off a checkpoint is, as a list shows it: "in 12 min" (changing once a minute) or "passed". */
function checkpointUntil(at: Instant, nowMs: number): string {
  const untilMs = at.toMillis() - nowMs;
  return untilMs > 0 ? `in ${formatMinutesUntil(untilMs)}` : 'passed';
}

/** A segment's checkpoints with their times and `until`, the time to each (or "passed"). */
function renderCheckpoints(
  schedule: Schedule,
  segment: ScheduledSegment,
  until: readonly string[],
): HTMLElement | null {
  const checkpoints = getSegmentCheckpoints(schedule, segment.id);
  if (checkpoints.length === 0) return null;
  return h(
    'ul',
    { class: 'cue-checkpoints' },
    checkpoints.map((c, i) => {
      const text = until[i] ?? 'passed';
      return h(
        'li',
        {
          class: 'cue-checkpoint',
          'data-testid': 'run-of-show.checkpoint',
          'data-passed': String(text === 'passed'),
        },
        h('span', { class: 'cue-checkpoint-time' }, formatTime(c.at, schedule.zone)),
        ` ${c.label}`,
        h('span', { class: 'cue-checkpoint-until' }, ` · ${text}`),
      );
    }),
  );
}

/** When a checkpoint's "in 12 min" next turns (or says "passed"), the first of them in `plan`. */
function nextCheckpointsUntilChange(plan: Schedule, nowMs: number): number {
  let next = Infinity;
  for (const c of getCheckpoints(plan)) {
    next = Math.min(next, nextMinutesUntilChange(c.at.toMillis(), nowMs));
  }
  return next;
}

/**
 * The whole programme as a cue list, with planned times in the event's and each speaker's
 * zone. Its view holds the plan itself (redrawn when a re-plan or a record makes a new
 * one), each cue's state, the report's rows, and the minutes to each checkpoint.
 */
export const cueListPart = definePart({
  view: (
    ctx: RunOfShowContext,
    status: ShowPlace,
    report: readonly SegmentReport[],
    nowMs: number,
  ) => ({
    ctx,
    cues: ctx.schedule.segments.map((segment) => ({
      state: getCueState(segment, status),
      actual: report[segment.index] ?? null,
      until: getSegmentCheckpoints(ctx.schedule, segment.id).map((c) =>
        checkpointUntil(c.at, nowMs),
      ),
    })),
  }),
  render: (view) => {
    const { ctx } = view;
    const { schedule } = ctx;
    return h(
      'section',
      { class: 'ros-cues', 'aria-label': 'Cue list' },
      h('h2', { class: 'ros-section-title' }, 'Programme'),
      h(
        'ol',
        { class: 'cue-list' },
        schedule.segments.map((segment, i) => {
          const cue = view.cues[i];
          const state = cue?.state ?? 'upcoming';
          return h(
            'li',
            {
              class: `cue cue-${state}`,
              'data-testid': 'run-of-show.cue',
              'data-segment': segment.id,
              'data-state': state,
              'aria-current': state === 'current' ? 'step' : null,
            },
            h(
              'p',
              { class: 'cue-time' },
              formatTimeRange(segment.start, segment.end, schedule.zone),
              h('span', { class: 'cue-zone' }, ` ${schedule.zoneLabel}`),
            ),
            h(
              'div',
              { class: 'cue-body' },
              h('p', { class: 'cue-label' }, segment.item.label),
              h(
                'ul',
                { class: 'cue-people' },
                segment.item.participants.map((p) => renderCuePerson(ctx, segment, p)),
              ),
              formatCueReplanned(ctx, segment)
                ? h(
                    'p',
                    { class: 'cue-replanned', 'data-testid': 'run-of-show.replanned' },
                    formatCueReplanned(ctx, segment),
                  )
                : null,
              renderActual(ctx, cue?.actual ?? undefined),
              renderCheckpoints(schedule, segment, cue?.until ?? []),
              h('p', { class: 'cue-handover' }, `Cue: ${formatHandOver(schedule, segment)}`),
            ),
          );
        }),
      ),
    );
  },
  nextChange: (view, nowMs) => nextCheckpointsUntilChange(view.ctx.schedule, nowMs),
});
