/**
 * Builds the deck's `<section>` elements from the model, the schedule and the slide
 * documents. Pure: no reveal.js here, so the same structure can be tested in jsdom.
 */
import type { Model } from '../../data/types.ts';
import { h, trustedHtml } from '../lib/h.ts';
import { buildScheduleSlidePlans, findSegment, type Schedule } from '../show/schedule.ts';
import { renderLayout } from './renderLayout.ts';
import { renderTimingHeader } from './renderTimingHeader.ts';
import type { SlideDoc } from './slideDoc.ts';
import { renderViewSwitch, type DeckView } from './viewSwitch.ts';
import type { Layout } from './layouts.ts';

/** Layouts that carry the link to the other view (slides or scroll). */
const VIEW_SWITCH_LAYOUTS: ReadonlySet<Layout> = new Set(['title', 'closing']);

/**
 * The cover slides of the designed set: the brand band, the organisers along the foot, and no
 * footer. Every other slide has the quiet footer (session label, slide number).
 */
export const COVER_LAYOUTS: ReadonlySet<Layout> = new Set(['holding', 'title', 'closing']);

/** The quiet footer of a content slide: which session, and which slide of how many. */
function renderFooter(model: Model, index: number, total: number): HTMLElement {
  return h(
    'footer',
    { class: 'slide-footer', 'aria-hidden': 'true' },
    h('span', { class: 'footer-session' }, model.event.sessionLabel),
    h(
      'span',
      { class: 'footer-number', 'data-testid': 'deck.slide-number' },
      `${index + 1} / ${total}`,
    ),
  );
}

/** Options for `buildDeck`. */
export interface BuildDeckOptions {
  /** The viewer's IANA zone. */
  readonly viewerZone: string;
  /** Add speaker notes (timing header and authored notes). @defaultValue true */
  readonly includeNotes?: boolean;
  /** Add "or press W" to the link to the scroll view: not on projected slides. @defaultValue true */
  readonly keyHints?: boolean;
  /** How the deck will be shown, for the link to the other view. @defaultValue "slides" */
  readonly view?: DeckView;
  /** Draws the closing slide's QR code (the build's encoder). @defaultValue none: no QR code */
  readonly drawQrCode?: (text: string, label: string) => SVGElement;
}

/** Seconds each slide has, by slide id, for slides that belong to a segment. */
export function buildSlideTimings(
  schedule: Schedule,
  slides: readonly SlideDoc[],
): Map<string, number> {
  const plans = buildScheduleSlidePlans(schedule, slides);
  return new Map([...plans].map(([id, plan]) => [id, plan.seconds]));
}

/** Builds one `<section>` per slide, in order. */
export function buildDeck(
  model: Model,
  schedule: Schedule,
  slides: readonly SlideDoc[],
  options: BuildDeckOptions,
): HTMLElement[] {
  const plans = buildScheduleSlidePlans(schedule, slides);
  const includeNotes = options.includeNotes ?? true;
  return slides.map((slide, index) => {
    const segment = slide.segment ? (findSegment(schedule, slide.segment) ?? null) : null;
    const plan = plans.get(slide.id);
    const seconds = plan?.seconds;
    const section = h(
      'section',
      {
        id: slide.id,
        class: `layout-${slide.layout}`,
        'data-layout': slide.layout,
        'data-segment': segment?.id,
        'data-timing': seconds,
      },
      h(
        'div',
        { class: 'slide-body' },
        renderLayout(slide.layout, {
          model,
          schedule,
          viewerZone: options.viewerZone,
          segment,
          text: slide.text ?? {},
          ...(options.drawQrCode ? { drawQrCode: options.drawQrCode } : {}),
        }),
        slide.html ? h('div', { class: 'authored' }, trustedHtml(slide.html)) : null,
        VIEW_SWITCH_LAYOUTS.has(slide.layout)
          ? renderViewSwitch(options.view ?? 'slides', { keyHint: options.keyHints ?? true })
          : null,
      ),
      COVER_LAYOUTS.has(slide.layout) ? null : renderFooter(model, index, slides.length),
    );
    if (includeNotes && (segment || slide.notesHtml)) {
      section.append(
        h(
          'aside',
          { class: 'notes' },
          segment && plan ? renderTimingHeader({ schedule, segment, plan }) : null,
          trustedHtml(slide.notesHtml),
        ),
      );
    }
    return section;
  });
}
