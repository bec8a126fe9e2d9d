import { trustedHtml } from '../lib/h.ts';
import { formatSegmentTitle } from '../show/cues.ts';
import { findSegment, type Schedule } from '../show/schedule.ts';

/** What a slide of each layout shows, when its markdown has no heading of its own. */
const LAYOUT_LABELS: Readonly<Record<string, string>> = {
  holding: 'Holding slide',
  title: 'Title slide',
  programme: 'Programme',
  objectives: 'Objectives',
  gains: 'Why attend',
  background: 'The conventions',
  series: 'The series',
  closing: 'Closing slide',
};

/**
 * A short name for a slide: the first heading of its (trusted, build-time rendered)
 * markdown, else the title its front matter gives the layout, else, for the slide that
 * opens a segment, the segment's label and lead (so that "On screen", the cue sheet, the
 * notes and the chapters name it the same), else what its layout shows, else its id.
 * @example getSlideLabel({ id: 'questions', layout: 'content', html: '<h2>Your questions</h2>' }, schedule) // "Your questions"
 * @example getSlideLabel({ id: 'panel', layout: 'segment', segment: 'panel', html: '' }, schedule) // "<the segment's label> · <its lead's name and role>"
 */
export function getSlideLabel(
  slide: {
    readonly id: string;
    readonly layout: string;
    readonly html: string;
    readonly segment?: string | null;
    readonly text?: { readonly title?: string };
  },
  schedule: Schedule,
): string {
  const heading = trustedHtml(slide.html).querySelector('h1, h2, h3')?.textContent.trim();
  if (heading) return heading;
  if (slide.text?.title) return slide.text.title;
  const segment = slide.segment ? findSegment(schedule, slide.segment) : undefined;
  if (slide.layout === 'segment' && segment) return formatSegmentTitle(segment);
  return LAYOUT_LABELS[slide.layout] ?? slide.id;
}
