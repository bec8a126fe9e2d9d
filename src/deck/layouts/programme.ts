/**
 * The programme slide: every segment with its times and people.
 */
import { h, type Child } from '../../lib/h.ts';
import { formatZoneCity } from '../../time/format.ts';
import { formatSpeakerName } from '../../show/cues.ts';
import { type LayoutContext, renderText } from './layoutContext.ts';
import { isViewerZoneDifferent, renderTimes } from './times.ts';

/** The programme's caption, which names the viewer's zone when it differs from the event's. */
export function renderProgrammeCaption(ctx: LayoutContext): HTMLElement {
  const { schedule } = ctx;
  const caption = isViewerZoneDifferent(ctx, schedule.start)
    ? `Times in ${schedule.zoneLabel} time, with your time (${formatZoneCity(ctx.viewerZone)}) below`
    : `Times in ${schedule.zoneLabel} time`;
  return h('p', { class: 'programme-caption' }, caption);
}

/** The programme slide's data: every segment with its times and people. */
export function renderProgramme(ctx: LayoutContext): Child[] {
  const { schedule } = ctx;
  return [
    renderText('h2', {}, ctx.text?.title),
    renderProgrammeCaption(ctx),
    h(
      'ol',
      { class: 'programme', 'data-testid': 'deck.programme' },
      schedule.segments.map((segment) =>
        h(
          'li',
          { class: 'programme-item', 'data-segment': segment.id },
          renderTimes(ctx, segment.start, segment.end, { labelled: false }),
          h('span', { class: 'programme-label' }, segment.item.label),
          segment.item.title !== segment.item.label
            ? h('span', { class: 'programme-title' }, segment.item.title)
            : null,
          h(
            'span',
            { class: 'programme-people' },
            segment.item.participants
              .map(
                (p) =>
                  `${p.role === 'moderator' ? 'Moderator: ' : ''}${formatSpeakerName(p.speaker)}`,
              )
              .join(' · '),
          ),
        ),
      ),
    ),
  ];
}
