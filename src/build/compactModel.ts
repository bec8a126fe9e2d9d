/**
 * Turns the validated model into the compact model pages are sent (`virtual:model`). Every
 * field is picked by name, so whatever the build alone reads (sources, evidence, notes,
 * warnings) can never slip into a page.
 */
import type { DateTime } from 'luxon';
import type { PartyDate, ValidatedModel } from '../../data/types.ts';
import type { CompactModel, CompactPartyDate } from '../show/hydrateModel.ts';

/** The ISO string of a valid instant (the validator has rejected invalid ones). */
function iso(instant: DateTime | null): string {
  const text = instant?.toISO();
  if (!text) throw new Error('[model] an instant of the validated model is invalid.');
  return text;
}

function isoDate(instant: DateTime): string {
  const text = instant.toISODate();
  if (!text) throw new Error('[model] a date of the validated model is invalid.');
  return text;
}

function compactPartyDate(date: PartyDate): CompactPartyDate {
  return {
    date: date.date === null ? null : isoDate(date.date),
    precision: date.precision,
    basis: date.basis,
    note: date.note,
  };
}

/** Builds the compact model: only the fields pages read, instants as ISO strings. */
export function compactModel(model: ValidatedModel): CompactModel {
  const { event, statesParties } = model;
  return {
    event: {
      id: event.id,
      series: event.series,
      session: event.session,
      sessionLabel: event.sessionLabel,
      title: event.title,
      start: iso(event.start),
      end: iso(event.end),
      timeZone: event.timeZone,
      timeZoneLabel: event.timeZoneLabel,
      format: event.format,
      joinNote: event.joinNote,
      speakerJoin: event.speakerJoin,
      languages: event.languages,
      organisers: event.organisers.map((o) => ({
        name: o.name,
        ...(o.shortName !== undefined ? { shortName: o.shortName } : {}),
        ...(o.logo !== undefined ? { logo: o.logo } : {}),
        role: o.role,
      })),
      audience: event.audience,
      housekeeping: event.housekeeping,
      ...(event.followUp !== undefined ? { followUp: event.followUp } : {}),
    },
    speakers: model.speakers.map((s) => ({
      id: s.id,
      honorific: s.honorific,
      name: s.name,
      role: s.role,
      organisation: s.organisation,
      country: s.country,
      timeZone: s.timeZone,
      timeZoneLabel: s.timeZoneLabel,
    })),
    agenda: model.agenda.map((item) => ({
      id: item.id,
      index: item.index,
      start: iso(item.interval.start),
      end: iso(item.interval.end),
      kind: item.kind,
      label: item.label,
      title: item.title,
      participants: item.participants.map((p) => ({ speaker: p.speaker.id, role: p.role })),
      checkpoints: item.checkpoints.map((c) => ({ at: iso(c.at), label: c.label })),
    })),
    content: {
      objectives: model.content.objectives,
      objectiveHeadlines: model.content.objectiveHeadlines,
      whyAttend: model.content.whyAttend,
      whyAttendHeadline: model.content.whyAttendHeadline,
      gains: model.content.gains,
    },
    conventions: model.conventions.map((c) => ({
      id: c.id,
      shortName: c.shortName,
      title: c.title,
      region: c.region,
      scope: c.scope,
      adoptedYear: c.adoptedYear,
      inForceYear: c.inForceYear,
      statedParties: c.statedParties,
    })),
    series: {
      title: model.series.title,
      entries: model.series.entries.map((e) => ({
        id: e.id,
        kind: e.kind,
        title: e.title,
        when: e.when === null ? null : iso(e.when),
        precision: e.precision,
      })),
    },
    statesParties: {
      lists: statesParties.lists.map((list) => ({
        convention: list.convention.id,
        asOf: isoDate(list.asOf),
        gapNote: list.gapNote,
        missing: list.missing,
        parties: list.parties.map((party) => ({
          name: party.name,
          iso3: party.iso3,
          isoNumeric: party.isoNumeric,
          instrument: party.instrument,
          deposit: compactPartyDate(party.deposit),
          entryIntoForce: compactPartyDate(party.entryIntoForce),
          // The States Parties table links each State's sources: pages show them.
          sources: party.sources.map((source) => ({
            url: source.url,
            ...(source.note !== undefined ? { note: source.note } : {}),
          })),
        })),
      })),
      states: statesParties.states.map((state) => ({
        isoNumeric: state.isoNumeric,
        iso3: state.iso3,
        name: state.name,
        point: state.point,
        memberships: state.memberships.map((m) => {
          const list = statesParties.lists.findIndex((l) => l.convention.id === m.convention.id);
          const party = statesParties.lists[list]?.parties.indexOf(m.party) ?? -1;
          if (party < 0) throw new Error(`[model] ${state.name}'s membership is in no list.`);
          return [list, party] as const;
        }),
      })),
      view: {
        centerLongitude: statesParties.view.centerLongitude,
        focus: { ...statesParties.view.focus },
        labels: (statesParties.view.labels ?? []).map((label) => ({ ...label })),
      },
    },
  };
}
