/**
 * The printed cue sheet: every segment with its cues and slides, on paper.
 */
import { h } from '../lib/h.ts';
import { getSegmentCheckpoints } from '../show/checkpoints.ts';
import { formatHandOver, formatRole, formatSpeakerName } from '../show/cues.ts';
import { formatLongDate, formatOffset, formatTime, formatTimeRange } from '../time/format.ts';
import type { RunOfShowContext } from './runOfShowContext.ts';

/** A slide of the deck as the cue sheet lists it. */
export interface CueSheetSlide {
  readonly id: string;
  readonly title: string;
  readonly segment: string | null;
}

/**
 * The printable cue sheet: one row per segment and checkpoint, in the event’s zone, each
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
