/**
 * A speaker page's heading: who, and in which zone.
 */
import { h } from '../../lib/h.ts';
import { formatSpeakerName } from '../../show/cues.ts';
import { formatOffset, formatZoneCity } from '../../time/format.ts';
import type { SpeakerContext } from '../speakerContext.ts';
import { isSameClock } from '../../time/zones.ts';

/** The page's heading: who, and in which zone. */
export function renderSpeakerHeader(ctx: SpeakerContext): HTMLElement {
  const { speaker, model, schedule } = ctx;
  const viewerDiffers = !isSameClock(ctx.viewerZone, speaker.timeZone, schedule.start);
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
