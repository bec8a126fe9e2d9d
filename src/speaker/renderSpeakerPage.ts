/**
 * The speaker page's parts, each a pure function of the model, the schedule and an
 * instant: the speaker's segments with times in three zones, their notes and cues, the
 * countdown to their turn, the rehearsal clock and its log, and the list of speakers.
 */
import type { Model, Participant, Speaker } from '../../data/types.ts';
import { definePart } from '../lib/part.ts';
import { h, trustedHtml, type Child } from '../lib/h.ts';
import { renderMeter, toMeterPercent } from '../lib/renderMeter.ts';
import type { Instant } from '../time/clock.ts';
import { formatHandIn, formatHandOver, formatRole, formatSpeakerName } from '../show/cues.ts';
import { getSegmentCheckpoints } from '../show/checkpoints.ts';
import { getWarningOfMs } from '../show/drift.ts';
import {
  formatClock,
  formatDateTime,
  formatOffset,
  formatOverrun,
  formatSeconds,
  formatShortDate,
  formatMinutesUntil,
  formatTime,
  formatTimeRange,
  formatTimer,
  formatTimeUntil,
  formatWindow,
  formatZoneCity,
  fromMillis,
  nextClockChange,
  nextMinutesUntilChange,
  nextTimerChange,
  nextTimeUntilChange,
  type InstantLike,
} from '../time/format.ts';
import type { SlidePlan } from '../time/pacing.ts';
import { getRunLength, getRunOverrun, type RehearsalRun } from '../show/rehearsal.ts';
import {
  getSlideWindow,
  getSpeakerTurn,
  type Schedule,
  type ScheduledSegment,
} from '../time/schedule.ts';

/** A slide of one of the speaker's segments, with its notes rendered at build time. */
export interface SpeakerSlide {
  readonly id: string;
  /** A short name for the slide: its heading, or what its layout shows. */
  readonly label: string;
  /** Trusted HTML of the notes, rendered from the slide files at build time. */
  readonly notesHtml: string;
  readonly plan: SlidePlan;
}

/** What every part of the speaker page may use. */
export interface SpeakerContext {
  readonly model: Model;
  readonly schedule: Schedule;
  readonly speaker: Speaker;
  /** The speaker's segments, in programme order. */
  readonly segments: readonly ScheduledSegment[];
  /** The slides of those segments, in deck order. */
  readonly slides: readonly SpeakerSlide[];
  /** The IANA zone of the browser showing the page. */
  readonly viewerZone: string;
  /** A link to a slide in the deck. */
  readonly slideHref: (slideId: string) => string;
}

function participantOf(ctx: SpeakerContext, segment: ScheduledSegment): Participant | undefined {
  return segment.item.participants.find((p) => p.speaker.id === ctx.speaker.id);
}

/** The page's heading: who, and in which zone. */
export function renderSpeakerHeader(ctx: SpeakerContext): HTMLElement {
  const { speaker, model, schedule } = ctx;
  const viewerDiffers =
    formatOffset(schedule.start, ctx.viewerZone) !== formatOffset(schedule.start, speaker.timeZone);
  return h(
    'header',
    { class: 'sp-header' },
    h('p', { class: 'sp-kicker' }, `Speaker page · ${model.event.sessionLabel}`),
    h('h1', { 'data-testid': 'speaker.name' }, formatSpeakerName(speaker)),
    h('p', { class: 'sp-role' }, `${speaker.role}, ${speaker.organisation}`),
    h(
      'p',
      { class: 'sp-zone' },
      isSameClock(speaker.timeZone, schedule.zone, schedule.start)
        ? `Times in ${schedule.zoneLabel} (${formatOffset(schedule.start, schedule.zone)} on the day), your zone and the event's`
        : `Times for ${speaker.timeZoneLabel} (${formatOffset(schedule.start, speaker.timeZone)} on the day) and ${schedule.zoneLabel}, the event's zone`,
      viewerDiffers
        ? `, and for this browser (${formatZoneCity(ctx.viewerZone)}, ${formatOffset(schedule.start, ctx.viewerZone)})`
        : '',
      '.',
    ),
  );
}

/** Whether two zones show the same clock time at `at` (the same offset then). */
function isSameClock(a: string, b: string, at: InstantLike): boolean {
  return formatOffset(at, a) === formatOffset(at, b);
}

