/**
 * The run-of-show's parts, each a pure function of the schedule, the show's status and an
 * instant. The controller decides when to call them; nothing here reads the clock.
 */
import type { Model, Participant } from '../../data/types.ts';
import { definePart } from '../lib/part.ts';
import { h, type Child } from '../lib/h.ts';
import { renderMeter, toMeterPercent } from '../lib/renderMeter.ts';
import { getCheckpointAlert, getSegmentCheckpoints } from '../show/checkpoints.ts';
import type { Chapter } from '../show/chapters.ts';
import {
  formatHandIn,
  formatHandOver,
  formatRole,
  formatSegmentName,
  formatSegmentRef,
  formatSpeakerName,
} from '../show/cues.ts';
import type { Instant } from '../time/clock.ts';
import {
  getPaceOfMs,
  type SegmentReport,
  type ShowMoment,
  type ShowStatus,
  type Warning,
} from '../show/drift.ts';
import {
  formatClock,
  formatDrift,
  formatSeconds,
  fromMillis,
  formatLateness,
  formatLongDate,
  formatMinutesUntil,
  formatOffset,
  formatOverrun,
  formatShortDate,
  formatTime,
  formatTimeRange,
  formatTimer,
  formatTimeUntil,
  formatUtcSecond,
  type InstantLike,
} from '../time/format.ts';
import { getLead, type Schedule, type ScheduledSegment } from '../time/schedule.ts';
import type { DeckSlideMessage } from '../sync/makeShowChannel.ts';

/** Whether the page follows the real time or a rehearsal clock. */
export type RunOfShowMode = 'live' | 'rehearsal';

/** What every part of the run-of-show may use. */
export interface RunOfShowContext {
  readonly model: Model;
  readonly schedule: Schedule;
  readonly mode: RunOfShowMode;
  /** The link to a speaker's own page. */
  readonly speakerHref: (speakerId: string) => string;
  /** Each slide's title by id, for recording chapters. @defaultValue none: chapters show ids */
  readonly slideTitles?: ReadonlyMap<string, string>;
  /**
   * The schedule as announced, when `schedule` is the host's re-planned one: the cue list
   * then says which segments moved. @defaultValue none: `schedule` is as announced
   */
  readonly announced?: Schedule;
}

/** "Re-planned: announced 11:15–12:25" for a segment the host's re-plans moved; `null` otherwise. */
function formatCueReplanned(ctx: RunOfShowContext, segment: ScheduledSegment): string | null {
  const was = ctx.announced?.segments[segment.index];
  if (!was || (+was.start === +segment.start && +was.end === +segment.end)) return null;
  return `Re-planned: announced ${formatTimeRange(was.start, was.end, ctx.schedule.zone)}`;
}

export { formatSegmentName };

/** The big clock in the event's zone, to the second: its text is all that changes. */
export const clockTimePart = definePart(
  (ctx: RunOfShowContext, nowMs: number) => ({
    iso: formatUtcSecond(nowMs),
    text: formatClock(nowMs, ctx.schedule.zone),
  }),
  (view) =>
    h(
      'time',
      { class: 'ros-clock', 'data-testid': 'run-of-show.clock', datetime: view.iso },
      view.text,
    ),
  // A tick sets the text and the machine-readable time, nothing else.
  (node, view) => {
    const text = node.firstChild;
    if (!(node instanceof HTMLTimeElement) || !text || text.nodeType !== Node.TEXT_NODE)
      return false;
    text.nodeValue = view.text;
    node.dateTime = view.iso;
    return true;
  },
);

/** The clock's zone, date and offset, which change at most once a minute. */
export const clockCaptionPart = definePart(
  (ctx: RunOfShowContext, now: InstantLike) => {
    const { zone, zoneLabel } = ctx.schedule;
    return {
      text: `${zoneLabel} time · ${formatShortDate(now, zone)} · ${formatOffset(now, zone)}`,
      rehearsal: ctx.mode === 'rehearsal',
    };
  },
  (view) =>
    h(
      'p',
      { class: 'ros-clock-caption' },
      view.text,
      view.rehearsal ? h('span', { class: 'ros-badge' }, 'Rehearsal clock') : null,
    ),
);

