/**
 * The holding slide shown before the show starts.
 */
import { h, type Child } from '../../lib/h.ts';
import { renderEventHeading } from './eventHeading.ts';
import type { LayoutContext } from './layoutContext.ts';
import { renderOrganisers } from './organisers.ts';

/** The holding slide's data: the title, the start in the event's and the viewer's zone. */
export function renderHolding(ctx: LayoutContext): Child[] {
  const { event } = ctx.model;
  return [
    ...renderEventHeading(ctx, {
      title: { class: 'holding-title' },
      when: { class: 'holding-when', 'data-testid': 'deck.holding-when' },
    }),
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
