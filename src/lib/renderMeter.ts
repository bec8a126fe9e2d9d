import { h } from './h.ts';

/** Options for `renderMeter`. */
export interface MeterOptions {
  /** How full, from 0 to 1. */
  readonly fraction: number;
  /** A colour state the stylesheet knows, e.g. "normal", "amber", "red". */
  readonly level: string;
  /** What the bar measures, for screen readers. */
  readonly label: string;
}

/**
 * A fraction as the meter shows it, to a tenth of a percent: a view holding this changes a
 * few times a minute at most, not at every repaint.
 */
export function toMeterPercent(fraction: number): number {
  return Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 10;
}

/**
 * A horizontal progress bar. Its width is set through the CSSOM, not a style attribute,
 * so that a strict Content-Security-Policy allows it.
 */
export function renderMeter(options: MeterOptions): HTMLElement {
  const percent = toMeterPercent(options.fraction);
  const fill = h('div', { class: 'meter-fill' });
  fill.style.width = `${percent}%`;
  return h(
    'div',
    {
      class: 'meter',
      role: 'progressbar',
      'aria-label': options.label,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': Math.round(percent),
      'data-level': options.level,
    },
    fill,
  );
}
