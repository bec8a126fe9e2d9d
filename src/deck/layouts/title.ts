/**
 * The title slide.
 */
import { h, type Child } from '../../lib/h.ts';
import { formatLongDate } from '../../time/format.ts';
import type { LayoutContext } from './layoutContext.ts';
import { renderUnbrokenHyphens } from './people.ts';
import { renderTimes } from './times.ts';
import { renderOrganisers } from './organisers.ts';

/** The title slide's data: the event's title, date and organisers. */
export function renderTitle(ctx: LayoutContext): Child[] {
  const { event } = ctx.model;
  return [
    h('p', { class: 'kicker' }, event.sessionLabel),
    h('h1', { class: 'deck-title' }, renderUnbrokenHyphens(event.title)),
    h(
      'p',
      { class: 'title-when' },
      `${formatLongDate(event.start, event.timeZone)} · `,
      renderTimes(ctx, event.start, event.end),
    ),
    h(
      'p',
      { class: 'title-format' },
      `${event.format} · ${event.languages.join(', ')} · for ${event.audience.charAt(0).toLowerCase()}${event.audience.slice(1)}`,
    ),
    // Who hosts it, once: the organisers along the foot, as on the holding and closing slides.
    renderOrganisers(event),
  ];
}
