/**
 * The data-driven part of each slide layout. Pure: model in, DOM nodes out. Times come
 * from the schedule and are formatted by `src/time/format`.
 */
import type { Model, Participant } from '../../data/types.ts';
import { h, type Attrs, type Child } from '../lib/h.ts';
import {
  formatAnnouncedDate,
  formatLongDate,
  formatMinutes,
  formatTimeRange,
  formatZoneCity,
} from '../time/format.ts';
import { formatSpeakerName } from '../show/cues.ts';
import type { Schedule, ScheduledSegment } from '../time/schedule.ts';
import type { Layout } from './layouts.ts';
import type { SlideText } from './slideDoc.ts';
import { renderMapLayout, renderPartiesOverview } from '../map/renderMapSlides.ts';
import { renderQrCode } from './renderQrCode.ts';

/** What a layout renderer may use. */
export interface LayoutContext {
  readonly model: Model;
  readonly schedule: Schedule;
  /** The viewer's IANA zone, to show times in it too where it differs from the event's. */
  readonly viewerZone: string;
  /** The segment the slide belongs to, if any. */
  readonly segment: ScheduledSegment | null;
  /** The slide's own words for the layout (its front matter). @defaultValue {} */
  readonly text?: SlideText;
}

/** An element with the slide's words, or nothing when the slide has none. */
function renderText(
  tag: 'h2' | 'h3' | 'p' | 'caption',
  attrs: Attrs,
  text: string | undefined,
): HTMLElement | null {
  return text ? h(tag, attrs, text) : null;
}

const ROLE_LABEL: Record<Participant['role'], string> = {
  speaker: 'Speaker',
  panellist: 'Panellist',
  moderator: 'Moderator',
};

export { formatSpeakerName };

function renderPerson(participant: Participant): HTMLElement {
  const { speaker, role } = participant;
  return h(
    'li',
    { class: 'person', 'data-speaker': speaker.id, 'data-role': role },
    h('span', { class: 'person-role' }, ROLE_LABEL[role]),
    h('span', { class: 'person-name' }, formatSpeakerName(speaker)),
    h('span', { class: 'person-title' }, speaker.role),
    h('span', { class: 'person-org' }, speaker.organisation),
  );
}

/**
 * Text in which hyphenated words ("Asia-Pacific") never break at their hyphen: a big title
 * that ends a line on "Asia-" reads badly in a screen share.
 */
export function renderUnbrokenHyphens(text: string): Child[] {
  return text
    .split(/(\S+-\S+)/)
    .filter((part) => part !== '')
    .map((part) => (/^\S+-\S+$/.test(part) ? h('span', { class: 'nowrap' }, part) : part));
}

/** Times in the event's zone, plus the viewer's when it differs. */
export function renderTimes(
  ctx: LayoutContext,
  start: ScheduledSegment['start'],
  end: ScheduledSegment['end'],
  { labelled = true }: { readonly labelled?: boolean } = {},
): HTMLElement {
  const { schedule, viewerZone } = ctx;
  const eventTimes = h(
    'span',
    { class: 'time-event', 'data-testid': 'deck.event-time' },
    formatTimeRange(start, end, schedule.zone),
    labelled ? ` ${schedule.zoneLabel}` : null,
  );
  const viewer = isViewerZoneDifferent(ctx, start)
    ? h(
        'span',
        { class: 'time-viewer', 'data-testid': 'deck.viewer-time' },
        formatTimeRange(start, end, viewerZone, { instant: start, zone: schedule.zone }),
        labelled ? ` your time (${formatZoneCity(viewerZone)})` : null,
      )
    : null;
  // The instants and the label choice let the page add the viewer's time after the first
  // paint onto the element the build rendered (src/deck/addViewerTimes.ts).
  return h(
    'span',
    {
      class: 'times',
      'data-start': start.toISO(),
      'data-end': end.toISO(),
      'data-labelled': labelled,
    },
    eventTimes,
    viewer,
  );
}

/** Whether the viewer's zone shows `at` at another offset than the event's zone. */
export function isViewerZoneDifferent(ctx: LayoutContext, at: ScheduledSegment['start']): boolean {
  return at.setZone(ctx.viewerZone).offset !== at.setZone(ctx.schedule.zone).offset;
}

function renderTitle(ctx: LayoutContext): Child[] {
  const { event } = ctx.model;
  return [
    h('p', { class: 'kicker' }, event.sessionLabel),
    h('h1', { class: 'deck-title' }, renderUnbrokenHyphens(event.title)),
    h(
      'p',
      { class: 'title-when' },
      `${formatLongDate(event.start, event.timeZone)} · `,
      renderTimes(ctx, event.start, event.end),
    ),
    h(
      'p',
      { class: 'title-format' },
      `${event.format} · ${event.languages.join(', ')} · for ${event.audience.charAt(0).toLowerCase()}${event.audience.slice(1)}`,
    ),
    // Who hosts it, once: the organisers along the foot, as on the holding and closing slides.
    renderOrganisers(event),
  ];
}