/**
 * A time the speaker reads: in their own zone first, named, then the event's; only the
 * event's, named, when the two show the same clock.
 * @example formatInZones(ctx, (z) => formatTime(end, z), end) // "07:25 Pretoria (12:25 Bangkok)"
 */
export function formatInZones(
  ctx: SpeakerContext,
  format: (zone: string) => string,
  at: Instant,
): string {
  const { speaker, schedule } = ctx;
  if (isSameClock(speaker.timeZone, schedule.zone, at))
    return `${format(schedule.zone)} ${schedule.zoneLabel}`;
  return `${format(speaker.timeZone)} ${speaker.timeZoneLabel} (${format(schedule.zone)} ${schedule.zoneLabel})`;
}

function timeRow(testId: string, label: string, value: string): HTMLElement {
  return h(
    'p',
    { class: 'sp-time', 'data-testid': testId },
    h('span', { class: 'sp-time-label' }, label),
    h('span', { class: 'sp-time-value' }, value),
  );
}

/** A segment's times in the speaker's zone, the event's, and the browser's where it differs. */
export function renderSegmentTimes(ctx: SpeakerContext, segment: ScheduledSegment): HTMLElement {
  const { schedule, speaker, viewerZone } = ctx;
  const reference = { instant: segment.start, zone: schedule.zone };
  const range = (zone: string): string =>
    formatTimeRange(segment.start, segment.end, zone, reference);
  const event = range(schedule.zone);
  const local = range(speaker.timeZone);
  const viewer = range(viewerZone);
  const sameZone = isSameClock(schedule.zone, speaker.timeZone, segment.start);
  return h(
    'div',
    { class: 'sp-times' },
    sameZone
      ? timeRow('speaker.event-time', `Your time and the event’s · ${schedule.zoneLabel}`, event)
      : [
          timeRow('speaker.local-time', `Your time · ${speaker.timeZoneLabel}`, local),
          timeRow('speaker.event-time', `Event time · ${schedule.zoneLabel}`, event),
        ],
    viewer !== local && viewer !== event
      ? timeRow('speaker.viewer-time', `This browser · ${formatZoneCity(viewerZone)}`, viewer)
      : null,
  );
}

function renderNotes(ctx: SpeakerContext, segment: ScheduledSegment): HTMLElement {
  const slides = ctx.slides.filter((s) => s.plan.segmentId === segment.id);
  return h(
    'section',
    { class: 'sp-notes', 'aria-label': `Notes for ${segment.item.label}` },
    h('h3', {}, 'Your slides and notes'),
    h(
      'ol',
      { class: 'sp-slides' },
      slides.map((slide) => {
        const slot = getSlideWindow(segment, slide.plan);
        return h(
          'li',
          { class: 'sp-slide', 'data-slide': slide.id, 'data-testid': 'speaker.slide' },
          h(
            'p',
            { class: 'sp-slide-head' },
            h('a', { href: ctx.slideHref(slide.id) }, slide.label),
            h(
              'span',
              { class: 'sp-slide-time' },
              ` · ${formatInZones(ctx, (zone) => formatWindow(slot.start, slot.end, zone), slot.start)} · ${formatSeconds(slide.plan.seconds)}`,
            ),
          ),
          slide.notesHtml.trim()
            ? h(
                'div',
                { class: 'sp-slide-notes', 'data-testid': 'speaker.notes' },
                trustedHtml(slide.notesHtml),
              )
            : h('p', { class: 'sp-slide-notes sp-muted' }, 'No notes for this slide.'),
        );
      }),
    ),
  );
}

/**
 * The host's re-plan of a segment in words, or `null` when its times are as announced.
 * @example "Re-planned by the host: now 06:16–07:26 Pretoria (11:16–12:26 Bangkok); announced 11:15–12:25."
 */
function formatReplanned(
  ctx: SpeakerContext,
  segment: ScheduledSegment,
  announced: ScheduledSegment,
): string | null {
  if (+segment.start === +announced.start && +segment.end === +announced.end) return null;
  const zone = ctx.schedule.zone;
  const now = formatInZones(
    ctx,
    (z) => formatTimeRange(segment.start, segment.end, z, { instant: segment.start, zone }),
    segment.start,
  );
  return `Re-planned by the host: now ${now}; announced ${formatTimeRange(announced.start, announced.end, zone)} ${ctx.schedule.zoneLabel}.`;
}

/**
 * One of the speaker's segments: times, role, cues and notes. `segment` is its place in the
 * plan the pages show (the host's re-plans applied); `announced`, its place as announced.
 */
