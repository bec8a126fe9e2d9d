/**
 * A moderator's plan: what happens in the show, and when.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import type { Instant } from '../../time/clock.ts';
import { getSegmentCheckpoints } from '../../show/checkpoints.ts';
import { formatMinutesUntil, formatTime, nextMinutesUntilChange } from '../../time/format.ts';
import type { Schedule, ScheduledSegment } from '../../show/schedule.ts';
import type { SpeakerContext } from '../speakerContext.ts';
import { formatInZones } from './segmentTimes.ts';

/** A row of a moderator's plan: what happens, and when. */
export interface ModeratorPlanRow {
  readonly what: string;
  readonly at: Instant;
}

/** A moderator's plan of one segment they moderate. */
export interface ModeratorPlan {
  readonly segment: ScheduledSegment;
  readonly rows: readonly ModeratorPlanRow[];
}

/**
 * The moderator's plan in the plan the pages show: for each segment the speaker moderates,
 * its start, its checkpoints and its hand-over. Empty for a speaker who moderates nothing.
 */
export function getModeratorPlan(
  ctx: SpeakerContext,
  plan: Schedule,
  planned: readonly ScheduledSegment[],
): ModeratorPlan[] {
  return planned
    .filter((s) =>
      s.item.participants.some((p) => p.speaker.id === ctx.speaker.id && p.role === 'moderator'),
    )
    .map((segment) => ({
      segment,
      rows: [
        { what: `${segment.item.label} starts`, at: segment.start },
        ...getSegmentCheckpoints(plan, segment.id).map((c) => ({ what: c.label, at: c.at })),
        { what: 'Hand over', at: segment.end },
      ],
    }));
}

/**
 * The moderator's plan of each segment they moderate: its start, its checkpoints and its
 * hand-over, each in their time and the event's, with the time to each, from the plan the
 * pages show (`plans`: `getModeratorPlan` of it, found again only when it changes). Nothing
 * for a speaker who moderates nothing.
 */
export const moderatorPlanPart = definePart({
  view: (ctx: SpeakerContext, plans: readonly ModeratorPlan[], nowMs: number) => ({
    ctx,
    plans: plans.map(({ segment, rows }) => ({
      segment,
      rows: rows.map((row) => {
        const atMs = row.at.toMillis();
        return {
          what: row.what,
          at: row.at,
          atMs,
          until: atMs > nowMs ? `in ${formatMinutesUntil(atMs - nowMs)}` : 'passed',
        };
      }),
    })),
  }),
  // Each count of minutes turns on its own minute, and says "passed" from its instant on.
  nextChange: ({ plans }, nowMs) => {
    let next = Infinity;
    for (const { rows } of plans) {
      for (const row of rows) next = Math.min(next, nextMinutesUntilChange(row.atMs, nowMs));
    }
    return next;
  },
  render: ({ ctx, plans }) =>
    plans.length === 0
      ? null
      : h(
          'section',
          { class: 'sp-plan', 'data-testid': 'speaker.moderator-plan', 'aria-label': 'Your plan' },
          plans.map(({ segment, rows }) => [
            h('h2', {}, `Your plan: ${segment.item.label}`),
            h(
              'table',
              { class: 'sp-plan-table' },
              h(
                'tbody',
                {},
                rows.map((row) =>
                  h(
                    'tr',
                    {
                      'data-testid': 'speaker.plan-row',
                      'data-passed': String(row.until === 'passed'),
                    },
                    h('th', { scope: 'row' }, row.what),
                    h(
                      'td',
                      {},
                      formatInZones(ctx, (z) => formatTime(row.at, z), row.at),
                    ),
                    h('td', { class: 'sp-plan-until' }, row.until),
                  ),
                ),
              ),
            ),
          ]),
        ),
});
