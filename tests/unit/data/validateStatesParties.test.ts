import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelInput } from '../../../data/index.ts';
import { isoCountries } from '../../../data/isoCountries.ts';
import type {
  MapViewInput,
  ModelInput,
  StatesPartiesListInput,
  StatesPartyInput,
} from '../../../data/types.ts';
import { validateModel } from '../../../data/validate.ts';
import { problemsOf } from '../../fixtures/problemsOf.ts';

type Party = StatesPartyInput;

function withList(
  key: 'global' | 'tokyo',
  edit: (parties: Party[]) => Party[],
  extra: Partial<StatesPartiesListInput> = {},
): ModelInput {
  const list = modelInput.statesParties[key]!;
  return {
    ...modelInput,
    statesParties: {
      ...modelInput.statesParties,
      [key]: { ...list, ...extra, parties: edit(list.parties.map((p) => ({ ...p }))) },
    },
  };
}

function withParty(key: 'global' | 'tokyo', index: number, edit: Partial<Party>): ModelInput {
  return withList(key, (parties) => {
    parties[index] = { ...parties[index]!, ...edit };
    return parties;
  });
}

describe('the States Parties data', () => {
  const model = validateModel(modelInput);
  const { lists, states } = model.statesParties;

  it('lists 29 confirmed Parties of the 38 stated for the Global Convention, and all 12 for Tokyo', () => {
    expect(lists.map((l) => [l.convention.id, l.parties.length, l.missing])).toEqual([
      ['global', 29, 9],
      ['tokyo', 12, 0],
    ]);
    expect(lists.map((l) => l.asOf.toISODate())).toEqual(['2025-08-28', '2025-08-28']);
  });

  it('maps none of the unconfirmed candidates or post-webinar Parties', () => {
    const codes = states.map((s) => s.iso3);
    for (const code of ['HUN', 'GIN', 'MDA', 'URY', 'UZB', 'KAZ'])
      expect(codes).not.toContain(code);
  });

  it('merges the lists into one record per State, in alphabetical order', () => {
    expect(states).toHaveLength(34);
    const both = states.filter((s) => s.memberships.length === 2).map((s) => s.iso3);
    expect(both).toEqual(['ARM', 'AUS', 'VAT', 'JPN', 'MNG', 'NZL', 'KOR']);
    const names = states.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names.indexOf("Côte d'Ivoire")).toBe(names.indexOf('China') + 1);
  });

  it('gives a marker point to exactly the States world-atlas 110m does not draw', () => {
    expect(states.filter((s) => s.point).map((s) => s.isoNumeric)).toEqual(['020', '132', '336']);
  });

  it('keeps the precision of each date, and why a date is unknown or inferred', () => {
    const find = (key: string, iso3: string) =>
      lists.find((l) => l.convention.id === key)!.parties.find((p) => p.iso3 === iso3)!;
    const croatia = find('global', 'HRV').deposit;
    expect([croatia.date?.toISODate(), croatia.precision]).toEqual(['2022-01-17', 'day']);
    const cuba = find('global', 'CUB').deposit;
    expect([cuba.date?.toISODate(), cuba.precision]).toEqual(['2022-04-01', 'month']);
    const korea = find('global', 'KOR').deposit;
    expect([korea.basis, korea.note]).toEqual([
      'inferred',
      'Three months before its entry into force on 14 Jul 2025 (Art. XVIII.2).',
    ]);
    const nz = find('tokyo', 'NZL').deposit;
    expect([nz.date, nz.precision]).toEqual([null, 'none']);
    expect(nz.note).toMatch(/^Sources disagree/);
  });
});

