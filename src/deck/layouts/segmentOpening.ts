/**
 * The slide that opens a segment.
 */
import { h, type Child } from '../../lib/h.ts';
import { formatMinutes } from '../../time/format.ts';
import type { LayoutContext } from './layoutContext.ts';
import { renderTimes } from './times.ts';
import { renderPerson } from './people.ts';

/** A segment's opening slide's data: its title, times and people. */
export function renderSegmentOpening(ctx: LayoutContext): Child[] {
  const { segment } = ctx;
  if (!segment) return [];
  return [
    h(
      'p',
      { class: 'kicker' },
      renderTimes(ctx, segment.start, segment.end),
      ` · ${formatMinutes(segment.duration)}`,
    ),
    // Say each thing once: a segment whose title is its label ("Wrap up") shows it once.
    segment.item.title !== segment.item.label
      ? h('p', { class: 'segment-label' }, segment.item.label)
      : null,
    h('h2', { class: 'segment-title' }, segment.item.title),
    h('ul', { class: 'people' }, segment.item.participants.map(renderPerson)),
  ];
}
