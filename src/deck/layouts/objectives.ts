/**
 * The objectives and the gains slides: the event's lists from the model.
 */
import { h, type Child } from '../../lib/h.ts';
import { type LayoutContext, renderText } from './layoutContext.ts';

/** The objectives slide's data: the event's objectives. */
export function renderObjectives(ctx: LayoutContext): Child[] {
  return [
    renderText('h2', {}, ctx.text?.title),
    renderText('p', { class: 'lead' }, ctx.text?.lead),
    h(
      'ol',
      { class: 'objectives', 'data-testid': 'deck.objectives' },
      // The slide says each objective in a few words; the handout and the scroll view, in full.
      ctx.model.content.objectives.map((o, i) =>
        h(
          'li',
          {},
          h('span', { class: 'objective-short' }, ctx.model.content.objectiveHeadlines[i] ?? o),
          h('span', { class: 'objective-full' }, o),
        ),
      ),
    ),
  ];
}

/** The gains slide's data: what attendees take away. */
export function renderGains(ctx: LayoutContext): Child[] {
  const { content } = ctx.model;
  return [
    renderText('h2', {}, ctx.text?.title),
    // The slide says it in a line; the handout and the scroll view, in full.
    h(
      'p',
      { class: 'lead' },
      h('span', { class: 'objective-short' }, content.whyAttendHeadline),
      h('span', { class: 'objective-full' }, content.whyAttend),
    ),
    renderText('h3', {}, ctx.text?.subtitle),
    h(
      'ul',
      { class: 'gains dense' },
      content.gains.map((g) => h('li', {}, g)),
    ),
  ];
}
