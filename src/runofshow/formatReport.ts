/**
 * The planned-against-actual report as CSV and JSON, for the organisers' records. Times
 * are ISO 8601 in the event's zone; durations are whole seconds.
 */
import type { Event } from '../../data/types.ts';
import type { SegmentReport } from '../show/showReport.ts';
import { formatCsv } from '../lib/formatCsv.ts';
import { formatIso } from '../time/format.ts';

const seconds = (d: { as(unit: 'seconds'): number } | null): number | null =>
  d === null ? null : Math.round(d.as('seconds'));

/** One row of the report in export form. */
export interface ReportRecord {
  readonly segment: string;
  readonly label: string;
  readonly plannedStart: string;
  readonly plannedEnd: string;
  readonly plannedSeconds: number;
  readonly actualStart: string | null;
  readonly actualEnd: string | null;
  readonly actualSeconds: number | null;
  readonly overrunSeconds: number | null;
  readonly startDriftSeconds: number | null;
}

/** The report's rows as plain values, times in `zone`. */
export function buildReportRecords(rows: readonly SegmentReport[], zone: string): ReportRecord[] {
  return rows.map((row) => ({
    segment: row.segment.id,
    label: row.segment.item.label,
    plannedStart: formatIso(row.plannedStart, zone),
    plannedEnd: formatIso(row.plannedEnd, zone),
    plannedSeconds: seconds(row.plannedDuration) ?? 0,
    actualStart: row.actualStart ? formatIso(row.actualStart, zone) : null,
    actualEnd: row.actualEnd ? formatIso(row.actualEnd, zone) : null,
    actualSeconds: seconds(row.actualDuration),
    overrunSeconds: seconds(row.overrun),
    startDriftSeconds: seconds(row.startDrift),
  }));
}

const CSV_COLUMNS: readonly (keyof ReportRecord)[] = [
  'segment',
  'label',
  'plannedStart',
  'plannedEnd',
  'plannedSeconds',
  'actualStart',
  'actualEnd',
  'actualSeconds',
  'overrunSeconds',
  'startDriftSeconds',
];

/** The report as CSV. */
export function formatReportCsv(records: readonly ReportRecord[]): string {
  return formatCsv(CSV_COLUMNS, records);
}

/** The report as JSON, with the event it belongs to. */
export function formatReportJson(
  event: Event,
  records: readonly ReportRecord[],
  meta: { readonly mode: string; readonly exportedAt: string; readonly end: string | null },
): string {
  return `${JSON.stringify(
    {
      event: {
        id: event.id,
        title: event.title,
        start: formatIso(event.start, event.timeZone),
        end: formatIso(event.end, event.timeZone),
        timeZone: event.timeZone,
      },
      mode: meta.mode,
      exportedAt: meta.exportedAt,
      showEnd: meta.end,
      segments: records,
    },
    null,
    2,
  )}\n`;
}
