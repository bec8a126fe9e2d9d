/**
 * The background slide.
 */
import { h, type Child } from '../../lib/h.ts';
import { renderTableHead } from '../../lib/renderTableHead.ts';
import { type LayoutContext, renderText } from './layoutContext.ts';

/**
 * A cell with its column's header in it, shown only where the table reads as cards (a
 * phone's reading view, deck.css), in which the header row is gone. An empty cell stays
 * empty, so that the card leaves it out.
 */
function renderCell(header: string, value: string): HTMLElement {
  return value === ''
    ? h('td', {})
    : h('td', {}, h('span', { class: 'cell-label' }, header), value);
}

/** The background slide's data: the conventions in a table. */
export function renderBackground(ctx: LayoutContext): Child[] {
  const { conventions } = ctx.model;
  return [
    renderText('h2', {}, ctx.text?.title),
    h(
      'table',
      { class: 'conventions dense', 'data-testid': 'deck.conventions' },
      renderText('caption', {}, ctx.text?.caption),
      renderTableHead(['Convention', 'Adopted', 'In force', 'States Parties']),
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
            renderCell('Adopted', String(c.adoptedYear)),
            renderCell(
              'In force',
              c.inForceYear === null ? 'not confirmed' : String(c.inForceYear),
            ),
            // An unknown count shows nothing: a dash reads as a number missing by mistake.
            renderCell('States Parties', c.statedParties === null ? '' : String(c.statedParties)),
          ),
        ),
      ),
    ),
  ];
}
