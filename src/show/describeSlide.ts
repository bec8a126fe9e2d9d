/**
 * Where a slide stands in the programme: the one reading of it for the deck (which reports
 * each slide it moves to) and the live pages (which read the slide from the shared log).
 */

/** A slide as the programme places it. */
export interface ProgrammeSlide {
  readonly id: string;
  /** The segment the slide belongs to, or `null` outside the segments. */
  readonly segment: string | null;
}

/** Where a slide stands among the deck's slides. */
export interface SlidePlace {
  readonly slideId: string;
  readonly segmentId: string | null;
  /** Before the first segment's slides, inside the programme, or after the last segment. */
  readonly position: 'before' | 'segment' | 'after';
  /** Whether this is the first slide of its segment in the deck: moving here starts it. */
  readonly isSegmentStart: boolean;
}

/**
 * Reads where the slide at `index` stands among `slides`, the deck's slides in order, or
 * `null` when there is no such slide.
 * @example describeSlide([{ id: 'title', segment: null }, { id: 'intro', segment: 'opening' }], 1)
 * // { slideId: 'intro', segmentId: 'opening', position: 'segment', isSegmentStart: true }
 */
export function describeSlide(slides: readonly ProgrammeSlide[], index: number): SlidePlace | null {
  const slide = slides[index];
  if (!slide) return null;
  const inProgramme = slides.map((s, i) => (s.segment === null ? -1 : i)).filter((i) => i >= 0);
  const first = inProgramme[0] ?? -1;
  const last = inProgramme.at(-1) ?? -1;
  return {
    slideId: slide.id,
    segmentId: slide.segment,
    position: index < first ? 'before' : index > last ? 'after' : 'segment',
    isSegmentStart:
      slide.segment !== null && slides.findIndex((s) => s.segment === slide.segment) === index,
  };
}
