/**
 * The rehearsal's clock on a speaker's page.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { renderMeter, toMeterPercent } from '../../lib/renderMeter.ts';
import { getWarningOfMs } from '../../show/drift.ts';
import { formatClock, formatTimer } from '../../time/format.ts';
import type { ScheduledSegment } from '../../time/schedule.ts';
import type { SpeakerContext } from '../speakerContext.ts';
import { isSameClock } from '../../time/zones.ts';

/**
 * The live part of the rehearsal panel: time left, the bar, and the rehearsal clock in the
 * speaker's own time first and then the event's, each with its zone named (one, named,
 * when the two read the same).
 */
export const rehearsalClockPart = definePart({
  view: (ctx: SpeakerContext, segment: ScheduledSegment, rehearsalNowMs: number) => {
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