function renderHolding(ctx: LayoutContext): Child[] {
  const { event } = ctx.model;
  return [
    h('p', { class: 'kicker' }, event.sessionLabel),
    h('h1', { class: 'holding-title' }, renderUnbrokenHyphens(event.title)),
    h(
      'p',
      { class: 'holding-when', 'data-testid': 'deck.holding-when' },
      `${formatLongDate(event.start, event.timeZone)} · `,
      renderTimes(ctx, event.start, event.end),
    ),
    // Filled and kept live by CountdownController; empty when scripts don't run.
    h('p', { class: 'holding-countdown', 'data-testid': 'deck.countdown' }),
    renderOrganisers(event),
    h(
      'ul',
      { class: 'housekeeping' },
      event.housekeeping.map((line) => h('li', {}, line)),
    ),
  ];
}

/** The programme's caption, which names the viewer's zone when it differs from the event's. */
export function renderProgrammeCaption(ctx: LayoutContext): HTMLElement {
  const { schedule } = ctx;
  const caption = isViewerZoneDifferent(ctx, schedule.start)
    ? `Times in ${schedule.zoneLabel} time, with your time (${formatZoneCity(ctx.viewerZone)}) below`
    : `Times in ${schedule.zoneLabel} time`;
  return h('p', { class: 'programme-caption' }, caption);
}

function renderProgramme(ctx: LayoutContext): Child[] {
  const { schedule } = ctx;
  return [
    renderText('h2', {}, ctx.text?.title),
    renderProgrammeCaption(ctx),
    h(
      'ol',
      { class: 'programme', 'data-testid': 'deck.programme' },
      schedule.segments.map((segment) =>
        h(
          'li',
          { class: 'programme-item', 'data-segment': segment.id },
          renderTimes(ctx, segment.start, segment.end, { labelled: false }),
          h('span', { class: 'programme-label' }, segment.item.label),
          segment.item.title !== segment.item.label
            ? h('span', { class: 'programme-title' }, segment.item.title)
            : null,
          h(
            'span',
            { class: 'programme-people' },
            segment.item.participants
              .map(
                (p) =>
                  `${p.role === 'moderator' ? 'Moderator: ' : ''}${formatSpeakerName(p.speaker)}`,
              )
              .join(' · '),
          ),
        ),
      ),
    ),
  ];
}

function renderSegmentOpening(ctx: LayoutContext): Child[] {
  const { segment } = ctx;
  if (!segment) return [];
  return [
    h(
      'p',
      { class: 'kicker' },
      renderTimes(ctx, segment.start, segment.end),
      ` · ${formatMinutes(segment.duration)}`,
    ),
    // Say each thing once: a segment whose title is its label ("Wrap up") shows it once.
    segment.item.title !== segment.item.label
      ? h('p', { class: 'segment-label' }, segment.item.label)
      : null,
    h('h2', { class: 'segment-title' }, segment.item.title),
    h('ul', { class: 'people' }, segment.item.participants.map(renderPerson)),
  ];
}

function renderObjectives(ctx: LayoutContext): Child[] {
  return [
    renderText('h2', {}, ctx.text?.title),
    renderText('p', { class: 'lead' }, ctx.text?.lead),
    h(
      'ol',
      { class: 'objectives', 'data-testid': 'deck.objectives' },
      // The slide says each objective in a few words; the handout and the scroll view, in full.
      ctx.model.content.objectives.map((o, i) =>
        h(
          'li',
          {},
          h('span', { class: 'objective-short' }, ctx.model.content.objectiveHeadlines[i] ?? o),
          h('span', { class: 'objective-full' }, o),
        ),
      ),
    ),
  ];
}

function renderGains(ctx: LayoutContext): Child[] {
  const { content } = ctx.model;
  return [
    renderText('h2', {}, ctx.text?.title),
    // The slide says it in a line; the handout and the scroll view, in full.
    h(
      'p',
      { class: 'lead' },
      h('span', { class: 'objective-short' }, content.whyAttendHeadline),
      h('span', { class: 'objective-full' }, content.whyAttend),
    ),
    renderText('h3', {}, ctx.text?.subtitle),
    h(
      'ul',
      { class: 'gains dense' },
      content.gains.map((g) => h('li', {}, g)),
    ),
  ];
}