/** The event's title and date, for the header. */
export function renderTitle(ctx: RunOfShowContext): HTMLElement {
  const { event } = ctx.model;
  const { schedule } = ctx;
  return h(
    'div',
    { class: 'ros-title' },
    h(
      'p',
      { class: 'ros-kicker' },
      ctx.mode === 'rehearsal' ? 'Run-of-show · rehearsal' : 'Run-of-show',
    ),
    h('h1', {}, event.sessionLabel),
    h(
      'p',
      { class: 'ros-event-date', 'data-testid': 'run-of-show.event-date' },
      `${formatLongDate(schedule.start, schedule.zone)} · ${formatTimeRange(schedule.start, schedule.end, schedule.zone)} ${schedule.zoneLabel}`,
    ),
  );
}

function names(participants: readonly Participant[]): string {
  return participants
    .map((p) => `${formatSpeakerName(p.speaker)}${p.role === 'moderator' ? ' (moderator)' : ''}`)
    .join(' · ');
}

/** What the main panel shows: a countdown, the segment on now, a gap, or the end. */
type NowView =
  | {
      readonly phase: 'before';
      readonly countdown: string;
      readonly first: ScheduledSegment | null;
      readonly zone: string;
    }
  | { readonly phase: 'after'; readonly big: string; readonly sub: string }
  | { readonly phase: 'gap'; readonly label: string; readonly big: string }
  | {
      readonly phase: 'on';
      readonly segment: ScheduledSegment;
      readonly started: string;
      readonly warning: Warning;
      readonly over: boolean;
      readonly remaining: string;
      readonly lateness: string | null;
      readonly latenessWarning: Warning;
      readonly wrap: string | null;
      readonly percent: number;
    };

function nowView(ctx: RunOfShowContext, moment: ShowMoment): NowView {
  const { schedule } = ctx;
  const { frame, tick } = moment;
  if (frame.phase === 'before') {
    return {
      phase: 'before',
      countdown: tick.untilStartMs !== null ? formatTimeUntil(tick.untilStartMs) : '',
      first: frame.next,
      zone: schedule.zone,
    };
  }
  if (frame.phase === 'after') {
    return {
      phase: 'after',
      big: frame.tracked
        ? `Ended ${formatClock(tick.projectedEndMs, schedule.zone)}`
        : `Planned end ${formatTime(schedule.end, schedule.zone)}`,
      sub:
        frame.tracked && tick.driftMs !== null
          ? `${formatOverrun(tick.driftMs)} against the planned end, ${formatTime(schedule.end, schedule.zone)}.`
          : 'No actual times were recorded.',
    };
  }
  const current = frame.current;
  if (!current || tick.remainingMs === null) {
    // After the last segment but before the event's end (a programme that ends early), there
    // is no next segment: say the floor is free until the close, not "Break".
    return {
      phase: 'gap',
      label: frame.next ? 'Between segments' : 'After the last segment',
      big: frame.next ? 'Break' : `Until ${formatTime(schedule.end, schedule.zone)}`,
    };
  }
  const over = tick.remainingMs < 0;
  const lateness =
    frame.latenessMs !== null && getPaceOfMs(frame.latenessMs) === 'behind'
      ? frame.latenessMs
      : null;
  return {
    phase: 'on',
    segment: current,
    started:
      frame.currentStartMs !== null && frame.tracked
        ? ` · started ${formatClock(frame.currentStartMs, schedule.zone)}`
        : ' · by the clock (no start recorded)',
    warning: tick.warning,
    over,
    remaining: `${over ? '+' : ''}${formatTimer(tick.remainingMs)}`,
    lateness: lateness !== null ? formatLateness(lateness) : null,
    latenessWarning: tick.latenessWarning,
    wrap:
      lateness !== null
        ? `${formatLateness(lateness)}: wrap ${formatSegmentRef(current)} by ${formatTime(current.end, schedule.zone)}`
        : null,
    percent: toMeterPercent(tick.progress),
  };
}

