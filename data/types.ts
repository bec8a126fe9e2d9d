/**
 * Types for the event's data. `XInput` types are what authors write in `data/*.ts`;
 * the plain `X` types are what `validateModel()` returns, with times resolved to luxon
 * instants and ids resolved to objects. Nothing after `loadModel()` sees an input type.
 */
import type { DateTime, Interval } from 'luxon';

/** A public source backing a fact: where it was read and what it says. */
export interface SourceInput {
  readonly url: string;
  readonly note?: string;
}

export interface OrganiserInput {
  readonly name: string;
  readonly shortName?: string;
  readonly role: 'host' | 'partner';
}

/** The event as announced: who, when (local date and times in `timeZone`), and how. */
export interface EventInput {
  readonly id: string;
  readonly series: string;
  readonly session: number;
  readonly title: string;
  /** The full title as announced, when it is longer than `title`. */
  readonly fullTitle: string;
  /** ISO date (`YYYY-MM-DD`) in `timeZone`. */
  readonly date: string;
  /** `HH:mm` in `timeZone`. */
  readonly start: string;
  /** `HH:mm` in `timeZone`. */
  readonly end: string;
  /** IANA zone the programme is announced in. */
  readonly timeZone: string;
  /** How people name the zone on screen, e.g. a city. */
  readonly timeZoneLabel: string;
  readonly format: string;
  readonly audience: string;
  readonly languages: readonly string[];
  readonly organisers: readonly OrganiserInput[];
  readonly summary: string;
  /** Zoom housekeeping shown on the holding slide. */
  readonly housekeeping: readonly string[];
  readonly sources: readonly SourceInput[];
}

export interface SpeakerInput {
  readonly id: string;
  readonly honorific: string;
  readonly name: string;
  /** Job title as announced. */
  readonly role: string;
  readonly organisation: string;
  readonly country: string;
  /** IANA zone the speaker joins from. */
  readonly timeZone: string;
  /** How people name the speaker's zone on screen, e.g. a city. */
  readonly timeZoneLabel: string;
  /** Why we believe the speaker is in `timeZone`. */
  readonly timeZoneEvidence: string;
}

export type SegmentKind = 'opening' | 'overview' | 'panel' | 'wrap-up' | 'break';
export type ParticipantRole = 'speaker' | 'panellist' | 'moderator';

export interface ParticipantInput {
  /** A `SpeakerInput.id`. */
  readonly speaker: string;
  readonly role: ParticipantRole;
}

export interface AgendaItemInput {
  readonly id: string;
  /** `HH:mm` on the event's date, in the event's zone. */
  readonly start: string;
  /** `HH:mm` on the event's date, in the event's zone. */
  readonly end: string;
  readonly kind: SegmentKind;
  /** Short label, e.g. "Overview". */
  readonly label: string;
  readonly title: string;
  readonly participants: readonly ParticipantInput[];
}

export interface ContentInput {
  readonly objectives: readonly string[];
  readonly whyAttend: string;
  readonly gains: readonly string[];
  readonly sources: readonly SourceInput[];
}

export interface ConventionInput {
  readonly id: string;
  readonly shortName: string;
  readonly title: string;
  readonly region: string;
  readonly scope: 'global' | 'regional';
  readonly adoptedYear: number;
  /** `null` when no source confirms that the convention is in force. */
  readonly inForceYear: number | null;
  /** States Parties as the announcement states them; `null` when it states none. */
  readonly statedParties: number | null;
  readonly note?: string;
  readonly sources: readonly SourceInput[];
}

export interface SeriesEntryInput {
  readonly id: string;
  readonly kind: 'webinar' | 'meeting';
  readonly title: string;
  /** `YYYY-MM` when only the month is announced, `YYYY-MM-DD` otherwise; `null` if unannounced. */
  readonly when: string | null;
  readonly note?: string;
}

export interface SeriesInput {
  readonly title: string;
  readonly entries: readonly SeriesEntryInput[];
  readonly sources: readonly SourceInput[];
}

/** Everything authored in `data/`, before validation. */
export interface ModelInput {
  readonly event: EventInput;
  readonly speakers: readonly SpeakerInput[];
  readonly agenda: readonly AgendaItemInput[];
  readonly content: ContentInput;
  readonly conventions: readonly ConventionInput[];
  readonly series: SeriesInput;
}

/* ---------- resolved model ---------- */

export interface Event extends Omit<EventInput, 'date' | 'start' | 'end'> {
  readonly interval: Interval;
  readonly start: DateTime;
  readonly end: DateTime;
}

export type Speaker = SpeakerInput;

export interface Participant {
  readonly speaker: Speaker;
  readonly role: ParticipantRole;
}

export interface AgendaItem extends Omit<AgendaItemInput, 'start' | 'end' | 'participants'> {
  readonly index: number;
  readonly interval: Interval;
  readonly participants: readonly Participant[];
}

export type Content = ContentInput;
export type Convention = ConventionInput;

export interface SeriesEntry extends Omit<SeriesEntryInput, 'when'> {
  /** The first instant of the announced day or month, in the event's zone. */
  readonly when: DateTime | null;
  /** How precisely `when` is known. */
  readonly precision: 'day' | 'month' | 'none';
}

export interface Series extends Omit<SeriesInput, 'entries'> {
  readonly entries: readonly SeriesEntry[];
}

/** The validated, resolved event model every page is built from. */
export interface Model {
  readonly event: Event;
  readonly speakers: readonly Speaker[];
  readonly agenda: readonly AgendaItem[];
  readonly content: Content;
  readonly conventions: readonly Convention[];
  readonly series: Series;
  /** Problems that do not stop the build, e.g. a gap between segments. */
  readonly warnings: readonly string[];
}
