/**
 * The run-of-show's big clock and its caption: the time, zone, date and offset.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import {
  formatClock,
  formatOffset,
  formatShortDate,
  formatUtcSecond,
  nextClockChange,
  nextMinuteChange,
} from '../../time/format.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

/**
 * The big clock in the event's zone, to the second: its text is all that changes. `runs` is
 * false while a rehearsal clock stands still (paused or not started), when it cannot change.
 */
export const clockTimePart = definePart({
  view: (ctx: RunOfShowContext, nowMs: number, runs: boolean) => ({
    iso: formatUtcSecond(nowMs),
    text: formatClock(nowMs, ctx.schedule.zone),
    runs,
  }),
  render: (view) =>
    h(
      'time',
      { class: 'ros-clock', 'data-testid': 'run-of-show.clock', datetime: view.iso },
      view.text,
    ),
  // A tick sets the text and the machine-readable time, nothing else.
  patch: (node, view) => {
    const text = node.firstChild;
    if (!(node instanceof HTMLTimeElement) || !text || text.nodeType !== Node.TEXT_NODE)
      return false;
    text.nodeValue = view.text;
    node.dateTime = view.iso;
    return true;
  },
  nextChange: (view, nowMs) => (view.runs ? nextClockChange(nowMs) : Infinity),
});

/** The clock's zone, date and offset, which change at most once a minute. */
export const clockCaptionPart = definePart({
  view: (ctx: RunOfShowContext, nowMs: number) => {
    const { zone, zoneLabel } = ctx.schedule;
    return {
      text: `${zoneLabel} time · ${formatShortDate(nowMs, zone)} · ${formatOffset(nowMs, zone)}`,
      rehearsal: ctx.mode === 'rehearsal',
    };
  },
  render: (view) =>
    h(
      'p',
      { class: 'ros-clock-caption' },
      view.text,
      view.rehearsal ? h('span', { class: 'ros-badge' }, 'Rehearsal clock') : null,
    ),
  nextChange: (_view, nowMs) => nextMinuteChange(nowMs),
});