/**
 * A text that changes every second in a box of fixed size (the stylesheet contains its
 * layout and paint): its width, in digits, follows the count of characters, which changes
 * rarely, so a tick lays out only the box. Set through the CSSOM, which a strict
 * Content-Security-Policy allows.
 */
function renderTickingText(className: string, text: string): HTMLElement {
  const box = h('span', { class: className }, text);
  // Tabular digits are 1ch wide each, a colon about two thirds of one; room to spare for
  // anything else (the "+" of overtime).
  let width = 0;
  for (const c of text) width += c >= '0' && c <= '9' ? 1 : c === ':' ? 0.65 : 1.2;
  box.style.width = `${width}ch`;
  return box;
}

/** Appends the nodes that are there to `frag`. */
function append(frag: DocumentFragment, ...nodes: readonly (Node | null)[]): void {
  for (const node of nodes) if (node) frag.append(node);
}

/** What the main panel's head shows: all of it but the countdown, so it changes rarely. */
function nowHeadView(view: NowView) {
  if (view.phase === 'before') return { phase: view.phase };
  if (view.phase === 'on')
    return { phase: view.phase, segment: view.segment, started: view.started };
  return view;
}

function renderNowHead(view: ReturnType<typeof nowHeadView>): DocumentFragment {
  const frag = document.createDocumentFragment();
  if (view.phase === 'before') {
    append(frag, h('p', { class: 'ros-label' }, 'The show starts in'));
  } else if (view.phase === 'after') {
    append(
      frag,
      h('p', { class: 'ros-label' }, 'The show has ended'),
      h('p', { class: 'ros-big ros-ended' }, view.big),
      h('p', { class: 'ros-sub' }, view.sub),
    );
  } else if (view.phase === 'gap') {
    append(
      frag,
      h('p', { class: 'ros-label' }, view.label),
      h('p', { class: 'ros-big', 'data-testid': 'run-of-show.current' }, view.big),
    );
  } else {
    const current = view.segment;
    append(
      frag,
      h('p', { class: 'ros-label' }, 'Now', view.started),
      h(
        'h2',
        { class: 'ros-current', 'data-testid': 'run-of-show.current', 'data-segment': current.id },
        current.item.label,
      ),
      current.item.title !== current.item.label
        ? h('p', { class: 'ros-current-title' }, current.item.title)
        : null,
      h('p', { class: 'ros-people' }, names(current.item.participants)),
    );
  }
  return frag;
}

/** What changes every second in the main panel: the countdown, its lateness and its bar. */
function nowCountView(view: NowView) {
  if (view.phase === 'before' || view.phase === 'on') return view;
  return null;
}

function renderNowCount(view: ReturnType<typeof nowCountView>): DocumentFragment {
  const frag = document.createDocumentFragment();
  if (!view) return frag;
  if (view.phase === 'before') {
    const { first } = view;
    append(
      frag,
      h('p', { class: 'ros-big', 'data-testid': 'run-of-show.countdown' }, view.countdown),
      first
        ? h(
            'p',
            { class: 'ros-sub' },
            `${formatTime(first.start, view.zone)} ${first.item.label} · ${names(first.item.participants)}`,
          )
        : null,
    );
    return frag;
  }
  append(
    frag,
    h(
      'div',
      { class: 'ros-remaining-row' },
      h(
        'p',
        {
          class: 'ros-remaining',
          'data-testid': 'run-of-show.remaining',
          'data-warning': view.warning,
          'data-over': String(view.over),
        },
        renderTickingText('ros-remaining-value', view.remaining),
        h('span', { class: 'ros-remaining-unit' }, view.over ? ' over' : ' left'),
      ),
      view.lateness
        ? h(
            'span',
            {
              class: 'ros-lateness',
              'data-testid': 'run-of-show.lateness',
              'data-warning': view.latenessWarning,
            },
            view.lateness,
          )
        : null,
    ),
    view.wrap
      ? h('p', { class: 'ros-wrap', 'data-testid': 'run-of-show.wrap-by' }, view.wrap)
      : null,
    renderMeter({
      fraction: view.percent / 100,
      level: view.warning,
      label: `${view.segment.item.label}: time used`,
    }),
  );
  return frag;
}

