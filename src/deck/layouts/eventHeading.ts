/**
 * How the cover slides open: the session label, the event's title, and its date with the
 * start and end times. The title slide and the holding slide both open this way, so it is
 * written once; each styles its title and date with classes of its own.
 */
import { h, type Attrs, type Child } from '../../lib/h.ts';
import { formatLongDate } from '../../time/format.ts';
import type { LayoutContext } from './layoutContext.ts';
import { renderUnbrokenHyphens } from './people.ts';
import { renderTimes } from './times.ts';

/** The attributes of the heading's title and of its date line, as each slide styles them. */
export interface EventHeadingAttrs {
  readonly title: Attrs;
  readonly when: Attrs;
}

/**
 * The session label, the event's title and its date with times, in the event's zone and the
 * viewer's.
 * @example renderEventHeading(ctx, { title: { class: 'deck-title' }, when: { class: 'title-when' } })
 */
export function renderEventHeading(ctx: LayoutContext, attrs: EventHeadingAttrs): Child[] {
  const { event } = ctx.model;
  return [
    h('p', { class: 'kicker' }, event.sessionLabel),
    h('h1', attrs.title, renderUnbrokenHyphens(event.title)),
    h(
      'p',
      attrs.when,
      `${formatLongDate(event.start, event.timeZone)} · `,
      renderTimes(ctx, event.start, event.end),
    ),
  ];
}
