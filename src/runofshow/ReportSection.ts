/**
 * The report after the show as a room of its own: planned against actual, the recording's
 * chapters, and the CSV, JSON and chapter files, whose Blob URLs live exactly as long as
 * the report they were made from is on screen. Its part's view is the record and whether
 * the show is over, so it redraws when either changes and at no other repaint.
 */
import { makeDownloadLinks, type DownloadLinks } from '../lib/downloads.ts';
import { definePart, makePartRegion, type PartRegion } from '../lib/part.ts';
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
import { findSegment, type Phase } from '../show/schedule.ts';
import type { ShowRecord } from '../show/showLog.ts';
import { buildReportRecords, formatReportCsv, formatReportJson } from './formatReport.ts';
import { REPORT_DOWNLOADS_CLASS, renderReport } from './renderReport.ts';
import type { RunOfShowContext } from './runOfShowContext.ts';

/** The report's view: nothing before the show is over; then the report and its chapters. */
type ReportView =
  | { readonly after: false }
  | {
      readonly after: true;
      readonly ctx: RunOfShowContext;
      readonly record: ShowRecord;
      readonly report: readonly SegmentReport[];
      readonly chapters: readonly Chapter[];
    };

const reportPart = definePart({
  view: (view: ReportView) => view,
  render: (view) =>
    view.after
      ? renderReport(view.ctx, view.report, [], {
          chapters: view.chapters,
          recordingStart: getRecordingStart(view.record),
          recordingSet: view.record.recordingStart !== null,
          fromSlides: view.record.slides.length > 0,
        })
      : null,
});

/** The report on the run-of-show; `show` it on every change of state, `destroy` it with the page. */
export class ReportSection {
  readonly element = h('div', { class: 'ros-region' });
  readonly #ctx: RunOfShowContext;
  readonly #realClock: Clock;
  readonly #exportName: string;
  readonly #region: PartRegion<[ReportView]>;
  #reportFor: ShowRecord | null = null;
  #report: readonly SegmentReport[] = [];
  #links: DownloadLinks | null = null;

  /** `ctx.schedule` must be the announced schedule; `exportName` names the files, without extension. */
  constructor(ctx: RunOfShowContext, realClock: Clock, exportName: string) {
    this.#ctx = ctx;
    this.#realClock = realClock;
    this.#exportName = exportName;
    this.#region = makePartRegion(this.element, reportPart);
  }

  /** The report of `record` against the announced plan (computed once per record). */
  report(record: ShowRecord): readonly SegmentReport[] {
    if (this.#reportFor !== record) {
      this.#reportFor = record;
      this.#report = buildShowReport(this.#ctx.schedule, record);
    }
    return this.#report;
  }

  /** Shows the report once the show is over (nothing before); its files are made when it redraws. */
  show(record: ShowRecord, phase: Phase): void {
    const view: ReportView =
      phase === 'after'
        ? {
            after: true,
            ctx: this.#ctx,
            record,
            report: this.report(record),
            chapters: this.#chaptersOf(record),
          }
        : { after: false };
    if (!this.#region.show(view)) return;
    this.destroy();
    const slot = this.element.querySelector(`.${REPORT_DOWNLOADS_CLASS}`);
    if (!view.after || !slot) return;
    this.#links = this.#files(record, view.chapters);
    slot.append(...this.#links.links);
  }

  /** Frees the files' URLs. */
  destroy(): void {
    this.#links?.revoke();
    this.#links = null;
  }

  /** The recording's chapters: named as the deck names its slides, the last ending with the show. */
  #chaptersOf(record: ShowRecord): Chapter[] {
    const ctx = this.#ctx;
    const { schedule } = ctx;
    return buildChapters(record, (id) => ctx.slideTitles?.get(id) ?? id, {
      segmentOf: (id) => ctx.slideSegments?.get(id) ?? null,
      segmentTitleOf: (id) => {
        const segment = findSegment(schedule, id);
        return segment ? formatSegmentTitle(segment) : id;
      },
      fallbackEndMs: schedule.end.toMillis(),
    });
  }

  #files(record: ShowRecord, chapters: readonly Chapter[]): DownloadLinks {
    const ctx = this.#ctx;
    const { schedule } = ctx;
    const exportName = this.#exportName;
    const records = buildReportRecords(this.report(record), schedule.zone);
    const end = record.end === null ? null : formatIso(fromMillis(record.end), schedule.zone);
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
          exportedAt: formatIso(this.#realClock.now(), schedule.zone),
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
}