/**
 * The main panel's head (what is on, who, since when), redrawn when that changes; it is
 * a part of its own so that a tick redraws only the countdown below it.
 */
export const nowHeadPart = definePart(
  (ctx: RunOfShowContext, moment: ShowMoment) => nowHeadView(nowView(ctx, moment)),
  renderNowHead,
);

/** The main panel's countdown (before the show, or to the hand-over), redrawn every second. */
export const nowCountPart = definePart(
  (ctx: RunOfShowContext, moment: ShowMoment) => nowCountView(nowView(ctx, moment)),
  renderNowCount,
);

/** The main panel as one piece (head and countdown): the countdown before the show, the segment on now, or the end. */
export const nowPart = definePart(nowView, (view) =>
  h(
    'section',
    { class: 'ros-now' },
    renderNowHead(nowHeadView(view)),
    renderNowCount(nowCountView(view)),
  ),
);

/** Drift and projected end, with a warning when the show will run past its end. */
export const pacePart = definePart(
  (ctx: RunOfShowContext, moment: ShowMoment) => {
    const { schedule } = ctx;
    const { frame, tick } = moment;
    return {
      drift:
        tick.driftMs !== null
          ? formatDrift(tick.driftMs)
          : frame.phase === 'before'
            ? 'not started'
            : 'no start recorded',
      pace: tick.pace ?? 'none',
      endLabel: frame.phase === 'after' ? 'End' : frame.tracked ? 'Projected end' : 'Planned end',
      end:
        frame.phase === 'after' && frame.tracked
          ? `ended ${formatClock(tick.projectedEndMs, schedule.zone)}`
          : formatClock(tick.projectedEndMs, schedule.zone),
      overruns: tick.overruns,
      warning:
        tick.overruns && frame.phase !== 'after'
          ? `Runs past the planned end, ${formatTime(schedule.end, schedule.zone)}`
          : null,
    };
  },
  (view) =>
    h(
      'section',
      { class: 'ros-pace', 'aria-label': 'Pace' },
      h(
        'p',
        { class: 'ros-stat', 'data-testid': 'run-of-show.drift', 'data-pace': view.pace },
        h('span', { class: 'ros-stat-label' }, 'Drift'),
        h('span', { class: 'ros-stat-value' }, view.drift),
      ),
      h(
        'p',
        {
          class: 'ros-stat',
          'data-testid': 'run-of-show.projected-end',
          'data-overruns': String(view.overruns),
        },
        h('span', { class: 'ros-stat-label' }, view.endLabel),
        h('span', { class: 'ros-stat-value' }, view.end),
      ),
      view.warning
        ? h(
            'p',
            { class: 'ros-warning', 'data-testid': 'run-of-show.overrun-warning' },
            view.warning,
          )
        : null,
    ),
);

/** Where the show stands, as far as the parts that change only with the state read it. */
export type ShowPlace = Pick<ShowStatus, 'phase' | 'current' | 'next'>;

