/**
 * The data-driven part of the two States Parties slides: the map's layout (its frame, legend,
 * source line and steps) and the table slide's overview. Pure: model in, DOM nodes out, and
 * free of d3, so that the deck renders them before the map's code has loaded (and at build
 * time). The map itself is drawn into the frame later, by `mountMap`.
 */
import type { Model, PartyState, StatesPartiesList } from '../../data/types.ts';
import { h, type Child } from '../lib/h.ts';
import { formatCalendarDate } from '../time/format.ts';
import { MAP_STEP_BOTH, MAP_STEP_FOCUS } from './mapSteps.ts';

/**
 * What the map shows, in full, for the notes and the handout: for each convention, how many
 * of the States Parties the announcement states are shown, and the date the lists are true for.
 * @example formatPartiesCaption(lists) // "Lima Convention: 3 of the 5 States Parties stated in May 2031 are shown; 2 could not be confirmed from public sources. Oslo Convention: all 4 States Parties are shown. Status as of 3 May 2031."
 */
export function formatPartiesCaption(lists: readonly StatesPartiesList[]): string {
  const sameDay = lists.every((l) => l.asOf.equals(lists[0]!.asOf));
  const asOf = (l: StatesPartiesList): string => formatCalendarDate(l.asOf, 'day', 'long');
  const sentences = lists.map((list) => {
    const name = list.convention.shortName;
    const shown = list.parties.length;
    const stated = list.convention.statedParties;
    const when = sameDay ? '' : ` as of ${asOf(list)}`;
    if (stated === null) return `${name}: ${shown} States Parties are shown${when}.`;
    if (list.missing === 0) return `${name}: all ${shown} States Parties are shown${when}.`;
    return `${name}: ${shown} of the ${stated} States Parties stated in ${formatCalendarDate(list.asOf, 'month', 'long')} are shown${when}; ${list.missing} could not be confirmed from public sources.`;
  });
  if (sameDay && lists[0]) sentences.push(`Status as of ${asOf(lists[0])}.`);
  return sentences.join(' ');
}

/**
 * The one small source line the projected slides carry while a list is short of the count the
 * announcement states, or `null` once every list is complete (the line then disappears).
 * @example formatSourceLine(lists) // "Global Convention: 12 of 40 Parties shown: those confirmed from public sources, as of 14 Mar 2030"
 */
export function formatSourceLine(lists: readonly StatesPartiesList[]): string | null {
  const short = lists.filter((l) => l.missing > 0 && l.convention.statedParties !== null);
  if (short.length === 0) return null;
  const counts = short.map((l) => {
    const counted = `${l.parties.length} of ${l.convention.statedParties} Parties shown`;
    return short.length === 1 && lists.length === 1
      ? counted
      : `${l.convention.shortName}: ${counted}`;
  });
  const asOf = formatCalendarDate(short[0]!.asOf, 'day');
  return `${counts.join('; ')}: those confirmed from public sources, as of ${asOf}`;
}

/** Which of the first two conventions a State is party to: "0", "1" or "both". */
export function partyCategory(state: PartyState, lists: readonly StatesPartiesList[]): string {
  const ids = state.memberships.map((m) => m.convention.id);
  const inList = [0, 1].filter((i) => lists[i] && ids.includes(lists[i].convention.id));
  return inList.length === 2 ? 'both' : String(inList[0] ?? '');
}

/**
 * The short tag that names a category without colour, on the legend and on the map's labels:
 * the conventions' initials ("G", "T", "G+T"), or their numbers when two share an initial.
 * @example formatCategoryTag('both', lists) // "G+T"
 */
export function formatCategoryTag(category: string, lists: readonly StatesPartiesList[]): string {
  const initials = lists.slice(0, 2).map((l) => l.convention.shortName.charAt(0).toUpperCase());
  const tags =
    new Set(initials).size === initials.length ? initials : initials.map((_, i) => String(i + 1));
  return category === 'both' ? tags.join('+') : (tags[Number(category)] ?? '');
}

function renderSourceLine(lists: readonly StatesPartiesList[], testId: string): Child {
  const line = formatSourceLine(lists);
  return line ? h('p', { class: 'map-source-line', 'data-testid': testId }, line) : null;
}

/**
 * The explanation the projected slide leaves out: printed in the handout and read in the
 * scroll view, hidden on the projected slide (map.css).
 */
function renderFullCaption(lists: readonly StatesPartiesList[], testId: string): Child {
  return h('p', { class: 'map-full-caption', 'data-testid': testId }, formatPartiesCaption(lists));
}

