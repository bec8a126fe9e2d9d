/**
 * The run-of-show's main panel: the countdown before the show, the segment on now with
 * the time left to its hand-over, a gap, or the end.
 */
import type { Participant } from '../../../data/types.ts';
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { renderMeter, toMeterPercent } from '../../lib/renderMeter.ts';
import { formatSegmentRef, formatSpeakerName } from '../../show/cues.ts';
import { getPaceOfMs, type ShowMoment, type Warning } from '../../show/drift.ts';
import {
  formatClock,
  formatCountdown,
  formatLateness,
  formatOverrun,
  formatTime,
  formatTimer,
  formatTimeUntil,
  nextStep,
  nextTimerChange,
  nextTimeUntilChange,
} from '../../time/format.ts';
import type { ScheduledSegment } from '../../show/schedule.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

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
      /** The show's planned start, which `countdown` counts to. */
      readonly startMs: number;
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
      /** The hand-over, which `remaining` counts to. */
      readonly handOverMs: number;
      /** The start `wrap` counts the time used from, while it does. */
      readonly usedFromMs: number | null;
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
      startMs: frame.startMs,
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
  const handOver = formatTime(current.end, schedule.zone);
  const startedMs = frame.tracked ? frame.currentStartMs : null;
  const usedFromMs = over && lateness !== null ? startedMs : null;
  return {
    phase: 'on',
    segment: current,
    started:
      startedMs !== null
        ? ` · started ${formatClock(startedMs, schedule.zone)}`
        : ' · by the clock (no start recorded)',
    warning: tick.warning,
    over,
    remaining: `${over ? '+' : ''}${formatTimer(tick.remainingMs)}`,
    handOverMs: frame.handOverMs ?? current.end.toMillis(),
    usedFromMs,
    lateness: lateness !== null ? `Started ${formatLateness(lateness)}` : null,
    latenessWarning: tick.latenessWarning,
    // One story with the countdown: a late segment is on course while it wraps by its
    // hand-over; once that has passed, the only cue is to hand over, and the figures add up
    // (started 6:00 late + 4:00 used − 5:00 planned = 5:00 past the hand-over).
    wrap: over
      ? `Hand over now (the hand-over was ${handOver})${
          lateness !== null && usedFromMs !== null
            ? ` · started ${formatLateness(lateness)}, ${formatCountdown(moment.nowMs - usedFromMs)} used of its ${formatCountdown(current.duration)}`
            : ''
        }`
      : lateness !== null
        ? `On course: wrap ${formatSegmentRef(current)} by ${handOver}`
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
        h('span', { class: 'ros-remaining-unit' }, view.over ? ' past hand-over' : ' left'),
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
      ? h(
          'p',
          {
            class: 'ros-wrap',
            'data-testid': 'run-of-show.wrap-by',
            'data-warning': view.over ? 'red' : 'amber',
          },
          view.wrap,
        )
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
export const nowHeadPart = definePart({
  view: (ctx: RunOfShowContext, moment: ShowMoment) => nowHeadView(nowView(ctx, moment)),
  render: renderNowHead,
});

/**
 * When the countdown's view next changes, as it is formatted: the show's countdown as
 * `formatTimeUntil` turns; the time left as `formatTimer` turns (its warning and bar with
 * it), and the time used once the segment runs over.
 */
function nextNowCountChange(view: ReturnType<typeof nowCountView>, nowMs: number): number {
  if (!view) return Infinity;
  if (view.phase === 'before') return nextTimeUntilChange(view.startMs, nowMs);
  const used = view.usedFromMs !== null ? nextStep(view.usedFromMs, nowMs, 1000) : Infinity;
  return Math.min(nextTimerChange(view.handOverMs, nowMs), used);
}

/** The main panel's countdown (before the show, or to the hand-over), redrawn every second. */
export const nowCountPart = definePart({
  view: (ctx: RunOfShowContext, moment: ShowMoment) => nowCountView(nowView(ctx, moment)),
  render: renderNowCount,
  nextChange: nextNowCountChange,
});

/** The main panel as one piece (head and countdown): the countdown before the show, the segment on now, or the end. */
export const nowPart = definePart({
  view: nowView,
  render: (view) =>
    h(
      'section',
      { class: 'ros-now' },
      renderNowHead(nowHeadView(view)),
      renderNowCount(nowCountView(view)),
    ),
});
