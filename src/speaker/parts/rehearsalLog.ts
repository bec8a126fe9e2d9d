/**
 * The finished rehearsal runs on a speaker's page, newest first, with export links.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { renderTableHead } from '../../lib/renderTableHead.ts';
import {
  formatClock,
  formatDateTime,
  formatOverrun,
  formatTimer,
  fromMillis,
} from '../../time/format.ts';
import { getRunLength, getRunOverrun, type RehearsalRun } from '../../show/rehearsal.ts';
import type { SpeakerContext } from '../speakerContext.ts';

/** The class of the paragraph the log's export links go in (see `RehearsalLog`). */
export const LOG_EXPORTS_CLASS = 'sp-downloads';

function renderRehearsalLog(ctx: SpeakerContext, log: readonly RehearsalRun[]): HTMLElement {
  const bySegment = new Map(ctx.schedule.segments.map((s) => [s.id, s]));
  const rows = [...log].reverse();
  return h(
    'section',
    { class: 'sp-log', 'data-testid': 'speaker.rehearsal-log', 'aria-label': 'Your rehearsals' },
    h('h3', {}, 'Your rehearsals'),
    rows.length === 0
      ? h('p', { class: 'sp-muted' }, 'None yet. Each run is saved here when you press Reset.')
      : h(
          'table',
          { class: 'sp-log-table' },
          renderTableHead(['When', 'Segment', 'Length', 'Against plan']),
          h(
            'tbody',
            {},
            rows.map((run) => {
              const segment = bySegment.get(run.segmentId);
              const overrun = segment ? getRunOverrun(run, segment) : null;
              return h(
                'tr',
                { 'data-testid': 'speaker.rehearsal-run', 'data-segment': run.segmentId },
                h(
                  'td',
                  {},
                  `${formatDateTime(fromMillis(run.startedAt), ctx.viewerZone)}–${formatClock(fromMillis(run.endedAt), ctx.viewerZone).slice(0, 5)}`,
                ),
                h('td', {}, segment?.item.label ?? run.segmentId),
                h('td', {}, formatTimer(getRunLength(run))),
                h(
                  'td',
                  { 'data-over': String(overrun ? overrun.toMillis() > 0 : false) },
                  overrun ? formatOverrun(overrun) : '—',
                ),
              );
            }),
          ),
        ),
    rows.length > 0 ? h('p', { class: LOG_EXPORTS_CLASS }, 'Export: ') : null,
  );
}

/**
 * The list of finished rehearsal runs, newest first, with a place for the export links
 * (Blob URLs, which `RehearsalLog` makes and frees with the log it shows).
 */
export const rehearsalLogPart = definePart({
  view: (ctx: SpeakerContext, log: readonly RehearsalRun[]) => ({ ctx, log }),
  render: ({ ctx, log }) => renderRehearsalLog(ctx, log),
});
