/**
 * The table alternative to the map: one row per State Party, with each convention's
 * dates and sources. Pure: model in, DOM out. `SortableTable` makes its headers sort it.
 * No d3 here, so the deck renders it up front for screen readers and print.
 */
import type { Membership, Model, PartyState, StatesPartiesList } from '../../data/types.ts';
import { h } from '../lib/h.ts';
import { formatCalendarDate } from '../time/format.ts';
import { formatDeposit, formatInForce } from './describeParty.ts';

/** Sort keys the table's headers offer; `date-i` is the i-th convention's deposit date. */
export type PartiesSortKey = 'name' | 'conventions' | `date-${number}`;

function sortButton(label: string): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'sort-button' },
    label,
    h('span', { class: 'sort-icon', 'aria-hidden': 'true' }),
  );
}

function renderMembershipCell(state: PartyState, membership: Membership | undefined): HTMLElement {
  if (!membership) {
    return h(
      'td',
      { class: 'parties-table-none' },
      h('span', { class: 'visually-hidden' }, 'Not a party'),
      '—',
    );
  }
  const { party } = membership;
  const inForce = formatInForce(membership);
  const notes = [
    party.deposit.note,
    party.entryIntoForce.date ? null : party.entryIntoForce.note,
  ].filter((n): n is string => Boolean(n));
  return h(
    'td',
    { class: 'parties-table-dates' },
    // The column's header, repeated in the cell: shown only where the table reads as a list
    // (a phone's reading view), in which the headers are gone.
    h('span', { class: 'parties-table-cell-label' }, membership.convention.shortName),
    h('span', { class: 'parties-table-deposit' }, formatDeposit(membership)),
    inForce ? h('span', { class: 'parties-table-in-force' }, inForce) : null,
    notes.map((n) => h('span', { class: 'parties-table-note' }, n)),
    h(
      'span',
      { class: 'parties-table-sources' },
      'Sources: ',
      party.sources.map((source, i) => [
        i > 0 ? ' ' : null,
        h(
          'a',
          {
            href: source.url,
            title: source.note,
            'aria-label': `Source ${i + 1} for ${state.name}, ${membership.convention.shortName}`,
          },
          String(i + 1),
        ),
      ]),
    ),
  );
}

/** The deposit date as `YYYY-MM-DD` for sorting, or "" when unknown. */
function depositKey(membership: Membership | undefined): string {
  return membership?.party.deposit.date?.toISODate() ?? '';
}

/**
 * The line under the compact (printed) table: what the marks mean, and where the notes left
 * out are, for a reader holding paper.
 * @example formatCompactNote(model) // "“(inferred)”: worked out from a stated date with the convention’s rule. Notes on uncertain dates are left out of this table; the online version of these slides gives them."
 */
export function formatCompactNote(model: Model): string {
  const slides = model.event.followUp?.slidesUrl;
  const where = slides
    ? `the slides online at ${slides} give them`
    : 'the online version of these slides gives them';
  return `“(inferred)”: worked out from a stated date with the convention’s rule. Notes on uncertain dates are left out of this table; ${where}.`;
}

/** Renders the table of every State Party, sorted by name. */
export function renderPartiesTable(model: Model): HTMLElement {
  const { lists, states } = model.statesParties;
  const membershipIn = (state: PartyState, list: StatesPartiesList): Membership | undefined =>
    state.memberships.find((m) => m.convention.id === list.convention.id);
  const asOf = lists[0] ? formatCalendarDate(lists[0].asOf, 'day', 'long') : '';
  return h(
    'div',
    {
      class: 'parties-table-wrap',
      role: 'region',
      'aria-label': 'States Parties table',
      tabindex: 0,
    },
    h(
      'table',
      { class: 'parties-table', 'data-testid': 'map-table' },
      h('caption', {}, `States Parties as of ${asOf}, with the date each deposited its instrument`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'col', 'data-sort-key': 'name', 'aria-sort': 'ascending' },
            sortButton('State'),
          ),
          h('th', { scope: 'col', 'data-sort-key': 'conventions' }, sortButton('Conventions')),
          lists.map((list, i) =>
            h(
              'th',
              { scope: 'col', 'data-sort-key': `date-${i}` },
              sortButton(list.convention.shortName),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        states.map((state) => {
          const memberships = lists.map((list) => membershipIn(state, list));
          const attrs: Record<string, string> = {
            'data-iso': state.isoNumeric,
            'data-testid': 'map-table.row',
            'data-sort-name': state.name,
            'data-sort-conventions': memberships
              .flatMap((m, i) => (m ? [String(i)] : []))
              .join(' '),
          };
          memberships.forEach((m, i) => (attrs[`data-sort-date-${i}`] = depositKey(m)));
          return h(
            'tr',
            attrs,
            h('th', { scope: 'row' }, state.name),
            h(
              'td',
              { class: 'parties-table-conventions' },
              state.memberships.map((m) => h('span', {}, m.convention.shortName)),
            ),
            memberships.map((m) => renderMembershipCell(state, m)),
          );
        }),
      ),
    ),
    // Shown only where the table is compact (the handout), which leaves the notes out: on
    // paper it points to what a reader can follow, the slides' address when it is known.
    h('p', { class: 'parties-table-compact-note' }, formatCompactNote(model)),
  );
}
