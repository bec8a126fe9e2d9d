/**
 * The holding slide shown before the show starts.
 */
import { h, type Child } from '../../lib/h.ts';
import { formatLongDate } from '../../time/format.ts';
import type { LayoutContext } from './layoutContext.ts';
import { renderUnbrokenHyphens } from './people.ts';
import { renderTimes } from './times.ts';
import { renderOrganisers } from './organisers.ts';

/** The holding slide's data: the title, the start in the event's and the viewer's zone. */
export function renderHolding(ctx: LayoutContext): Child[] {
  const { event } = ctx.model;
  return [
    h('p', { class: 'kicker' }, event.sessionLabel),
    h('h1', { class: 'holding-title' }, renderUnbrokenHyphens(event.title)),
    h(
      'p',
      { class: 'holding-when', 'data-testid': 'deck.holding-when' },
      `${formatLongDate(event.start, event.timeZone)} · `,
      renderTimes(ctx, event.start, event.end),
    ),
    // Filled and kept live by CountdownController; empty when scripts don't run.
    h('p', { class: 'holding-countdown', 'data-testid': 'deck.countdown' }),
    renderOrganisers(event),
    h(
      'ul',
      { class: 'housekeeping' },
      event.housekeeping.map((line) => h('li', {}, line)),
    ),
  ];
}
