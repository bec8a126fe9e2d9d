/**
 * The compact model the build sends to pages (`virtual:model`), and the one step that turns
 * it back into the `Model` every page reads. The build has validated the data already, so
 * this trusts it: no checks, no validator and no source text ship to any page.
 */
import type { DateTime } from 'luxon';
import { intervalOf, parseIsoInstant } from '../time/clock.ts';
import type {
  AgendaItem,
  Content,
  Convention,
  Event,
  MapViewInput,
  Model,
  ParticipantRole,
  PartyDate,
  PartyState,
  Series,
  SeriesEntry,
  Speaker,
  StatesPartiesList,
  StatesParty,
} from '../../data/types.ts';

/** A date in a State's record: ISO date or `null`. */
export type CompactPartyDate = Omit<PartyDate, 'date'> & { readonly date: string | null };

/** One State Party, with its dates as ISO strings. */
export type CompactParty = Omit<StatesParty, 'deposit' | 'entryIntoForce'> & {
  readonly deposit: CompactPartyDate;
  readonly entryIntoForce: CompactPartyDate;
};

/**
 * The model as JSON: instants as ISO strings (resolved in the zone they belong to on
 * hydration), and objects referred to by id or index instead of repeated.
 */
export interface CompactModel {
  readonly event: Omit<Event, 'interval' | 'start' | 'end'> & {
    readonly start: string;
    readonly end: string;
  };
  readonly speakers: readonly Speaker[];
  readonly agenda: readonly (Omit<AgendaItem, 'interval' | 'participants' | 'checkpoints'> & {
    readonly start: string;
    readonly end: string;
    /** Checkpoints with their instants as ISO strings. */
    readonly checkpoints: readonly { readonly at: string; readonly label: string }[];
    /** Speaker ids and roles. */
    readonly participants: readonly { readonly speaker: string; readonly role: ParticipantRole }[];
  })[];
  readonly content: Content;
  readonly conventions: readonly Convention[];
  readonly series: Omit<Series, 'entries'> & {
    readonly entries: readonly (Omit<SeriesEntry, 'when'> & { readonly when: string | null })[];
  };
  readonly statesParties: {
    readonly lists: readonly (Omit<StatesPartiesList, 'convention' | 'asOf' | 'parties'> & {
      /** A convention id. */
      readonly convention: string;
      readonly asOf: string;
      readonly parties: readonly CompactParty[];
    })[];
    readonly states: readonly (Omit<PartyState, 'memberships'> & {
      /** Index of the list in `lists`, and of the party in that list. */
      readonly memberships: readonly (readonly [list: number, party: number])[];
    })[];
    readonly view: MapViewInput;
  };
}

/** Finds an item by id; a miss means the build wrote a broken compact model. */
function byId<T extends { readonly id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`[model] the compact model refers to an unknown id "${id}".`);
  return found;
}

/** Calendar dates in the States Parties records are midnight UTC (data/validateStatesParties). */
function utcDate(iso: string): DateTime {
  return parseIsoInstant(iso, 'utc');
}

function hydratePartyDate(date: CompactPartyDate): PartyDate {
  return { ...date, date: date.date === null ? null : utcDate(date.date) };
}

/** Rebuilds the page model from the build's compact model, in the event's zone. */
export function hydrateModel(compact: CompactModel): Model {
  const zone = compact.event.timeZone;
  const at = (iso: string): DateTime => parseIsoInstant(iso, zone);
  const start = at(compact.event.start);
  const end = at(compact.event.end);
  const event: Event = {
    ...compact.event,
    start,
    end,
    interval: intervalOf(start, end),
  };
  const agenda = compact.agenda.map(
    ({ start: from, end: to, participants, checkpoints, ...item }): AgendaItem => ({
      ...item,
      interval: intervalOf(at(from), at(to)),
      checkpoints: checkpoints.map((c) => ({ at: at(c.at), label: c.label })),
      participants: participants.map((p) => ({
        speaker: byId(compact.speakers, p.speaker),
        role: p.role,
      })),
    }),
  );
  const lists = compact.statesParties.lists.map((list): StatesPartiesList => ({
    ...list,
    convention: byId(compact.conventions, list.convention),
    asOf: utcDate(list.asOf),
    parties: list.parties.map((party) => ({
      ...party,
      deposit: hydratePartyDate(party.deposit),
      entryIntoForce: hydratePartyDate(party.entryIntoForce),
    })),
  }));
  const states = compact.statesParties.states.map((state): PartyState => ({
    ...state,
    memberships: state.memberships.map(([list, party]) => {
      const l = lists[list];
      const p = l?.parties[party];
      if (!l || !p) throw new Error(`[model] the compact model has a bad membership.`);
      return { convention: l.convention, party: p };
    }),
  }));
  return {
    event,
    speakers: compact.speakers,
    agenda,
    content: compact.content,
    conventions: compact.conventions,
    series: {
      ...compact.series,
      entries: compact.series.entries.map((entry): SeriesEntry => ({
        ...entry,
        when: entry.when === null ? null : at(entry.when),
      })),
    },
    statesParties: { lists, states, view: compact.statesParties.view },
  };
}
