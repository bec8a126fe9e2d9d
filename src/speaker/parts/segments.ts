/**
 * A speaker's segments: times, cues, re-plans and the slides with their notes.
 */
import { definePart } from '../../lib/part.ts';
import { h, trustedHtml } from '../../lib/h.ts';
import { formatHandIn, formatHandOver, formatRole, formatSpeakerName } from '../../show/cues.ts';
import { formatSeconds, formatTime, formatTimeRange, formatWindow } from '../../time/format.ts';
import type { Instant } from '../../time/clock.ts';
import { getSlideWindow, type ScheduledSegment } from '../../show/schedule.ts';
import { type SpeakerContext, participantOf } from '../speakerContext.ts';
import { formatInZones, renderSegmentTimes } from './segmentTimes.ts';

function renderNotes(ctx: SpeakerContext, segment: ScheduledSegment): HTMLElement {
  const slides = ctx.slides.filter((s) => s.plan.segmentId === segment.id);
  return h(
    'section',
    { class: 'sp-notes', 'aria-label': `Notes for ${segment.item.label}` },
    h('h3', {}, 'Your slides and notes'),
    h(
      'ol',
      { class: 'sp-slides' },
      slides.map((slide) => {
        const slot = getSlideWindow(segment, slide.plan);
        return h(
          'li',
          { class: 'sp-slide', 'data-slide': slide.id, 'data-testid': 'speaker.slide' },
          h(
            'p',
            { class: 'sp-slide-head' },
            h('a', { href: ctx.slideHref(slide.id) }, slide.label),
            h(
              'span',
              { class: 'sp-slide-time' },
              ` · ${formatInZones(ctx, (zone) => formatWindow(slot.start, slot.end, zone), slot.start)} · ${formatSeconds(slide.plan.seconds)}`,
            ),
          ),
          slide.notesHtml.trim()
            ? h(
                'div',
                { class: 'sp-slide-notes', 'data-testid': 'speaker.notes' },
                trustedHtml(slide.notesHtml),
              )
            : h('p', { class: 'sp-slide-notes sp-muted' }, 'No notes for this slide.'),
        );
      }),
    ),
  );
}

/**
 * The host's re-plan of a segment in words, or `null` when its times are as announced.
 * @example "Re-planned by the host: now 06:16–07:26 Chicago (11:16–12:26 Lisbon); announced 11:15–12:25."
 */
function formatReplanned(
  ctx: SpeakerContext,
  segment: ScheduledSegment,
  announced: ScheduledSegment,
): string | null {
  if (+segment.start === +announced.start && +segment.end === +announced.end) return null;
  const zone = ctx.schedule.zone;
  const now = formatInZones(
    ctx,
    (z) => formatTimeRange(segment.start, segment.end, z, { instant: segment.start, zone }),
    segment.start,
  );
  return `Re-planned by the host: now ${now}; announced ${formatTimeRange(announced.start, announced.end, zone)} ${ctx.schedule.zoneLabel}.`;
}

/** A cue line: "Cue in" (the hand-in) or "Cue out" (the hand-over), in the speaker's zones. */
function renderCue(which: 'in' | 'out', text: string): HTMLElement {
  return h(
    'p',
    { class: 'sp-cue', 'data-testid': `speaker.cue-${which}` },
    h('span', { class: 'sp-cue-label' }, which === 'in' ? 'Cue in' : 'Cue out'),
    text,
  );
}

/**
 * One of the speaker's segments: times, role, cues and notes. `segment` is its place in the
 * plan the pages show (the host's re-plans applied); `announced`, its place as announced.
 */
export function renderSpeakerSegment(
  ctx: SpeakerContext,
  segment: ScheduledSegment,
  announced: ScheduledSegment = segment,
): HTMLElement {
  const { schedule } = ctx;
  const replanned = formatReplanned(ctx, segment, announced);
  const own = participantOf(ctx, segment);
  const moderator = segment.item.participants.find(
    (p) => p.role === 'moderator' && p.speaker.id !== ctx.speaker.id,
  );
  const others = segment.item.participants.filter((p) => p.speaker.id !== ctx.speaker.id);
  const atInZones = (instant: Instant): string =>
    formatInZones(ctx, (zone) => formatTime(instant, zone), instant);
  return h(
    'article',
    { class: 'sp-segment', 'data-testid': 'speaker.segment', 'data-segment': segment.id },
    h(
      'p',
      { class: 'sp-kicker' },
      `${own ? formatRole(own.role) : 'Segment'} · ${segment.item.label}`,
    ),
    h('h2', {}, segment.item.title),
    replanned
      ? h(
          'p',
          { class: 'sp-replanned', role: 'status', 'data-testid': 'speaker.replanned' },
          replanned,
        )
      : null,
    renderSegmentTimes(ctx, segment),
    others.length > 0
      ? h(
          'p',
          { class: 'sp-with' },
          'With ',
          others
            .map(
              (p) =>
                `${formatSpeakerName(p.speaker)} (${formatRole(p.role).toLowerCase()}, ${p.speaker.timeZoneLabel})`,
            )
            .join(', '),
        )
      : null,
    h(
      'div',
      { class: 'sp-cues' },
      renderCue('in', formatHandIn(schedule, segment, atInZones(segment.start))),
      renderCue('out', formatHandOver(schedule, segment, atInZones(segment.end))),
      moderator
        ? h(
            'p',
            { class: 'sp-cue' },
            h('span', { class: 'sp-cue-label' }, 'Moderator'),
            `${formatSpeakerName(moderator.speaker)} gives you the floor and takes it back.`,
          )
        : null,
    ),
    renderNotes(ctx, segment),
  );
}

/**
 * The speaker's segments in the plan the pages show: redrawn when the host re-plans, each
 * saying so. `planned` are the speaker's segments in that plan, in programme order.
 */
export const segmentsPart = definePart({
  view: (ctx: SpeakerContext, planned: readonly ScheduledSegment[]) => ({ ctx, planned }),
  render: ({ ctx, planned }) =>
    h(
      'div',
      { class: 'sp-segments' },
      planned.map((s) =>
        renderSpeakerSegment(ctx, s, ctx.segments.find((a) => a.id === s.id) ?? s),
      ),
    ),
});
