/**
 * The background slide.
 */
import { h, type Child } from '../../lib/h.ts';
import { type LayoutContext, renderText } from './layoutContext.ts';

/** The background slide's data: the conventions in a table. */
export function renderBackground(ctx: LayoutContext): Child[] {
  const { conventions } = ctx.model;
  return [
    renderText('h2', {}, ctx.text?.title),
    h(
      'table',
      { class: 'conventions dense', 'data-testid': 'deck.conventions' },
      renderText('caption', {}, ctx.text?.caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Convention'),
          h('th', { scope: 'col' }, 'Adopted'),
          h('th', { scope: 'col' }, 'In force'),
          h('th', { scope: 'col' }, 'States Parties'),
        ),
      ),
      h(
        'tbody',
        {},
        conventions.map((c) =>
          h(
            'tr',
            { 'data-convention': c.id, class: c.scope },
            h(
              'th',
              { scope: 'row' },
              h('span', { class: 'convention-short' }, c.shortName),
              // The two conventions this session is about by their full titles; the others by
              // their region, on the name's line.
              c.statedParties === null
                ? h('span', { class: 'convention-region' }, c.region)
                : h('span', { class: 'convention-title' }, c.title),
            ),
            h('td', {}, String(c.adoptedYear)),
            h('td', {}, c.inForceYear === null ? 'not confirmed' : String(c.inForceYear)),
            // An unknown count shows nothing: a dash reads as a number missing by mistake.
            h('td', {}, c.statedParties === null ? '' : String(c.statedParties)),
          ),
        ),
      ),
    ),
  ];
}
