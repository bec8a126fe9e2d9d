/** The bench's report: a Markdown table that reads in a terminal and pastes into a README. */
import type { Figure, Unit } from './buildFigures.ts';
import type { Summary } from './stats.ts';

const DIGITS: Readonly<Record<Unit, number>> = { ms: 0, kB: 1, MB: 2, '%': 2, '/s': 2, score: 2 };

/**
 * Formats a summary as "median (min–max) unit", with fewer digits for large values.
 * @example formatSummary({ median: 412.4, min: 380, max: 455.6, n: 7, values: [] }, 'ms') // "412 (380–456) ms"
 */
export function formatSummary(summary: Summary | null, unit: Unit): string {
  if (!summary) return '–';
  const digits = unit === 'ms' && summary.median < 100 ? 1 : DIGITS[unit];
  const f = (n: number): string => n.toFixed(digits);
  const spread = summary.min === summary.max ? '' : ` (${f(summary.min)}–${f(summary.max)})`;
  return unit === 'score'
    ? `${f(summary.median)}${spread}`
    : `${f(summary.median)}${spread} ${unit}`;
}

const MARK = { true: '✓', false: '✗ missed', null: '' } as const;

/** Formats the figures as a Markdown table: figure, deck, baseline, comparison, target, note. */
export function formatReport(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    formatSummary(f.deck, f.unit),
    formatSummary(f.baseline, f.unit),
    f.comparison,
    f.target ? `${f.target} ${MARK[`${f.met}`]}`.trim() : '',
    f.note,
  ]);
  const header = ['Figure', 'Deck', 'Baseline', 'Deck ÷ baseline', 'Target', 'How / note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
