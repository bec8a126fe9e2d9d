/**
 * Checks parsed slides against the model: ids unique, segments known, each segment's
 * slides together, in programme order, with one `segment` slide that opens it, and fitting
 * its time.
 */
import type { AgendaItem, Model } from '../../data/types.ts';
import { allocateSlideSeconds } from '../show/pacing.ts';
import type { Layout } from '../deck/layouts.ts';
import { SlideError, type SlideSource, type TEXT_KEYS } from './parseSlide.ts';

const HEADING = /^#{1,3}\s+\S/m;

/** The words each data-driven layout needs from its slide's front matter. */
const LAYOUT_TEXT: Partial<Record<Layout, readonly (typeof TEXT_KEYS)[number][]>> = {
  programme: ['title'],
  objectives: ['title', 'lead'],
  gains: ['title', 'subtitle'],
  background: ['title', 'caption'],
  series: ['title'],
};

/** Checks that a slide has what its layout needs: the layout's words, a content heading. */
function validateLayoutNeeds(slide: SlideSource): void {
  const missing = (LAYOUT_TEXT[slide.layout] ?? []).filter((key) => !slide.text[key]);
  if (missing.length > 0) {
    throw new SlideError(
      slide.file,
      1,
      `the "${slide.layout}" layout needs ${missing.map((k) => `"${k}"`).join(' and ')} in the front matter. Add e.g. "${missing[0]}: …" with the words to show.`,
    );
  }
  if ((slide.layout === 'content' || slide.layout === 'points') && !HEADING.test(slide.body)) {
    throw new SlideError(
      slide.file,
      slide.lines.start,
      'a content slide needs a heading. Start the body with "## Title".',
    );
  }
}

/**
 * Checks a slide's segment against the programme and the segments seen before it in deck
 * order, and adds it to `seenSegments` when it opens a new run of slides.
 */
function validateSegmentOrder(
  slide: SlideSource,
  segmentIds: readonly string[],
  seenSegments: string[],
): void {
  const known = segmentIds.map((id) => JSON.stringify(id)).join(', ');
  if (slide.segment === null) {
    if (slide.layout === 'segment') {
      throw new SlideError(
        slide.file,
        slide.lines.layout,
        'a "segment" layout needs a segment. Add "segment: <id>" with one of ' + known + '.',
      );
    }
    return;
  }
  if (!segmentIds.includes(slide.segment)) {
    throw new SlideError(
      slide.file,
      slide.lines.segment,
      `unknown segment "${slide.segment}". Use one of ${known}, or leave segment out.`,
    );
  }
  const last = seenSegments.at(-1);
  if (last === slide.segment) return;
  if (seenSegments.includes(slide.segment)) {
    throw new SlideError(
      slide.file,
      slide.lines.segment,
      `segment "${slide.segment}" comes back after slides of "${last}". Keep each segment's slides together.`,
    );
  }
  if (last !== undefined && segmentIds.indexOf(slide.segment) < segmentIds.indexOf(last)) {
    throw new SlideError(
      slide.file,
      slide.lines.segment,
      `segment "${slide.segment}" comes after "${last}", against the programme's order. Renumber the slide files.`,
    );
  }
  seenSegments.push(slide.segment);
}

/** Checks one segment's slides: there are some, one opening with notes, and they fit its time. */
function validateSegmentSlides(item: AgendaItem, own: readonly SlideSource[]): void {
  const first = own[0];
  if (!first) {
    throw new SlideError(
      'slides/',
      0,
      `segment "${item.id}" has no slides. Add a slide file with "segment: ${item.id}" and "layout: segment".`,
    );
  }
  const openings = own.filter((s) => s.layout === 'segment');
  const opening = openings[0];
  if (opening && opening.notes.trim() === '') {
    throw new SlideError(
      opening.file,
      0,
      `the opening slide of segment "${item.id}" has no speaker notes. Add a line "Note:" and what the speaker should say or do.`,
    );
  }
  if (openings.length !== 1) {
    const where = openings[1] ?? first;
    const fix =
      openings.length === 0
        ? `Add "layout: segment" to ${first.file}, the segment's first slide.`
        : `Keep "layout: segment" on ${opening?.file ?? first.file} only, and give the others another layout such as "content".`;
    throw new SlideError(
      where.file,
      where.lines.layout,
      `segment "${item.id}" needs exactly one opening slide with "layout: segment", found ${openings.length}. ${fix}`,
    );
  }
  try {
    allocateSlideSeconds(item.interval.toDuration('seconds').seconds, own);
  } catch (error) {
    // Point at the slide whose minutes pass the segment's length (or, when the minutes fall
    // short, the last fixed one): that is the line to change.
    const total = item.interval.toDuration('minutes').minutes;
    let sum = 0;
    const fixed = own.filter((s) => s.minutes !== undefined);
    const culprit = fixed.find((s) => (sum += s.minutes ?? 0) > total) ?? fixed.at(-1) ?? first;
    throw new SlideError(
      culprit.file,
      culprit === first && culprit.minutes === undefined
        ? culprit.lines.segment
        : culprit.lines.minutes,
      `segment "${item.id}": ${(error as Error).message} Change the "minutes:" of its slides.`,
    );
  }
}

/**
 * Validates slides in deck order.
 * @throws SlideError naming the file and line of the first problem.
 */
export function validateSlides(slides: readonly SlideSource[], model: Model): void {
  if (slides.length === 0) {
    throw new SlideError('slides/', 0, 'no slide files found. Add slides/NN-name.md files.');
  }
  const segmentIds = model.agenda.map((a) => a.id);
  const firstFileOfId = new Map<string, string>();
  const seenSegments: string[] = [];
  // One pass in deck order, every check on a slide before the next slide, so that the first
  // problem reported is the first in the deck.
  for (const slide of slides) {
    const earlier = firstFileOfId.get(slide.id);
    if (earlier) {
      throw new SlideError(
        slide.file,
        slide.lines.id,
        `duplicate slide id "${slide.id}", already used in ${earlier}. Give each slide its own id.`,
      );
    }
    firstFileOfId.set(slide.id, slide.file);
    validateLayoutNeeds(slide);
    validateSegmentOrder(slide, segmentIds, seenSegments);
  }
  for (const item of model.agenda) {
    validateSegmentSlides(
      item,
      slides.filter((s) => s.segment === item.id),
    );
  }
}
