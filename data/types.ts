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
  /**
   * A logo file in `public/` (e.g. "logos/host.svg"), shown on the title, holding and closing
   * slides; without one, the name is set as a wordmark. Use only logos you may use.
   */
  readonly logo?: string;
}

/** A person or desk to contact after the session. */
export interface ContactInput {
  readonly name: string;
  readonly email: string;
}

/**
 * When speakers join the webinar before their turn, for the sound check. Their calendar files
 * hold the join time as an entry of its own, with a reminder before it.
 */
export interface SpeakerJoinInput {
  /** Minutes before a speaker's first segment that they join the webinar for the sound check. */
  readonly minutesBefore: number;
  /** Minutes before that join time that the calendar entry reminds them. */
  readonly reminderMinutes: number;
}

/** What the closing slide offers after the session. Each item is optional: missing, no row. */
export interface FollowUpInput {
  /** Where the recording will be published (https). */
  readonly recordingUrl?: string;
  /** Where the slides are published (https). */
  readonly slidesUrl?: string;
  /** The feedback survey (https); the closing slide also draws it as a QR code. */
  readonly feedbackUrl?: string;
  readonly contacts?: readonly ContactInput[];
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
  /** How people join, for calendar entries: the platform and where the link is. */
  readonly joinNote: string;
  /** When speakers join before their turn, and when their calendar reminds them. */
  readonly speakerJoin: SpeakerJoinInput;
  readonly audience: string;
  readonly languages: readonly string[];
  readonly organisers: readonly OrganiserInput[];
  readonly summary: string;
  /** Zoom housekeeping shown on the holding slide. */
  readonly housekeeping: readonly string[];
  /** What happens after the session, for the closing slide. @defaultValue {} */
  readonly followUp?: FollowUpInput;
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

/** A moment inside a segment the host and moderator watch for, e.g. when audience Q&A opens. */
export interface CheckpointInput {
  /** `HH:mm` on the event's date, in the event's zone, inside its segment. */
  readonly at: string;
  /** What happens then, for the run-of-show, the moderator and the notes. */
  readonly label: string;
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
  /** Moments inside the segment, in time order; none when omitted. */
  readonly checkpoints?: readonly CheckpointInput[];
}

export interface ContentInput {
  readonly objectives: readonly string[];
  /** Each objective in a few words, in the same order, for the projected slide. */
  readonly objectiveHeadlines: readonly string[];
  readonly whyAttend: string;
  /** `whyAttend` in a line, for the projected slide; the handout and scroll view show both. */
  readonly whyAttendHeadline: string;
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

/** How a State expressed its consent to be bound, as the depositary records it. */
export type Instrument = 'ratification' | 'acceptance' | 'approval' | 'accession';

/** A date in a State's record, with how well it is known. */
export interface PartyDateInput {
  /**
   * `YYYY-MM-DD`, `YYYY-MM` when only the month is known, or `null` when it is unknown.
   */
  readonly date: string | null;
  /** `inferred` when worked out (e.g. from the treaty's entry-into-force rule), not read. */
  readonly basis?: 'stated' | 'inferred';
  /** Why the date is unknown, or how it was inferred. Required for `null` and `inferred`. */
  readonly note?: string;
}

/** One State Party of one convention, as authored in `data/statesParties.ts`. */
export interface StatesPartyInput {
  /** The State's name as UNESCO writes it. */
  readonly name: string;
  /** ISO 3166-1 alpha-3, e.g. "JPN". */
  readonly iso3: string;
  /** ISO 3166-1 numeric as a 3-digit string, as world-atlas writes it, e.g. "036". */
  readonly isoNumeric: string;
  /** `null` when the type of instrument is not confirmed. */
  readonly instrument: Instrument | null;
  /** When the instrument was deposited with the depositary. */
  readonly deposit: PartyDateInput;
  /** When the convention entered into force for this State. */
  readonly entryIntoForce: PartyDateInput;
  /** Where membership (and the dates) are stated: at least one. */
  readonly sources: readonly SourceInput[];
}

/** The States Parties of one convention that we could confirm, as of a date. */
export interface StatesPartiesListInput {
  /** The date the list is true for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Why the list may be shorter than the count the announcement states. */
  readonly gapNote?: string;
  readonly parties: readonly StatesPartyInput[];
}

/** States Parties by convention id (a key of `data/conventions.ts`), in the order to show. */
export type StatesPartiesInput = Readonly<Record<string, StatesPartiesListInput>>;

/** A region of the world the map can zoom to, in degrees. */
export interface MapRegionInput {
  /** What the region is called on screen. */
  readonly label: string;
  /** Western edge, −180 to 180. */
  readonly west: number;
  /** Eastern edge, east of `west`; may pass 180 to cross the antimeridian (e.g. 190). */
  readonly east: number;
  readonly south: number;
  readonly north: number;
}

/** How the States Parties map is framed. */
export interface MapViewInput {
  /** Longitude at the centre of the world view; the map's edges fall on the opposite meridian. */
  readonly centerLongitude: number;
  /** The region the last step zooms to. */
  readonly focus: MapRegionInput;
  /**
   * States Parties whose names are written on the map, so that small ones can be found: the
   * ISO 3166-1 numeric code, and on which side of the State the name goes. @defaultValue []
   */
  readonly labels?: readonly MapLabelInput[];
}

/** A name written on the map beside a State Party. */
export interface MapLabelInput {
  /** ISO 3166-1 numeric code of a State listed in `data/statesParties.ts`. */
  readonly isoNumeric: string;
  /** North, south, east or west of the State's centre. */
  readonly side: 'n' | 's' | 'e' | 'w';
  /** A shorter name for the map, where the State's name is long. @defaultValue the State's name */
  readonly text?: string;
}

/** The map's three convention fills and the land of other States, as `#rrggbb`. */
export interface ThemeFillsInput {
  /** States party to the first convention on the map only. */
  readonly first: string;
  /** States party to the second convention on the map only. */
  readonly second: string;
  /** States party to both. */
  readonly both: string;
  /** Every other State. */
  readonly land: string;
}

/** The deck's colours (`#rrggbb`), written into every page as CSS custom properties. */
export interface ThemeInput {
  /** Headings and the brand band. */
  readonly brand: string;
  /** Text on the brand colour and on the darker map fills. */
  readonly onBrand: string;
  /** Links, kickers, the active step. */
  readonly accent: string;
  readonly text: string;
  /** Secondary text. */
  readonly muted: string;
  readonly background: string;
  /** Panels, such as the speaker cards. */
  readonly surface: string;
  /** Hairlines. */
  readonly rule: string;
  readonly fills: ThemeFillsInput;
}

/** Everything authored in `data/`, before validation. */
export interface ModelInput {
  readonly event: EventInput;
  readonly speakers: readonly SpeakerInput[];
  readonly agenda: readonly AgendaItemInput[];
  readonly content: ContentInput;
  readonly conventions: readonly ConventionInput[];
  readonly series: SeriesInput;
  readonly statesParties: StatesPartiesInput;
  readonly mapView: MapViewInput;
  readonly theme: ThemeInput;
}

/* ---------- resolved model ---------- */

/**
 * The event as pages read it. The sources, the full title, the audience and the summary are
 * for the build (and the page's `<meta>` tags), so they stay out of what pages are sent.
 */
export interface Event extends Omit<
  EventInput,
  'date' | 'start' | 'end' | 'sources' | 'fullTitle' | 'summary'
> {
  /** The series and session as pages label them, e.g. "… Webinar Series · Session 2". */
  readonly sessionLabel: string;
  readonly interval: Interval;
  readonly start: DateTime;
  readonly end: DateTime;
}

/** A speaker as pages read it: the evidence for their zone is checked at build time only. */
export type Speaker = Omit<SpeakerInput, 'timeZoneEvidence'>;

export interface Participant {
  readonly speaker: Speaker;
  readonly role: ParticipantRole;
}

/** A checkpoint, resolved to an instant. */
export interface Checkpoint {
  readonly at: DateTime;
  readonly label: string;
}

export interface AgendaItem extends Omit<
  AgendaItemInput,
  'start' | 'end' | 'participants' | 'checkpoints'
> {
  readonly index: number;
  readonly interval: Interval;
  readonly participants: readonly Participant[];
  /** In time order, inside `interval`. */
  readonly checkpoints: readonly Checkpoint[];
}

/** The content as pages read it (without its sources). */
export type Content = Omit<ContentInput, 'sources'>;
/** A convention as pages read it (without its sources and notes). */
export type Convention = Omit<ConventionInput, 'sources' | 'note'>;

export interface SeriesEntry extends Omit<SeriesEntryInput, 'when' | 'note'> {
  /** The first instant of the announced day or month, in the event's zone. */
  readonly when: DateTime | null;
  /** How precisely `when` is known. */
  readonly precision: 'day' | 'month' | 'none';
}

export interface Series extends Omit<SeriesInput, 'entries' | 'sources'> {
  readonly entries: readonly SeriesEntry[];
}

/** A date in a State's record, resolved. Calendar dates are midnight UTC. */
export interface PartyDate {
  readonly date: DateTime | null;
  /** How much of `date` is known: the day, the month, or nothing. */
  readonly precision: 'day' | 'month' | 'none';
  readonly basis: 'stated' | 'inferred';
  readonly note: string | null;
}

/** One State Party of one convention, validated. */
export interface StatesParty extends Omit<StatesPartyInput, 'deposit' | 'entryIntoForce'> {
  readonly deposit: PartyDate;
  readonly entryIntoForce: PartyDate;
}

/** The confirmed States Parties of one convention. */
export interface StatesPartiesList {
  readonly convention: Convention;
  /** Midnight UTC of the date the list is true for. */
  readonly asOf: DateTime;
  readonly gapNote: string | null;
  /** In the order authored. */
  readonly parties: readonly StatesParty[];
  /** How many of the count the announcement states are not listed (0 when complete). */
  readonly missing: number;
}

/** One State's membership of one convention. */
export interface Membership {
  readonly convention: Convention;
  readonly party: StatesParty;
}

/** A State party to one or more of the conventions, with each membership. */
export interface PartyState {
  readonly isoNumeric: string;
  readonly iso3: string;
  readonly name: string;
  /** In the order of `StatesParties.lists`. */
  readonly memberships: readonly Membership[];
  /** [longitude, latitude] to mark the State at when world-atlas 110m does not draw it. */
  readonly point: readonly [number, number] | null;
}

/** The States Parties of every listed convention, and how to frame their map. */
export interface StatesParties {
  readonly lists: readonly StatesPartiesList[];
  /** Every State party to at least one convention, in alphabetical order. */
  readonly states: readonly PartyState[];
  readonly view: MapViewInput;
}

/**
 * The resolved event model every page is built from: only what pages read. Pages get it
 * from the build's compact model (`virtual:model`, hydrated by `src/show/hydrateModel.ts`).
 */
export interface Model {
  readonly event: Event;
  readonly speakers: readonly Speaker[];
  readonly agenda: readonly AgendaItem[];
  readonly content: Content;
  readonly conventions: readonly Convention[];
  readonly series: Series;
  readonly statesParties: StatesParties;
}

/**
 * What `validateModel()` returns at build time: the page model plus what only the build
 * reads (sources, evidence, the summary for `<meta>` tags, warnings).
 */
export interface ValidatedModel extends Model {
  readonly event: Event & Pick<EventInput, 'sources' | 'fullTitle' | 'audience' | 'summary'>;
  readonly speakers: readonly SpeakerInput[];
  readonly content: ContentInput;
  readonly conventions: readonly ConventionInput[];
  readonly series: Series & Pick<SeriesInput, 'sources'>;
  /** The deck's colours, checked; the build writes them into every page as CSS. */
  readonly theme: ThemeInput;
  /** Problems that do not stop the build, e.g. a gap between segments. */
  readonly warnings: readonly string[];
}