/** The next segment, its lead and the hand-over cue. */
export const nextPart = definePart(
  (ctx: RunOfShowContext, status: ShowPlace) =>
    status.phase === 'after'
      ? null
      : { schedule: ctx.schedule, current: status.current, next: status.next },
  (view) => {
    if (!view) return null;
    const { schedule, current, next } = view;
    const cue = current
      ? formatHandOver(schedule, current)
      : next
        ? formatHandIn(schedule, next)
        : `${formatTime(schedule.end, schedule.zone)} close the session`;
    if (!next) {
      return h(
        'section',
        { class: 'ros-next', 'data-testid': 'run-of-show.next', 'aria-label': 'Next' },
        h('p', { class: 'ros-label' }, 'Next'),
        h('p', { class: 'ros-next-label' }, 'Close of the session'),
        h('p', { class: 'ros-cue' }, `Cue: ${cue}`),
      );
    }
    const lead = getLead(next);
    return h(
      'section',
      {
        class: 'ros-next',
        'data-testid': 'run-of-show.next',
        'data-segment': next.id,
        'aria-label': 'Next',
      },
      h('p', { class: 'ros-label' }, `Next · planned ${formatTime(next.start, schedule.zone)}`),
      h('p', { class: 'ros-next-label' }, next.item.label),
      lead
        ? h('p', { class: 'ros-people' }, `${formatSpeakerName(lead.speaker)}, ${lead.role}`)
        : null,
      h('p', { class: 'ros-cue' }, `Cue: ${cue}`),
    );
  },
);

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
    { class: 'cue-actual', 'data-testid': 'run-of-show.actual-start' },
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

/** The warning for a checkpoint coming up or just reached in the segment on now. */
export const checkpointAlertPart = definePart(
  (ctx: RunOfShowContext, moment: ShowMoment) => {
    if (moment.frame.phase !== 'during') return null;
    const alert = getCheckpointAlert(ctx.schedule, moment.frame.current, moment.nowMs);
    if (!alert) return null;
    const { checkpoint } = alert;
    const at = formatTime(checkpoint.at, ctx.schedule.zone);
    return {
      state: alert.state,
      text:
        alert.state === 'soon'
          ? `${checkpoint.label} at ${at}: in ${formatTimer(alert.untilMs)}`
          : `${checkpoint.label}: now (${at})`,
    };
  },
  (view) =>
    view
      ? h(
          'p',
          {
            class: 'ros-checkpoint-alert',
            role: 'status',
            'data-testid': 'run-of-show.checkpoint-alert',
            'data-state': view.state,
          },
          view.text,
        )
      : null,
);

/** The offer to start a segment whose first slide the deck showed before its planned start. */
export const offerPart = definePart(
  (ctx: RunOfShowContext, segment: ScheduledSegment | null, nowMs: number) =>
    segment
      ? {
          segment,
          zone: ctx.schedule.zone,
          early: formatTimeUntil(segment.start.toMillis() - nowMs),
        }
      : null,
  (view) => {
    if (!view) return null;
    const { segment } = view;
    return h(
      'p',
      { class: 'ros-offer', role: 'status', 'data-testid': 'run-of-show.offer' },
      `The deck is on the first slide of ${formatSegmentName(segment)}, ${view.early} before its planned start (${formatTime(segment.start, view.zone)}). Nothing is recorded: press N or “Start ${formatSegmentName(segment)} now” to start it.`,
    );
  },
);

/**
 * The whole programme as a cue list, with planned times in the event's and each speaker's
 * zone. Its view holds the plan itself (redrawn when a re-plan or a record makes a new
 * one), each cue's state, the report's rows, and the minutes to each checkpoint.
 */