describe('States Parties validation messages', () => {
  it('rejects an ISO numeric code that is not a 3-digit string', () => {
    expect(problemsOf(withParty('global', 3, { isoNumeric: '250 ' }))).toEqual([
      'At data/statesParties.ts statesParties.global.parties["FRA"].isoNumeric: expected a 3-digit ISO 3166-1 numeric code as a string, such as "036", got "250 ". Write it with its leading zeros, as world-atlas does.',
    ]);
  });

  it('rejects an unknown ISO numeric code', () => {
    expect(problemsOf(withParty('global', 3, { isoNumeric: '999' }))).toEqual([
      'At data/statesParties.ts statesParties.global.parties["FRA"].isoNumeric: expected an ISO 3166-1 numeric code, got "999". Look the State up in data/isoCountries.ts.',
    ]);
  });

  it('rejects an alpha-3 code that does not match the numeric code', () => {
    expect(problemsOf(withParty('tokyo', 3, { iso3: 'JAP' }))).toEqual([
      'At data/statesParties.ts statesParties.tokyo.parties["JAP"].iso3: expected "JPN", the alpha-3 code of "392" (Japan), got "JAP". Fix iso3, or isoNumeric if that is the wrong one.',
    ]);
  });

  it('rejects a State listed twice', () => {
    const input = withList('tokyo', (parties) => [...parties, { ...parties[3]! }]);
    expect(problemsOf(input)).toEqual([
      'At data/statesParties.ts statesParties.tokyo.parties["JPN"]: duplicate State "392" (Japan), listed as entries 4 and 13 of the list. List each State once.',
      'At data/statesParties.ts statesParties.tokyo.parties: expected at most the 12 States Parties stated in data/conventions.ts, got 13. Look for a State that joined after asOf, or update statedParties.',
    ]);
  });

  it('rejects a deposit after the list’s as-of date', () => {
    const input = withParty('global', 28, { deposit: { date: '2025-09-03' } });
    expect(problemsOf(input)).toEqual([
      'At data/statesParties.ts statesParties.global.parties["GEO"].deposit.date: expected a date on or before the list\'s asOf (2025-08-28), got "2025-09-03". A State that deposited later was not a Party on 2025-08-28: remove it, or fix the date.',
      'At data/statesParties.ts statesParties.global.parties["GEO"].entryIntoForce.date: expected a date on or after the deposit (2025-09-03), got "2024-09-11". Check both dates against the sources.',
    ]);
  });

  it('rejects an entry into force after the as-of date', () => {
    const input = withParty('tokyo', 0, { entryIntoForce: { date: '2025-09' } });
    expect(problemsOf(input)).toEqual([
      'At data/statesParties.ts statesParties.tokyo.parties["AUS"].entryIntoForce.date: expected a date on or before the list\'s asOf (2025-08-28), got "2025-09". If the convention enters into force for the State later, set the date to null and say so in the note.',
    ]);
  });

  it('rejects a party without a source', () => {
    expect(problemsOf(withParty('global', 0, { sources: [] }))).toEqual([
      'At data/statesParties.ts statesParties.global.parties["NOR"].sources: expected at least one source, got []. Cite where the State\'s membership is stated.',
    ]);
  });

  it('rejects a source that is not a web address', () => {
    const input = withParty('global', 0, { sources: [{ url: 'NIC-Japan' }] });
    expect(problemsOf(input)).toEqual([
      'At data/statesParties.ts statesParties.global.parties["NOR"].sources[0].url: expected an http(s) URL, got "NIC-Japan". Give the address of the page that states the fact.',
    ]);
  });

  it('rejects an unknown date without a reason', () => {
    const input = withParty('global', 1, { deposit: { date: null } });
    expect(problemsOf(input)).toEqual([
      'At data/statesParties.ts statesParties.global.parties["NIC"].deposit.note: expected the reason the date is unknown, got nothing. Say what is known, e.g. "Exact date not found: deposited between Feb and Apr 2022."',
    ]);
  });

  it('rejects an inferred date that does not say how', () => {
    const input = withParty('tokyo', 9, { deposit: { date: '2020-11', basis: 'inferred' } });
    expect(problemsOf(input)).toEqual([
      'At data/statesParties.ts statesParties.tokyo.parties["RUS"].deposit.note: expected how the date was inferred, got nothing. Name the stated date and the rule it was worked out from.',
    ]);
  });

  it('rejects a date in another format', () => {
    const input = withParty('global', 6, { deposit: { date: '17/01/2022' } });
    expect(problemsOf(input)).toEqual([
      'At data/statesParties.ts statesParties.global.parties["HRV"].deposit.date: expected "YYYY-MM-DD", "YYYY-MM" or null, got "17/01/2022". Write the day, or the month when only the month is known, or null with a note.',
    ]);
  });

  it('rejects a State named differently in two lists', () => {
    expect(problemsOf(withParty('tokyo', 4, { name: 'Korea' }))).toEqual([
      'At data/statesParties.ts statesParties.tokyo.parties["KOR"].name: expected "Republic of Korea", as in statesParties.global.parties["KOR"], got "Korea". Write a State\'s name the same way in every list.',
    ]);
  });

  it('rejects a list for an unknown convention', () => {
    const input: ModelInput = {
      ...modelInput,
      statesParties: { ...modelInput.statesParties, bologna: modelInput.statesParties['tokyo']! },
    };
    expect(problemsOf(input)).toEqual([
      'At data/statesParties.ts statesParties.bologna: expected a convention id from data/conventions.ts, got "bologna". Use one of "global", "tokyo", "lisbon", "addis", "buenos-aires", "arab-states", or add the convention there.',
    ]);
  });

  it('rejects a zoom region whose east edge is not east of its west edge', () => {
    const mapView: MapViewInput = {
      ...modelInput.mapView,
      focus: { ...modelInput.mapView.focus, east: 40 },
    };
    expect(problemsOf({ ...modelInput, mapView })).toEqual([
      'At data/statesParties.ts mapView.focus.east: expected a longitude east of west (60) and within 360° of it, got 40. Go past 180 to cross the antimeridian, e.g. 190 for 170° W.',
    ]);
  });

  it('rejects a map label for a State that is not listed', () => {
    const mapView: MapViewInput = {
      ...modelInput.mapView,
      labels: [...(modelInput.mapView.labels ?? []), { isoNumeric: '076', side: 'e' }],
    };
    expect(problemsOf({ ...modelInput, mapView })).toEqual([
      'At data/statesParties.ts mapView.labels["076"].isoNumeric: expected the ISO 3166-1 numeric code of a State listed in this file, got "076". Label only States Parties the map draws, e.g. "392" for Japan.',
    ]);
  });

  it('rejects a headline Party count that is lower than the States listed', () => {
    const conventions = modelInput.conventions.map((c) =>
      c.id === 'tokyo' ? { ...c, statedParties: 11 } : c,
    );
    expect(problemsOf({ ...modelInput, conventions })).toEqual([
      'At data/statesParties.ts statesParties.tokyo.parties: expected at most the 11 States Parties stated in data/conventions.ts, got 12. Look for a State that joined after asOf, or update statedParties.',
    ]);
  });

  it('warns, without failing, when a list is shorter than the stated count', () => {
    const model = validateModel(withList('tokyo', (parties) => parties.slice(0, 10)));
    expect(model.warnings).toContain(
      'At data/statesParties.ts statesParties.tokyo.parties: 10 of the 12 States Parties stated in data/conventions.ts are listed; 2 are not. The deck says so. Add each missing State when a source confirms it.',
    );
    expect(model.statesParties.lists[1]!.missing).toBe(2);
  });
});

describe('the ISO 3166-1 table', () => {
  it('has unique alpha-3 and numeric codes', () => {
    expect(new Set(isoCountries.map((r) => r[0])).size).toBe(isoCountries.length);
    expect(new Set(isoCountries.map((r) => r[1])).size).toBe(isoCountries.length);
    expect(isoCountries).toHaveLength(249);
  });

  it('gives a marker point to exactly the countries world-atlas 110m does not draw', () => {
    const atlasPath = new URL(
      '../../../node_modules/world-atlas/countries-110m.json',
      import.meta.url,
    );
    const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as {
      objects: { countries: { geometries: { id?: string }[] } };
    };
    const drawn = new Set(atlas.objects.countries.geometries.flatMap((g) => (g.id ? [g.id] : [])));
    expect([...drawn].filter((id) => !isoCountries.some((r) => r[1] === id))).toEqual([]);
    const wrong = isoCountries.filter((r) => drawn.has(r[1]) === (r.length === 5));
    expect(wrong).toEqual([]);
  });
});
