/**
 * Slide pacing: how a segment's scheduled length is shared among its slides, in whole
 * seconds that add up exactly, so that reveal.js's pacing timer agrees with the schedule.
 */

/** A slide's authored wish: a fixed number of minutes, or an equal share of what is left. */
export interface SlidePace {
  readonly minutes?: number;
}

/**
 * Shares `totalSeconds` among slides. Slides with `minutes` get exactly that; the rest share
 * what is left equally, earlier slides taking the odd seconds.
 * @example allocateSlideSeconds(600, [{}, { minutes: 2 }, {}]) // [240, 120, 240]
 * @throws Error when fixed minutes exceed the total, naming both.
 */
export function allocateSlideSeconds(totalSeconds: number, slides: readonly SlidePace[]): number[] {
  const fixed = slides.reduce((sum, s) => sum + (s.minutes ?? 0) * 60, 0);
  if (fixed > totalSeconds) {
    throw new Error(
      `slides ask for ${fixed / 60} min, more than the segment's ${totalSeconds / 60} min.`,
    );
  }
  const flexible = slides.filter((s) => s.minutes === undefined).length;
  if (flexible === 0 && fixed !== totalSeconds && slides.length > 0) {
    throw new Error(
      `slides ask for ${fixed / 60} min, but the segment lasts ${totalSeconds / 60} min.`,
    );
  }
  const left = totalSeconds - fixed;
  const share = flexible > 0 ? Math.floor(left / flexible) : 0;
  let odd = flexible > 0 ? left - share * flexible : 0;
  return slides.map((s) => {
    if (s.minutes !== undefined) return Math.round(s.minutes * 60);
    const extra = odd > 0 ? 1 : 0;
    odd -= extra;
    return share + extra;
  });
}

/** What pacing needs to know of a slide. */
export interface PacedSlide extends SlidePace {
  readonly id: string;
  readonly segment: string | null;
}

/** A slide's share of its segment: its place, length and planned window. */
export interface SlidePlan {
  readonly segmentId: string;
  /** 0-based place among its segment's slides, and their number. */
  readonly index: number;
  readonly count: number;
  readonly seconds: number;
  /** Seconds from the segment's start to this slide's planned start. */
  readonly offsetSeconds: number;
}

/**
 * Each segment's slides with their share of its time, by slide id. Slides outside the
 * programme are left out.
 * @throws Error when a segment's slides ask for more time than it has.
 */
export function buildSlidePlans(
  segments: readonly { readonly id: string; readonly seconds: number }[],
  slides: readonly PacedSlide[],
): Map<string, SlidePlan> {
  const plans = new Map<string, SlidePlan>();
  for (const segment of segments) {
    const own = slides.filter((s) => s.segment === segment.id);
    const seconds = allocateSlideSeconds(segment.seconds, own);
    let offsetSeconds = 0;
    own.forEach((slide, index) => {
      const share = seconds[index] ?? 0;
      plans.set(slide.id, {
        segmentId: segment.id,
        index,
        count: own.length,
        seconds: share,
        offsetSeconds,
      });
      offsetSeconds += share;
    });
  }
  return plans;
}
