/**
 * The title slide.
 */
import { h, type Child } from '../../lib/h.ts';
import { renderEventHeading } from './eventHeading.ts';
import type { LayoutContext } from './layoutContext.ts';
import { renderOrganisers } from './organisers.ts';

/** The title slide's data: the event's title, date and organisers. */
export function renderTitle(ctx: LayoutContext): Child[] {
  const { event } = ctx.model;
  return [
    ...renderEventHeading(ctx, {
      title: { class: 'deck-title' },
      when: { class: 'title-when' },
    }),
    h(
      'p',
      { class: 'title-format' },
      `${event.format} · ${event.languages.join(', ')} · for ${event.audience.charAt(0).toLowerCase()}${event.audience.slice(1)}`,
    ),
    // Who hosts it, once: the organisers along the foot, as on the holding and closing slides.
    renderOrganisers(event),
  ];
}