export const cueListPart = definePart(
  (ctx: RunOfShowContext, status: ShowPlace, report: readonly SegmentReport[], nowMs: number) => ({
    ctx,
    cues: ctx.schedule.segments.map((segment) => ({
      state: getCueState(segment, status),
      actual: report[segment.index] ?? null,
      until: getSegmentCheckpoints(ctx.schedule, segment.id).map((c) =>
        checkpointUntil(c.at, nowMs),
      ),
    })),
  }),
  (view) => {
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
);

/** Planned against actual for every segment, after the show. */
export function renderReport(
  ctx: RunOfShowContext,
  report: readonly SegmentReport[],
  downloads: readonly HTMLElement[],
  recording: {
    readonly chapters: readonly Chapter[];
    readonly recordingStart: number | null;
    readonly recordingSet: boolean;
  } = { chapters: [], recordingStart: null, recordingSet: false },
): HTMLElement {
  const zone = ctx.schedule.zone;
  const clock = (d: Instant | null): string => (d ? formatClock(d, zone) : 'not recorded');
  return h(
    'section',
    {
      class: 'ros-report',
      'data-testid': 'run-of-show.report',
      'aria-label': 'Planned and actual',
    },
    h('h2', { class: 'ros-section-title' }, 'Planned and actual'),
    h(
      'table',
      { class: 'report-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Segment'),
          h('th', { scope: 'col' }, `Planned (${ctx.schedule.zoneLabel})`),
          h('th', { scope: 'col' }, 'Actual start'),
          h('th', { scope: 'col' }, 'Actual end'),
          h('th', { scope: 'col' }, 'Length'),
          h('th', { scope: 'col' }, 'Against plan'),
        ),
      ),
      h(
        'tbody',
        {},
        report.map((row) =>
          h(
            'tr',
            { 'data-segment': row.segment.id, 'data-testid': 'run-of-show.report-row' },
            h('th', { scope: 'row' }, row.segment.item.label),
            h('td', {}, formatTimeRange(row.plannedStart, row.plannedEnd, zone)),
            h('td', {}, clock(row.actualStart)),
            h('td', {}, clock(row.actualEnd)),
            h('td', {}, row.actualDuration ? formatSeconds(asSeconds(row.actualDuration)) : '—'),
            h('td', {}, row.overrun ? formatOverrun(row.overrun) : '—'),
          ),
        ),
      ),
    ),
    h('p', { class: 'ros-downloads' }, 'Export: ', downloads),
    recording.chapters.length === 0
      ? h(
          'p',
          { class: 'ros-chapters-note', 'data-testid': 'run-of-show.recording-note' },
          'No slide changes were recorded (the deck was not open in this browser), so there are no recording chapters.',
        )
      : recording.recordingStart !== null
        ? h(
            'p',
            { class: 'ros-chapters-note', 'data-testid': 'run-of-show.recording-note' },
            `${recording.chapters.length} chapters from the slide changes, measured from the recording’s start at ${formatClock(fromMillis(recording.recordingStart), zone)} (${recording.recordingSet ? 'set by the host' : 'the show’s first recorded start; press C when the recording starts to set it'}).`,
          )
        : null,
  );
}

function asSeconds(d: { as(unit: 'seconds'): number }): number {
  return Math.round(d.as('seconds'));
}

/** What the deck in this browser shows, or why nothing is known. */
export const deckStatusPart = definePart(
  (ctx: RunOfShowContext, deck: DeckSlideMessage | null, channelAvailable: boolean) =>
    !channelAvailable
      ? {
          linked: false,
          text: 'This browser cannot link to the deck: mark each segment with the buttons.',
        }
      : deck
        ? {
            linked: true,
            text: `Deck: slide ${deck.number} of ${deck.total}${deck.segmentId ? ` · ${ctx.schedule.segments.find((s) => s.id === deck.segmentId)?.item.label ?? deck.segmentId}` : ''}`,
          }
        : {
            linked: false,
            text: 'Deck: not seen yet. Open it in this browser (press R in the deck to open this page).',
          },
  (view) =>
    h(
      'p',
      { class: 'ros-deck', 'data-testid': 'run-of-show.deck', 'data-linked': String(view.linked) },
      view.text,
    ),
);

/** Links to every speaker's page. */
export function renderSpeakerLinks(ctx: RunOfShowContext): HTMLElement {
  return h(
    'nav',
    { class: 'ros-speakers', 'aria-label': 'Speaker pages' },
    h('h2', { class: 'ros-section-title' }, 'Speaker pages'),
    h(
      'ul',
      {},
      ctx.model.speakers.map((s) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: ctx.speakerHref(s.id),
              'data-testid': 'run-of-show.speaker-link',
              'data-speaker': s.id,
            },
            formatSpeakerName(s),
          ),
          ` · ${s.timeZoneLabel}`,
        ),
      ),
    ),
  );
}

