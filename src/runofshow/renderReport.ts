/**
 * The report after the show: planned against actual for every segment.
 */
import { h } from '../lib/h.ts';
import type { Chapter } from '../show/chapters.ts';
import type { Instant } from '../time/clock.ts';
import type { SegmentReport } from '../show/showReport.ts';
import {
  formatClock,
  formatSeconds,
  fromMillis,
  formatOverrun,
  formatTimeRange,
} from '../time/format.ts';
import type { RunOfShowContext } from './runOfShowContext.ts';

/** The class of the report's line of files, which the report's room fills with download links. */
export const REPORT_DOWNLOADS_CLASS = 'ros-downloads';

/** Planned against actual for every segment, after the show. */
export function renderReport(
  ctx: RunOfShowContext,
  report: readonly SegmentReport[],
  downloads: readonly HTMLElement[],
  recording: {
    readonly chapters: readonly Chapter[];
    readonly recordingStart: number | null;
    readonly recordingSet: boolean;
    /** Whether the chapters come from slide changes rather than the segments' starts. */
    readonly fromSlides: boolean;
  } = { chapters: [], recordingStart: null, recordingSet: false, fromSlides: true },
): HTMLElement {
  const zone = ctx.schedule.zone;
  const clock = (d: Instant | null): string => (d ? formatClock(d, zone) : 'not recorded');
  return h(
    'section',
    {
      class: 'ros-report',
      'data-testid': 'run-of-show.report',
      'aria-label': 'Planned and actual',
    },
    h('h2', { class: 'ros-section-title' }, 'Planned and actual'),
    h(
      'table',
      { class: 'report-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Segment'),
          h('th', { scope: 'col' }, `Planned (${ctx.schedule.zoneLabel})`),
          h('th', { scope: 'col' }, 'Actual start'),
          h('th', { scope: 'col' }, 'Actual end'),
          h('th', { scope: 'col' }, 'Length'),
          h('th', { scope: 'col' }, 'Against plan'),
        ),
      ),
      h(
        'tbody',
        {},
        report.map((row) =>
          h(
            'tr',
            { 'data-segment': row.segment.id, 'data-testid': 'run-of-show.report-row' },
            h('th', { scope: 'row' }, row.segment.item.label),
            h('td', {}, formatTimeRange(row.plannedStart, row.plannedEnd, zone)),
            h('td', {}, clock(row.actualStart)),
            h('td', {}, clock(row.actualEnd)),
            h('td', {}, row.actualDuration ? formatSeconds(asSeconds(row.actualDuration)) : '—'),
            h('td', {}, row.overrun ? formatOverrun(row.overrun) : '—'),
          ),
        ),
      ),
    ),
    h('p', { class: REPORT_DOWNLOADS_CLASS }, 'Export: ', downloads),
    recording.chapters.length === 0
      ? h(
          'p',
          { class: 'ros-chapters-note', 'data-testid': 'run-of-show.recording-note' },
          'No slide changes nor segment starts were recorded, so there are no recording chapters.',
        )
      : recording.recordingStart !== null
        ? h(
            'p',
            { class: 'ros-chapters-note', 'data-testid': 'run-of-show.recording-note' },
            `${recording.chapters.length} chapters from the ${recording.fromSlides ? 'slide changes' : 'segments’ starts (the deck recorded no slide changes)'}, measured from the recording’s start at ${formatClock(fromMillis(recording.recordingStart), zone)} (${recording.recordingSet ? 'set by the host' : 'the show’s first recorded start; press C when the recording starts to set it'}).`,
          )
        : null,
  );
}

function asSeconds(d: { as(unit: 'seconds'): number }): number {
  return Math.round(d.as('seconds'));
}
