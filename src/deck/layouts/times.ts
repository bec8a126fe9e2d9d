/**
 * Times on slides: in the event's zone, plus the viewer's when it differs.
 */
import { h } from '../../lib/h.ts';
import { formatTimeRange, formatZoneCity } from '../../time/format.ts';
import type { ScheduledSegment } from '../../show/schedule.ts';
import { isSameClock } from '../../time/zones.ts';
import type { LayoutContext } from './layoutContext.ts';

/** Times in the event's zone, plus the viewer's when it differs. */
export function renderTimes(
  ctx: LayoutContext,
  start: ScheduledSegment['start'],
  end: ScheduledSegment['end'],
  { labelled = true }: { readonly labelled?: boolean } = {},
): HTMLElement {
  const { schedule, viewerZone } = ctx;
  const eventTimes = h(
    'span',
    { class: 'time-event', 'data-testid': 'deck.event-time' },
    formatTimeRange(start, end, schedule.zone),
    labelled ? ` ${schedule.zoneLabel}` : null,
  );
  const viewer = isViewerZoneDifferent(ctx, start)
    ? h(
        'span',
        { class: 'time-viewer', 'data-testid': 'deck.viewer-time' },
        formatTimeRange(start, end, viewerZone, { instant: start, zone: schedule.zone }),
        labelled ? ` your time (${formatZoneCity(viewerZone)})` : null,
      )
    : null;
  // The instants and the label choice let the page add the viewer's time after the first
  // paint onto the element the build rendered (src/deck/addViewerTimes.ts).
  return h(
    'span',
    {
      class: 'times',
      'data-start': start.toISO(),
      'data-end': end.toISO(),
      'data-labelled': labelled,
    },
    eventTimes,
    viewer,
  );
}

/** Whether the viewer's zone shows `at` at another offset than the event's zone. */
export function isViewerZoneDifferent(ctx: LayoutContext, at: ScheduledSegment['start']): boolean {
  return !isSameClock(ctx.viewerZone, ctx.schedule.zone, at);
}