/** Renders the map slide's layout: the frame the map is drawn into, legend, steps, source line. */
export function renderMapLayout(model: Model): Child[] {
  const { statesParties } = model;
  // The map tells two conventions apart (each alone, and both); more would need more categories.
  const lists = statesParties.lists.slice(0, 2);
  const count = (category: string): number =>
    statesParties.states.filter((s) => partyCategory(s, lists) === category).length;
  const categories = [
    ...lists.map((l, i) => ({ key: String(i), label: `${l.convention.shortName} only` })),
    ...(lists.length === 2 ? [{ key: 'both', label: 'Both conventions' }] : []),
  ];
  const both = count('both');
  return [
    h(
      'div',
      {
        class: 'map-layout',
        'data-testid': 'map.layout',
        'data-conventions': lists.map((l) => l.convention.id).join(' '),
      },
      h(
        'figure',
        { class: 'map-figure' },
        h(
          'div',
          { class: 'map', 'data-testid': 'map', 'data-state': 'loading' },
          h('p', { class: 'map-loading' }, 'Loading the map…'),
        ),
        h(
          'figcaption',
          { class: 'map-caption' },
          renderSourceLine(statesParties.lists, 'map.caption'),
          renderFullCaption(statesParties.lists, 'map.full-caption'),
        ),
      ),
      h(
        'div',
        { class: 'map-side' },
        h(
          'ul',
          { class: 'map-legend', 'data-testid': 'map.legend', 'aria-label': 'Legend' },
          categories.map((c) =>
            h(
              'li',
              { class: `map-legend-item cat-${c.key}`, 'data-category': c.key },
              h(
                'span',
                { class: 'map-swatch', 'aria-hidden': 'true' },
                formatCategoryTag(c.key, lists),
              ),
              h('span', { class: 'map-legend-label' }, c.label),
              h('span', { class: 'map-legend-count' }, String(count(c.key))),
            ),
          ),
        ),
        h(
          'ol',
          { class: 'map-steps', 'data-testid': 'map.steps' },
          // The slide opens on the first convention's Parties, not on an empty world: its
          // step is no fragment. Each later step is one.
          lists.map((l, i) =>
            h(
              'li',
              {
                class: i === 0 ? 'map-step map-step-first' : 'fragment map-step',
                'data-map-step': l.convention.id,
              },
              `${l.convention.shortName}: ${l.parties.length} States Parties`,
            ),
          ),
          lists.length === 2
            ? h(
                'li',
                { class: 'fragment map-step', 'data-map-step': MAP_STEP_BOTH },
                `${both} ${both === 1 ? 'State is' : 'States are'} party to both`,
              )
            : null,
          h(
            'li',
            { class: 'fragment map-step', 'data-map-step': MAP_STEP_FOCUS },
            `Closer: ${statesParties.view.focus.label}`,
          ),
        ),
        // MapController shows this and switches explore mode; without scripts it stays hidden.
        h(
          'button',
          { type: 'button', class: 'map-explore', 'data-testid': 'map.explore', hidden: true },
          'Explore States',
        ),
      ),
    ),
  ];
}

/** At most this many names a column in the table slide's overview (28 px at 1080p). */
const OVERVIEW_ROWS = 12;

/**
 * Renders the table slide: a compact overview in which every State fits at once, names
 * grouped by convention in columns. Dates, notes and sources are in the full table, which
 * the page adds in the scroll view and the handout (the slot), never on the projected slide.
 */
export function renderPartiesOverview(model: Model): Child[] {
  const { statesParties } = model;
  const lists = statesParties.lists.slice(0, 2);
  const groups = [
    ...lists.map((l, i) => ({ key: String(i), title: `${l.convention.shortName} only` })),
    ...(lists.length === 2 ? [{ key: 'both', title: 'Both conventions' }] : []),
  ].map((g) => ({
    ...g,
    states: statesParties.states.filter((s) => partyCategory(s, lists) === g.key),
  }));
  return [
    h(
      'div',
      { class: 'parties-overview', 'data-testid': 'map-table.overview' },
      groups.map((g) =>
        // A div, not a section: reveal.js takes a section inside a slide for a vertical slide.
        h(
          'div',
          {
            role: 'group',
            class: `parties-group cat-${g.key}`,
            'data-category': g.key,
            'aria-label': g.title,
            // A long group gets more columns, so that every State fits the slide; see map.css.
            style: `--columns: ${Math.max(1, Math.ceil(g.states.length / OVERVIEW_ROWS))}`,
          },
          h(
            'h3',
            { class: 'parties-group-title' },
            h(
              'span',
              { class: 'map-swatch', 'aria-hidden': 'true' },
              formatCategoryTag(g.key, lists),
            ),
            h('span', {}, g.title),
            h('span', { class: 'map-legend-count' }, String(g.states.length)),
          ),
          h(
            'ul',
            { class: 'parties-group-names' },
            g.states.map((s) =>
              h('li', { 'data-iso': s.isoNumeric, 'data-testid': 'map-table.state' }, s.name),
            ),
          ),
        ),
      ),
    ),
    renderSourceLine(statesParties.lists, 'map-table.caption'),
    renderFullCaption(statesParties.lists, 'map-table.full-caption'),
    // The page renders the full, sortable table here for the scroll view and the handout.
    h('div', { class: 'map-table-slot', 'data-map-table-slot': '' }),
  ];
}
