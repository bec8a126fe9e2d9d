/**
 * The rehearsal's clock on a speaker's page.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { renderMeter, toMeterPercent } from '../../lib/renderMeter.ts';
import { getWarningOfMs } from '../../show/drift.ts';
import { formatClock, formatTimer, nextClockChange } from '../../time/format.ts';
import type { ScheduledSegment } from '../../show/schedule.ts';
import type { SpeakerContext } from '../speakerContext.ts';
import { isSameClock } from '../../time/zones.ts';

/**
 * The live part of the rehearsal panel: time left, the bar, and the rehearsal clock in the
 * speaker's own time first and then the event's, each with its zone named (one, named,
 * when the two read the same). `runningOffsetMs` is, while the clock runs, how far it reads
 * from the page's clock (`null` at rest or paused, when it stands still).
 */
export const rehearsalClockPart = definePart({
  view: (
    ctx: SpeakerContext,
    segment: ScheduledSegment,
    rehearsalNowMs: number,
    runningOffsetMs: number | null = null,
  ) => {
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
      running: runningOffsetMs !== null,
      offsetMs: runningOffsetMs ?? 0,
    };
  },
  // It runs at the page clock's pace: its next second, on the page's clock. The time left
  // turns with it, as the segment ends on a whole second.
  nextChange: ({ running, offsetMs }, nowMs) =>
    running ? nextClockChange(nowMs + offsetMs) - offsetMs : Infinity,
  render: (view) =>
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
});