export function renderSpeakerSegment(
  ctx: SpeakerContext,
  segment: ScheduledSegment,
  announced: ScheduledSegment = segment,
): HTMLElement {
  const { schedule } = ctx;
  const replanned = formatReplanned(ctx, segment, announced);
  const own = participantOf(ctx, segment);
  const moderator = segment.item.participants.find(
    (p) => p.role === 'moderator' && p.speaker.id !== ctx.speaker.id,
  );
  const others = segment.item.participants.filter((p) => p.speaker.id !== ctx.speaker.id);
  return h(
    'article',
    { class: 'sp-segment', 'data-testid': 'speaker.segment', 'data-segment': segment.id },
    h(
      'p',
      { class: 'sp-kicker' },
      `${own ? formatRole(own.role) : 'Segment'} · ${segment.item.label}`,
    ),
    h('h2', {}, segment.item.title),
    replanned
      ? h(
          'p',
          { class: 'sp-replanned', role: 'status', 'data-testid': 'speaker.replanned' },
          replanned,
        )
      : null,
    renderSegmentTimes(ctx, segment),
    others.length > 0
      ? h(
          'p',
          { class: 'sp-with' },
          'With ',
          others
            .map(
              (p) =>
                `${formatSpeakerName(p.speaker)} (${formatRole(p.role).toLowerCase()}, ${p.speaker.timeZoneLabel})`,
            )
            .join(', '),
        )
      : null,
    h(
      'div',
      { class: 'sp-cues' },
      h(
        'p',
        { class: 'sp-cue', 'data-testid': 'speaker.cue-in' },
        h('span', { class: 'sp-cue-label' }, 'Cue in'),
        formatHandIn(
          schedule,
          segment,
          formatInZones(ctx, (z) => formatTime(segment.start, z), segment.start),
        ),
      ),
      h(
        'p',
        { class: 'sp-cue', 'data-testid': 'speaker.cue-out' },
        h('span', { class: 'sp-cue-label' }, 'Cue out'),
        formatHandOver(
          schedule,
          segment,
          formatInZones(ctx, (z) => formatTime(segment.end, z), segment.end),
        ),
      ),
      moderator
        ? h(
            'p',
            { class: 'sp-cue' },
            h('span', { class: 'sp-cue-label' }, 'Moderator'),
            `${formatSpeakerName(moderator.speaker)} gives you the floor and takes it back.`,
          )
        : null,
    ),
    renderNotes(ctx, segment),
  );
}

/**
 * The speaker's segments in the plan the pages show: redrawn when the host re-plans, each
 * saying so. `planned` are the speaker's segments in that plan, in programme order.
 */
export const segmentsPart = definePart(
  (ctx: SpeakerContext, planned: readonly ScheduledSegment[]) => ({ ctx, planned }),
  ({ ctx, planned }) =>
    h(
      'div',
      { class: 'sp-segments' },
      planned.map((s) =>
        renderSpeakerSegment(ctx, s, ctx.segments.find((a) => a.id === s.id) ?? s),
      ),
    ),
);

/** A row of a moderator's plan: what happens, and when. */
export interface ModeratorPlanRow {
  readonly what: string;
  readonly at: Instant;
}

/**
 * The moderator's plan in the plan the pages show: for each segment the speaker moderates,
 * its start, its checkpoints and its hand-over. Empty for a speaker who moderates nothing.
 */
export function getModeratorPlan(
  ctx: SpeakerContext,
  plan: Schedule,
  planned: readonly ScheduledSegment[],
): { readonly segment: ScheduledSegment; readonly rows: readonly ModeratorPlanRow[] }[] {
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
 * The next instant the speaker page's live parts can change by themselves (epoch ms of the
 * real clock; `Infinity` when none will): the countdown to or in their turn, each minute
 * count of the moderator's plan, and the rehearsal clock while it runs.
 * `rehearsal` gives the rehearsal clock's reading and whether it runs, at `nowMs`.
 */
export function getSpeakerPageNextChange(
  ctx: SpeakerContext,
  plan: Schedule,
  planned: readonly ScheduledSegment[],
  nowMs: number,
  rehearsal: { readonly nowMs: number; readonly running: boolean },
): number {
  const turn = getSpeakerTurn(planned, nowMs);
  let next = turn.changesAt;
  if (turn.state === 'waiting') next = Math.min(next, nextTimeUntilChange(turn.changesAt, nowMs));
  if (turn.state === 'on') next = Math.min(next, nextTimerChange(turn.changesAt, nowMs));
  for (const { rows } of getModeratorPlan(ctx, plan, planned)) {
    for (const row of rows) next = Math.min(next, nextMinutesUntilChange(row.at.toMillis(), nowMs));
  }
  // The rehearsal clock runs at the real clock's pace: its next second, on the real clock.
  if (rehearsal.running)
    next = Math.min(next, nowMs + nextClockChange(rehearsal.nowMs) - rehearsal.nowMs);
  return next;
}