/** A slide of the deck as the cue sheet lists it. */
export interface CueSheetSlide {
  readonly id: string;
  readonly title: string;
  readonly segment: string | null;
}

/**
 * The printable cue sheet: one row per segment and checkpoint, Bangkok times, each
 * participant's own time with the zone named, the segment's slides by number and title,
 * the hand-over line, and the speaker links. Nothing on it depends on the moment printed.
 */
export function renderCueSheet(
  ctx: RunOfShowContext,
  slides: readonly CueSheetSlide[],
  linkBase: string,
): HTMLElement {
  const { schedule, model } = ctx;
  const zone = schedule.zone;
  const rows = schedule.segments.flatMap((segment) => {
    const own = slides
      .map((slide, i) => ({ slide, number: i + 1 }))
      .filter(({ slide }) => slide.segment === segment.id);
    const main = h(
      'tr',
      { class: 'sheet-segment', 'data-testid': 'cue-sheet.segment', 'data-segment': segment.id },
      h('td', { class: 'sheet-time' }, formatTimeRange(segment.start, segment.end, zone)),
      h(
        'td',
        {},
        h('strong', {}, segment.item.label),
        h(
          'ul',
          { class: 'sheet-people' },
          segment.item.participants.map((p) =>
            h(
              'li',
              {},
              `${formatSpeakerName(p.speaker)} (${formatRole(p.role).toLowerCase()}): ${formatTimeRange(segment.start, segment.end, p.speaker.timeZone, { instant: segment.start, zone })} ${p.speaker.timeZoneLabel}`,
            ),
          ),
        ),
      ),
      h(
        'td',
        { class: 'sheet-slides' },
        own.map(({ slide, number }) =>
          h('span', { class: 'sheet-slide' }, `${number} ${slide.title}`),
        ),
      ),
      h('td', { class: 'sheet-handover' }, formatHandOver(schedule, segment)),
    );
    const checkpoints = getSegmentCheckpoints(schedule, segment.id).map((c) =>
      h(
        'tr',
        { class: 'sheet-checkpoint', 'data-testid': 'cue-sheet.checkpoint' },
        h('td', { class: 'sheet-time' }, formatTime(c.at, zone)),
        h('td', { colspan: '3' }, `▸ ${c.label}`),
      ),
    );
    return [main, ...checkpoints];
  });
  return h(
    'main',
    { class: 'cue-sheet', 'data-testid': 'cue-sheet.page' },
    h(
      'header',
      { class: 'sheet-header' },
      h('h1', {}, `Cue sheet · ${model.event.series} · Session ${model.event.session}`),
      h(
        'p',
        {},
        `${formatLongDate(schedule.start, zone)} · ${formatTimeRange(schedule.start, schedule.end, zone)} ${schedule.zoneLabel} time (${formatOffset(schedule.start, zone)}) · hard stop ${formatTime(schedule.end, zone)}`,
      ),
    ),
    h(
      'table',
      { class: 'sheet-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, schedule.zoneLabel),
          h('th', { scope: 'col' }, 'Segment and people (their own time)'),
          h('th', { scope: 'col' }, 'Slides'),
          h('th', { scope: 'col' }, 'Hand-over'),
        ),
      ),
      h('tbody', {}, rows),
    ),
    h(
      'p',
      { class: 'sheet-links' },
      'Speaker pages: ',
      model.speakers.map((s, i) => [
        i > 0 ? ' · ' : '',
        h('a', { href: `${linkBase}${ctx.speakerHref(s.id)}` }, formatSpeakerName(s)),
        ` ${linkBase}${ctx.speakerHref(s.id)}`,
      ]),
    ),
  );
}
