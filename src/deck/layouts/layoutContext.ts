/**
 * What a layout renderer may use, and the slide's own words as elements.
 */
import type { Model } from '../../../data/types.ts';
import { h, type Attrs } from '../../lib/h.ts';
import type { Schedule, ScheduledSegment } from '../../show/schedule.ts';
import type { SlideText } from '../slideDoc.ts';

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
  /**
   * Draws a QR code for `text`. The build passes its encoder (src/build/renderQrCode.ts), so
   * that the code is drawn at build time and no page ever loads the encoder.
   * @defaultValue none: slides show no QR code
   */
  readonly drawQrCode?: (text: string, label: string) => SVGElement;
}

/** An element with the slide's words, or nothing when the slide has none. */
export function renderText(
  tag: 'h2' | 'h3' | 'p' | 'caption',
  attrs: Attrs,
  text: string | undefined,
): HTMLElement | null {
  return text ? h(tag, attrs, text) : null;
}