/**
 * The moderator's plan of each segment they moderate: its start, its checkpoints and its
 * hand-over, each in their time and the event's, with the time to each, from the plan the
 * pages show. Nothing for a speaker who moderates nothing.
 */
export const moderatorPlanPart = definePart(
  (ctx: SpeakerContext, plan: Schedule, planned: readonly ScheduledSegment[], nowMs: number) => ({
    ctx,
    plans: getModeratorPlan(ctx, plan, planned).map(({ segment, rows }) => ({
      segment,
      rows: rows.map((row) => {
        const untilMs = row.at.toMillis() - nowMs;
        return {
          what: row.what,
          at: row.at,
          until: untilMs > 0 ? `in ${formatMinutesUntil(untilMs)}` : 'passed',
        };
      }),
    })),
  }),
  ({ ctx, plans }) =>
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
);

/** The countdown to the speaker's turn on the live clock, in the plan the pages show. */
export const countdownPart = definePart(
  (ctx: SpeakerContext, planned: readonly ScheduledSegment[], nowMs: number) => {
    const turn = getSpeakerTurn(planned, nowMs);
    const { speaker } = ctx;
    if (turn.state === 'waiting') {
      return {
        state: 'waiting' as const,
        label: `“${turn.segment.item.label}” starts in`,
        big: formatTimeUntil(turn.untilMs),
        sub: `at ${formatClock(turn.segment.start, speaker.timeZone).slice(0, 5)} ${formatShortDate(turn.segment.start, speaker.timeZone)} your time (${speaker.timeZoneLabel})`,
        warning: null,
      };
    }
    if (turn.state === 'on') {
      return {
        state: 'on' as const,
        label: `On now: “${turn.segment.item.label}”`,
        big: `${formatTimer(turn.remainingMs)} left`,
        sub: `Hand over at ${formatInZones(ctx, (z) => formatTime(turn.segment.end, z), turn.segment.end)}`,
        warning: getWarningOfMs(turn.remainingMs),
      };
    }
    const last = planned.at(-1);
    return {
      state: 'done' as const,
      label: 'Done: your part is over',
      big: '',
      sub: last
        ? `“${last.item.label}” ended at ${formatInZones(ctx, (z) => formatTime(last.end, z), last.end)}. Thank you!`
        : null,
      warning: null,
    };
  },
  (view) => {
    if (view.state === 'done') {
      return h(
        'section',
        { class: 'sp-countdown sp-done', 'data-state': 'done', 'aria-label': 'Your turn' },
        h('p', { class: 'sp-done-mark', 'aria-hidden': 'true' }, '✓'),
        h('p', { class: 'sp-done-title', 'data-testid': 'speaker.countdown' }, view.label),
        view.sub ? h('p', { class: 'sp-muted' }, view.sub) : null,
      );
    }
    return h(
      'section',
      { class: 'sp-countdown', 'data-state': view.state, 'aria-label': 'Your turn' },
      h('p', { class: 'sp-label' }, view.label),
      h(
        'p',
        { class: 'sp-big', 'data-testid': 'speaker.countdown', 'data-warning': view.warning },
        view.big,
      ),
      view.sub ? h('p', { class: 'sp-muted' }, view.sub) : null,
    );
  },
);

/**
 * The live part of the rehearsal panel: time left, the bar, and the rehearsal clock in the
 * speaker's own time first and then the event's, each with its zone named (one, named,
 * when the two read the same).
 */