function renderBackground(ctx: LayoutContext): Child[] {
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

function renderSeries(ctx: LayoutContext): Child[] {
  const { series, event } = ctx.model;
  return [
    renderText('h2', {}, ctx.text?.title),
    h(
      'ol',
      { class: 'series', 'data-testid': 'deck.series' },
      series.entries.map((entry) =>
        h(
          'li',
          { class: `series-${entry.kind}`, 'data-entry': entry.id },
          h(
            'span',
            { class: 'series-when' },
            entry.when && entry.precision !== 'none'
              ? formatAnnouncedDate(entry.when, event.timeZone, entry.precision)
              : 'Date to be announced',
          ),
          h('span', { class: 'series-title' }, entry.title),
        ),
      ),
    ),
  ];
}

const ORGANISER_ROLE_LABEL: Record<Model['event']['organisers'][number]['role'], string> = {
  host: 'Hosted by',
  partner: 'In cooperation with',
};

/**
 * The organisers as a row of marks along the foot of the cover slides, each under its role:
 * its logo file (from `public/`, named in data/event.ts) or, without one, its name set as a
 * wordmark in HTML, so that it is drawn in the deck's own web font (an `<img>` SVG cannot use
 * the page's fonts and falls back to whatever the viewer's system has).
 */
export function renderOrganisers(event: Model['event']): HTMLElement {
  return h(
    'ul',
    { class: 'organisers', 'aria-label': 'Organisers', 'data-testid': 'deck.organisers' },
    event.organisers.map((o) =>
      h(
        'li',
        { class: `organiser organiser-${o.role}` },
        h('span', { class: 'organiser-role' }, ORGANISER_ROLE_LABEL[o.role]),
        o.logo
          ? h('img', { class: 'organiser-logo', src: o.logo, alt: o.name })
          : h('span', { class: 'organiser-wordmark' }, o.shortName ?? o.name),
      ),
    ),
  );
}

/** A link shown by its address, without the scheme: what a viewer would type. */
function renderAddress(url: string): HTMLElement {
  return h('a', { href: url }, url.replace(/^https:\/\//, '').replace(/\/$/, ''));
}

function renderClosing(ctx: LayoutContext): Child[] {
  const { event, series } = ctx.model;
  const followUp = event.followUp ?? {};
  // What comes after this session: the series' later entries, as announced.
  const next = series.entries.filter((e) => e.when === null || e.when > event.end);
  const row = (key: string, label: string, ...value: Child[]): HTMLElement =>
    h(
      'div',
      { class: `closing-row closing-${key}`, 'data-testid': `deck.closing-${key}` },
      h('dt', {}, label),
      h('dd', {}, ...value),
    );
  const contacts = followUp.contacts ?? [];
  return [
    h('p', { class: 'kicker' }, event.sessionLabel),
    h(
      'div',
      { class: 'closing-body' },
      h(
        'dl',
        { class: 'closing-list' },
        next.length > 0
          ? row(
              'next',
              'What comes next',
              h(
                'ul',
                {},
                next.map((e) =>
                  h(
                    'li',
                    {},
                    h(
                      'span',
                      { class: 'closing-when' },
                      e.when && e.precision !== 'none'
                        ? formatAnnouncedDate(e.when, event.timeZone, e.precision)
                        : 'Date to be announced',
                    ),
                    ` ${e.title}`,
                  ),
                ),
              ),
            )
          : null,
        followUp.recordingUrl
          ? row('recording', 'Recording', renderAddress(followUp.recordingUrl))
          : null,
        followUp.slidesUrl ? row('slides', 'Slides', renderAddress(followUp.slidesUrl)) : null,
        followUp.feedbackUrl
          ? row('feedback', 'Your feedback', renderAddress(followUp.feedbackUrl))
          : null,
        contacts.length > 0
          ? row(
              'contacts',
              contacts.length === 1 ? 'Contact' : 'Contacts',
              contacts.map((c, i) => [
                i > 0 ? ' · ' : null,
                `${c.name}, `,
                h('a', { href: `mailto:${c.email}` }, c.email),
              ]),
            )
          : null,
      ),
      followUp.feedbackUrl
        ? h(
            'figure',
            { class: 'closing-qr' },
            renderQrCode(followUp.feedbackUrl, 'Feedback survey'),
            h('figcaption', {}, 'Scan for the survey'),
          )
        : null,
    ),
    renderOrganisers(event),
  ];
}

const RENDERERS: Record<Layout, (ctx: LayoutContext) => Child[]> = {
  holding: renderHolding,
  title: renderTitle,
  programme: renderProgramme,
  segment: renderSegmentOpening,
  objectives: renderObjectives,
  gains: renderGains,
  background: renderBackground,
  series: renderSeries,
  map: (ctx) => renderMapLayout(ctx.model),
  'map-table': (ctx) => renderPartiesOverview(ctx.model),
  content: () => [],
  // The author's words alone; the layout sets its first list as a row of cards.
  points: () => [],
  closing: renderClosing,
};

/** Renders the data-driven part of a layout; the author's markdown follows it. */
export function renderLayout(layout: Layout, ctx: LayoutContext): Child[] {
  return RENDERERS[layout](ctx);
}
