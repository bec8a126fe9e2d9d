/** Summaries of repeated measurements: the bench reports medians with their spread. */

/** The median, min and max of a series, with the values kept for the record. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
  readonly values: readonly number[];
}

/**
 * Summarises `values`; the median of an even count is the mean of the middle two.
 * @example summarize([3, 1, 2]) // { median: 2, min: 1, max: 3, n: 3, values: [3, 1, 2] }
 * @throws Error when `values` is empty, since a figure with no measurement has no median.
 */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('[bench] Cannot summarise an empty series.');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, n: values.length, values: [...values] };
}

/** Summarises the values that were measured, or returns null when none were. */
export function summarizeSome(values: readonly (number | null)[]): Summary | null {
  const measured = values.filter((v): v is number => v !== null);
  return measured.length === 0 ? null : summarize(measured);
}