export const rehearsalClockPart = definePart(
  (ctx: SpeakerContext, segment: ScheduledSegment, rehearsalNowMs: number) => {
    const { schedule, speaker } = ctx;
    const startMs = segment.start.toMillis();
    const remainingMs = segment.end.toMillis() - rehearsalNowMs;
    const over = remainingMs < 0;
    const own = {
      time: formatClock(rehearsalNowMs, speaker.timeZone),
      zone: speaker.timeZoneLabel,
    };
    const event = { time: formatClock(rehearsalNowMs, schedule.zone), zone: schedule.zoneLabel };
    return {
      remaining: `${over ? '+' : ''}${formatTimer(remainingMs)}`,
      over,
      warning: getWarningOfMs(remainingMs),
      percent: toMeterPercent((rehearsalNowMs - startMs) / segment.duration.toMillis()),
      clocks: isSameClock(speaker.timeZone, schedule.zone, rehearsalNowMs) ? [event] : [own, event],
    };
  },
  (view) =>
    h(
      'div',
      { class: 'sp-rehearsal-clock' },
      h(
        'p',
        {
          class: 'sp-big sp-remaining',
          'data-testid': 'speaker.rehearsal-remaining',
          'data-warning': view.warning,
        },
        view.remaining,
        h('span', { class: 'sp-unit' }, view.over ? ' over' : ' left'),
      ),
      renderMeter({
        fraction: view.percent / 100,
        level: view.warning,
        label: 'Rehearsal time used',
      }),
      h(
        'p',
        { class: 'sp-clock-line', 'data-testid': 'speaker.rehearsal-clock' },
        view.clocks.map((c, i) => [i > 0 ? ' · ' : '', h('time', {}, c.time), ` ${c.zone}`]),
      ),
    ),
);

/** The list of finished rehearsal runs, newest first, with export links. */
export function renderRehearsalLog(
  ctx: SpeakerContext,
  log: readonly RehearsalRun[],
  downloads: readonly HTMLElement[],
): HTMLElement {
  const bySegment = new Map(ctx.schedule.segments.map((s) => [s.id, s]));
  const rows = [...log].reverse();
  return h(
    'section',
    { class: 'sp-log', 'data-testid': 'speaker.rehearsal-log', 'aria-label': 'Your rehearsals' },
    h('h3', {}, 'Your rehearsals'),
    rows.length === 0
      ? h('p', { class: 'sp-muted' }, 'None yet. Each run is saved here when you press Reset.')
      : h(
          'table',
          { class: 'sp-log-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'When'),
              h('th', { scope: 'col' }, 'Segment'),
              h('th', { scope: 'col' }, 'Length'),
              h('th', { scope: 'col' }, 'Against plan'),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map((run) => {
              const segment = bySegment.get(run.segmentId);
              const overrun = segment ? getRunOverrun(run, segment) : null;
              return h(
                'tr',
                { 'data-testid': 'speaker.rehearsal-run', 'data-segment': run.segmentId },
                h(
                  'td',
                  {},
                  `${formatDateTime(fromMillis(run.startedAt), ctx.viewerZone)}–${formatClock(fromMillis(run.endedAt), ctx.viewerZone).slice(0, 5)}`,
                ),
                h('td', {}, segment?.item.label ?? run.segmentId),
                h('td', {}, formatTimer(getRunLength(run))),
                h(
                  'td',
                  { 'data-over': String(overrun ? overrun.toMillis() > 0 : false) },
                  overrun ? formatOverrun(overrun) : '—',
                ),
              );
            }),
          ),
        ),
    rows.length > 0 ? h('p', { class: 'sp-downloads' }, 'Export: ', downloads) : null,
  );
}

/** The friendly page for a missing or unknown `?speaker=`: every speaker's link. */
export function renderSpeakerIndex(
  model: Model,
  speakerHref: (id: string) => string,
  unknownId: string | null,
  extra: Child = null,
): HTMLElement {
  return h(
    'main',
    { class: 'sp sp-index', 'data-testid': 'speaker.index' },
    h('p', { class: 'sp-kicker' }, `Speaker pages · ${model.event.sessionLabel}`),
    h('h1', {}, 'Choose your page'),
    unknownId !== null
      ? h(
          'p',
          { class: 'notice', role: 'status', 'data-testid': 'speaker.notice' },
          `There is no speaker page for “${unknownId}”. The link may be mistyped; choose your name below.`,
        )
      : h(
          'p',
          { class: 'sp-muted' },
          'Each speaker has a page with their times, notes, cues and a rehearsal clock.',
        ),
    h(
      'ul',
      { class: 'sp-index-list' },
      model.speakers.map((s) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: speakerHref(s.id), 'data-testid': 'speaker.link', 'data-speaker': s.id },
            formatSpeakerName(s),
          ),
          h('span', { class: 'sp-muted' }, ` · ${s.role}, ${s.organisation} · ${s.timeZoneLabel}`),
        ),
      ),
    ),
    extra,
  );
}
