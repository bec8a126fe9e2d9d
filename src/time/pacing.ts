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
