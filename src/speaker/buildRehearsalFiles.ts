/**
 * The speaker's rehearsal log as files (CSV for a spreadsheet, JSON for a script): one row
 * per finished run, with its length and how it compares with the plan.
 */
import type { DownloadFile } from '../lib/downloads.ts';
import { formatCsv } from '../lib/formatCsv.ts';
import { getRunLength, getRunOverrun, type RehearsalRun } from '../show/rehearsal.ts';
import { formatIso, fromMillis } from '../time/format.ts';
import type { SpeakerContext } from './speakerContext.ts';

const COLUMNS = [
  'speaker',
  'segment',
  'startedAt',
  'endedAt',
  'rehearsedSeconds',
  'plannedSeconds',
  'overrunSeconds',
] as const;

/** The rehearsal log's CSV and JSON, named `<name>.csv` and `<name>.json`. */
export function buildRehearsalFiles(
  ctx: SpeakerContext,
  log: readonly RehearsalRun[],
  name: string,
): DownloadFile[] {
  const rows = log.map((run) => {
    const seg = ctx.segments.find((s) => s.id === run.segmentId);
    return {
      speaker: ctx.speaker.id,
      segment: run.segmentId,
      startedAt: formatIso(fromMillis(run.startedAt), ctx.viewerZone),
      endedAt: formatIso(fromMillis(run.endedAt), ctx.viewerZone),
      rehearsedSeconds: Math.round(getRunLength(run).as('seconds')),
      plannedSeconds: seg ? Math.round(seg.duration.as('seconds')) : null,
      overrunSeconds: seg ? Math.round(getRunOverrun(run, seg).as('seconds')) : null,
    };
  });
  return [
    {
      name: `${name}.csv`,
      type: 'text/csv',
      text: formatCsv(COLUMNS, rows),
      label: 'CSV',
      testId: 'speaker.export-csv',
    },
    {
      name: `${name}.json`,
      type: 'application/json',
      text: `${JSON.stringify({ speaker: ctx.speaker.id, eventZone: ctx.schedule.zone, runs: rows }, null, 2)}\n`,
      label: 'JSON',
      testId: 'speaker.export-json',
    },
  ];
}
