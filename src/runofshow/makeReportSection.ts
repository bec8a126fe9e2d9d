/**
 * The report after the show: planned against actual, its CSV and JSON, and the recording's
 * chapters. Rebuilt (downloads included) only when the record changes.
 */
import { makeDownloadLinks, type DownloadLinks } from '../lib/downloads.ts';
import { h } from '../lib/h.ts';
import type { Clock } from '../time/clock.ts';
import {
  buildChapters,
  type Chapter,
  formatChapterList,
  formatWebVtt,
  getRecordingStart,
} from '../show/chapters.ts';
import { buildShowReport, type SegmentReport } from '../show/showReport.ts';
import { formatIso, fromMillis } from '../time/format.ts';
import { formatSegmentTitle } from '../show/cues.ts';
import { findSegment, type Phase } from '../time/schedule.ts';
import type { ShowRecord } from '../show/showLog.ts';
import { buildReportRecords, formatReportCsv, formatReportJson } from './formatReport.ts';
import { renderReport } from './renderReport.ts';
import type { RunOfShowContext } from './runOfShowContext.ts';

/** The report's region and the report itself, for the cue list's actual starts. */
export interface ReportSection {
  readonly element: HTMLElement;
  /** The report of `record` against the announced plan (computed once per record). */
  report(record: ShowRecord): readonly SegmentReport[];
  /** Shows the report once the show is over; nothing before. */
  update(record: ShowRecord, phase: Phase): void;
  dispose(): void;
}

/** Makes the report section; `ctx.schedule` must be the announced schedule. */
export function makeReportSection(
  ctx: RunOfShowContext,
  realClock: Clock,
  exportName: string,
): ReportSection {
  const { schedule } = ctx;
  const element = h('div', { class: 'ros-region' });
  let reportFor: ShowRecord | null = null;
  let report: readonly SegmentReport[] = [];
  let shownFor: ShowRecord | null = null;
  let shownAfter = false;
  let links: DownloadLinks | null = null;

  function getReport(record: ShowRecord): readonly SegmentReport[] {
    if (reportFor !== record) {
      reportFor = record;
      report = buildShowReport(schedule, record);
    }
    return report;
  }

  /** The recording's chapters: named as the deck names its slides, the last ending with the show. */
  function chaptersOf(record: ShowRecord): Chapter[] {
    return buildChapters(record, (id) => ctx.slideTitles?.get(id) ?? id, {
      segmentOf: (id) => ctx.slideSegments?.get(id) ?? null,
      segmentTitleOf: (id) => {
        const segment = findSegment(schedule, id);
        return segment ? formatSegmentTitle(segment) : id;
      },
      fallbackEndMs: schedule.end.toMillis(),
    });
  }

  function files(record: ShowRecord): DownloadLinks {
    const records = buildReportRecords(getReport(record), schedule.zone);
    const end = record.end === null ? null : formatIso(fromMillis(record.end), schedule.zone);
    const chapters = chaptersOf(record);
    return makeDownloadLinks([
      {
        name: `${exportName}.csv`,
        type: 'text/csv',
        text: formatReportCsv(records),
        label: 'CSV',
        testId: 'run-of-show.export-csv',
      },
      {
        name: `${exportName}.json`,
        type: 'application/json',
        text: formatReportJson(ctx.model.event, records, {
          mode: ctx.mode,
          exportedAt: formatIso(realClock.now(), schedule.zone),
          end,
        }),
        label: 'JSON',
        testId: 'run-of-show.export-json',
      },
      ...(chapters.length > 0
        ? [
            {
              name: `${exportName}-chapters.vtt`,
              type: 'text/vtt',
              text: formatWebVtt(chapters),
              label: 'Chapters (WebVTT)',
              testId: 'run-of-show.export-vtt',
            },
            {
              name: `${exportName}-chapters.txt`,
              type: 'text/plain',
              text: formatChapterList(chapters),
              label: 'Chapter list',
              testId: 'run-of-show.export-chapters',
            },
          ]
        : []),
    ]);
  }

  const section: ReportSection = {
    element,
    report: getReport,
    update(record, phase) {
      // Redrawn when the record changes or the show ends by the clock, not at every repaint.
      const after = phase === 'after';
      if (shownFor === record && shownAfter === after) return;
      shownFor = record;
      shownAfter = after;
      section.dispose();
      if (!after) {
        element.replaceChildren();
        return;
      }
      links = files(record);
      const chapters = chaptersOf(record);
      element.replaceChildren(
        renderReport(ctx, getReport(record), links.links, {
          chapters,
          recordingStart: getRecordingStart(record),
          recordingSet: record.recordingStart !== null,
          fromSlides: record.slides.length > 0,
        }),
      );
    },
    dispose() {
      links?.revoke();
      links = null;
    },
  };
  return section;
}
