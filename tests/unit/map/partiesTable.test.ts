// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import { readMapSteps } from '../../../src/map/mapSteps.ts';
import {
  formatCategoryTag,
  formatPartiesCaption,
  formatSourceLine,
  renderPartiesOverview,
} from '../../../src/map/renderMapSlides.ts';
import { applyMapState } from '../../../src/map/applyMapState.ts';
import { describeMembership, describeState } from '../../../src/map/describeParty.ts';
import { formatCompactNote, renderPartiesTable } from '../../../src/map/renderPartiesTable.ts';
import { SortableTable } from '../../../src/map/SortableTable.ts';

const model = fixtureModel;
const { states } = model.statesParties;
const state = (name: string) => states.find((s) => s.name === name)!;

describe('what the deck says about the lists', () => {
  it('says honestly how many of how many are shown, and as of when', () => {
    expect(formatPartiesCaption(model.statesParties.lists)).toBe(
      'Global Fixture: 5 of the 6 States Parties stated in August 2025 are shown; 1 could not be confirmed from public sources. Regional Fixture: all 4 States Parties are shown. Status as of 28 August 2025.',
    );
  });

  it('puts one small source line on the slide while a list is short, and none once complete', () => {
    const { lists } = model.statesParties;
    expect(formatSourceLine(lists)).toBe(
      'Global Fixture: 5 of 6 Parties shown: those confirmed from public sources, as of 28 Aug 2025',
    );
    const complete = lists.map((l) => ({ ...l, missing: 0 }));
    expect(formatSourceLine(complete)).toBeNull();
    const overview = document.createElement('div');
    const nodes = renderPartiesOverview({
      ...model,
      statesParties: { ...model.statesParties, lists: complete },
    });
    overview.append(...nodes.filter((n): n is Node => n instanceof Node));
    expect(overview.querySelector('[data-testid="map-table.caption"]')).toBeNull();
    expect(overview.querySelectorAll('[data-testid="map-table.state"]')).toHaveLength(
      model.statesParties.states.length,
    );
  });

  it('names each category without colour: initials on the legend and labels', () => {
    const { lists } = model.statesParties;
    expect(['0', '1', 'both'].map((c) => formatCategoryTag(c, lists))).toEqual(['G', 'R', 'G+R']);
  });

  it('describes a State with its dates, their precision, and what is not known', () => {
    expect(describeState(state('Japan'))).toBe(
      'Japan. Global Fixture: deposited 13 Sept 2022 (acceptance); in force 5 Mar 2023 (inferred). Regional Fixture: deposited Dec 2017 (inferred) (accession); in force 1 Feb 2018.',
    );
    const [holySeeGlobal] = state('Holy See').memberships;
    expect(describeMembership(holySeeGlobal!)).toBe(
      'Global Fixture: deposited Apr 2022 (ratification); in force 5 Mar 2023',
    );
    const [china] = state('China').memberships;
    expect(describeMembership(china!)).toBe(
      'Regional Fixture: deposit date not confirmed; in force Feb 2018',
    );
  });
});

describe('the map steps', () => {
  const layout = document.createElement('div');
  layout.dataset.conventions = 'global tokyo';

  it('colours each convention reached, singles out both only while current, then zooms', () => {
    const classes = (reached: string[]): string => {
      applyMapState(layout, readMapSteps(reached));
      return [...layout.classList].sort().join(' ');
    };
    expect(classes([])).toBe('');
    expect(classes(['global'])).toBe('shows-0');
    expect(classes(['global', 'tokyo'])).toBe('shows-0 shows-1');
    expect(classes(['global', 'tokyo', 'both'])).toBe('emphasis-both shows-0 shows-1');
    expect(classes(['global', 'tokyo', 'both', 'focus'])).toBe('shows-0 shows-1 zoomed');
    expect(layout.dataset.mapState).toBe('global tokyo zoomed');
    expect(classes(['global'])).toBe('shows-0');
  });
});

describe('the States Parties table', () => {
  const wrap = renderPartiesTable(model);
  const table = wrap.querySelector('table')!;
  const names = (): string[] =>
    [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);
  const sorter = new SortableTable(table);
  sorter.bind();
  const header = (key: string): HTMLElement =>
    table.querySelector<HTMLElement>(`thead th[data-sort-key="${key}"]`)!;

  it('has one row per State Party, by name, with its sources linked', () => {
    expect(names()).toEqual(states.map((s) => s.name));
    expect(header('name').getAttribute('aria-sort')).toBe('ascending');
    const norway = table.querySelector('tr[data-iso="578"]')!;
    expect(norway.querySelectorAll('a[href^="http"]').length).toBeGreaterThan(0);
    expect(norway.querySelector('.parties-table-none')?.textContent).toBe('Not a party—');
  });

  it('sorts by deposit date, unknown dates last in either direction', () => {
    header('date-1').querySelector('button')!.click();
    expect(header('date-1').getAttribute('aria-sort')).toBe('ascending');
    expect(header('name').hasAttribute('aria-sort')).toBe(false);
    expect(names().slice(0, 3)).toEqual(['Australia', 'Japan', 'Holy See']);
    header('date-1').querySelector('button')!.click();
    expect(header('date-1').getAttribute('aria-sort')).toBe('descending');
    expect(names().slice(0, 3)).toEqual(['Holy See', 'Japan', 'Australia']);
    // China's deposit date is unknown, and the others are not Parties: last either way.
    expect(names().slice(3).sort()).toEqual(['Cabo Verde', 'China', 'Norway']);
  });

  it('sorts by convention: the first only, both, then the second only', () => {
    sorter.sort('conventions', 'ascending');
    const kinds = [...table.querySelectorAll('tbody tr')].map((tr) =>
      tr.getAttribute('data-sort-conventions'),
    );
    expect(kinds.indexOf('0 1')).toBe(2);
    expect(kinds.indexOf('1')).toBe(5);
    expect(kinds.at(-1)).toBe('1');
  });
});

describe('the printed table’s note', () => {
  it('points a reader holding paper to the online slides, by address once it is known', () => {
    expect(formatCompactNote(model)).toContain('the online version of these slides gives them');
    expect(formatCompactNote(model)).not.toContain('?view=');
    const slidesUrl = 'https://example.org/webinar-1/';
    const known = { ...model, event: { ...model.event, followUp: { slidesUrl } } };
    expect(formatCompactNote(known)).toContain(`the slides online at ${slidesUrl} give them`);
  });
});
