/**
 * The speaker page's controller: the countdown to their turn and their segments in the plan
 * the host keeps (re-plans included, followed from the show's record), and a rehearsal clock
 * whose every step (start, pause, resume, reset) is saved at once, with each finished run
 * kept in a log. A reload picks up exactly where the page was.
 */
import { makePageController, type Controller } from '../lib/controller.ts';
import { makePartRegion } from '../lib/part.ts';
import { makeDownloadLinks, makeLazyDownload, type DownloadLinks } from '../lib/downloads.ts';
import { followShow } from '../lib/followShow.ts';
import { formatCsv } from '../lib/formatCsv.ts';
import { h } from '../lib/h.ts';
import { makeNoticeList } from '../lib/makeNoticeList.ts';
import { RehearsalController } from '../lib/RehearsalController.ts';
import type { Store } from '../store/makeStore.ts';
import { buildSpeakerEntries } from '../show/calendarEntries.ts';
import { readClockMs, type Clock } from '../time/clock.ts';
import { formatSpeakerName } from '../show/cues.ts';
import { formatClock, formatIso, fromMillis } from '../time/format.ts';
import { getRunLength, getRunOverrun, type SpeakerRehearsal } from '../show/rehearsal.ts';
import {
  getSpeakerSegments,
  getSpeakerTurn,
  type Schedule,
  type ScheduledSegment,
} from '../time/schedule.ts';
import type { ShowEvent } from '../show/showLog.ts';
import { countdownPart } from './parts/countdown.ts';
import { getSpeakerPageNextChange } from './nextChange.ts';
import { moderatorPlanPart } from './parts/moderatorPlan.ts';
import { rehearsalClockPart } from './parts/rehearsalClock.ts';
import { renderRehearsalLog } from './parts/rehearsalLog.ts';
import { renderSpeakerHeader } from './parts/header.ts';
import { segmentsPart } from './parts/segments.ts';
import type { SpeakerContext } from './speakerContext.ts';

/** Options for `makeSpeakerController`. */
export interface SpeakerControllerOptions {
  readonly root: HTMLElement;
  readonly ctx: SpeakerContext;
  /** The real time: the countdown runs on it, and the rehearsal clock is derived from it. */
  readonly clock: Clock;
  /** The speaker's rehearsals. */
  readonly store: Store<SpeakerRehearsal>;
  /** The show's record the run-of-show keeps (for the host's re-plans); read only. */
  readonly showStore: Store<readonly ShowEvent[]>;
  /** Links shown at the foot of the page (the run-of-show, the other speakers). */
  readonly footer?: HTMLElement;
  /** File names of exports, without extension. */
  readonly exportName: string;
}

/** The rehearsal log's CSV and JSON. */
function makeLogFiles(ctx: SpeakerContext, state: SpeakerRehearsal, name: string): DownloadLinks {
  const rows = state.log.map((run) => {
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
  const columns = [
    'speaker',
    'segment',
    'startedAt',
    'endedAt',
    'rehearsedSeconds',
    'plannedSeconds',
    'overrunSeconds',
  ] as const;
  return makeDownloadLinks([
    {
      name: `${name}.csv`,
      type: 'text/csv',
      text: formatCsv(columns, rows),
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
  ]);
}

/** Makes the speaker page's controller. */
export function makeSpeakerController(options: SpeakerControllerOptions): Controller {
  const { root, ctx, clock, store } = options;
  const { schedule } = ctx;
  const notices = makeNoticeList('speaker');
  const show = followShow(schedule, options.showStore);
  const rehearsal = new RehearsalController<SpeakerRehearsal>({
    capability: 'speaker',
    segments: ctx.segments,
    optionLabel: (s) =>
      `${s.item.label} (${formatClock(s.start, schedule.zone).slice(0, 5)} ${schedule.zoneLabel})`,
    resetLabel: 'Reset and log the run',
    store,
    realClock: clock,
    keepRun: (state, run) => ({ ...state, log: [...state.log, run] }),
    onChange: () => update(),
    onNotice: (notice) => notices.add(notice),
  });

  const region = <I extends readonly unknown[], V>(
    part: Parameters<typeof makePartRegion<I, V>>[1],
    className = 'sp-region',
  ) => makePartRegion(h('div', { class: className }), part);
  const regions = {
    countdown: region(countdownPart),
    plan: region(moderatorPlanPart),
    clock: region(rehearsalClockPart),
    segments: region(segmentsPart, ''),
  };
  const logRegion = h('div', { class: 'sp-region' });
  let shownLog: SpeakerRehearsal['log'] | null = null;
  let logLinks: DownloadLinks | null = null;

  // The speaker's segments in the plan, found again only when the plan changes.
  let plannedFor: Schedule | null = null;
  let planned: readonly ScheduledSegment[] = ctx.segments;
  function getPlanned(plan: Schedule): readonly ScheduledSegment[] {
    if (plannedFor !== plan) {
      plannedFor = plan;
      planned = plan === schedule ? ctx.segments : getSpeakerSegments(plan, ctx.speaker.id);
    }
    return planned;
  }

  function updateLog(): void {
    const { state } = rehearsal;
    if (shownLog === state.log) return;
    shownLog = state.log;
    logLinks?.revoke();
    logLinks = state.log.length > 0 ? makeLogFiles(ctx, state, options.exportName) : null;
    logRegion.replaceChildren(renderRehearsalLog(ctx, state.log, logLinks?.links ?? []));
  }

  /**
   * Repaints from epoch milliseconds (no luxon object while the minute's texts are cached)
   * and returns when anything shown can next change: every second only while a count in
   * seconds is on screen (the last hour to the turn, the turn itself, a running rehearsal).
   */
  function paint(): number {
    const nowMs = readClockMs(clock);
    const rehearsalNowMs = readClockMs(rehearsal.clock);
    const { plan } = show.current();
    const mine = getPlanned(plan);
    notices.update();
    regions.countdown.show(ctx, mine, nowMs);
    regions.plan.show(ctx, plan, mine, nowMs);
    regions.clock.show(ctx, rehearsal.segment(), rehearsalNowMs);
    regions.segments.show(ctx, mine);
    updateLog();
    rehearsal.update();
    const section = rehearsalTitle.parentElement;
    if (section) foldRehearsal(section, getSpeakerTurn(mine, nowMs).state === 'on');
    return getSpeakerPageNextChange(ctx, plan, mine, nowMs, {
      nowMs: rehearsalNowMs,
      running: rehearsal.running,
    });
  }

  function update(): void {
    controller.update();
  }

  // During the speaker's own segment the rehearsal is put away beside the live countdown,
  // and comes back when her turn ends; a rehearsal already running stays.
  const rehearsalTitle = h('h2', {}, 'Rehearse');
  const rehearsalNote = h(
    'p',
    { class: 'sp-rehearsal-away', 'data-testid': 'speaker.rehearsal-away' },
    'Put away while you are on: it comes back when your turn ends.',
  );
  function foldRehearsal(section: HTMLElement, on: boolean): void {
    const fold = String(on && rehearsal.state.timer.status === 'idle');
    if (section.dataset.folded !== fold) section.dataset.folded = fold;
  }

  function frame(): HTMLElement {
    return h(
      'div',
      { class: 'sp', 'data-testid': 'speaker.page', 'data-speaker': ctx.speaker.id },
      renderSpeakerHeader(ctx),
      notices.element,
      h(
        'div',
        { class: 'sp-top' },
        regions.countdown.element,
        h(
          'section',
          {
            class: 'sp-rehearsal',
            'aria-label': 'Rehearsal clock',
            'data-testid': 'speaker.rehearsal',
            'data-folded': 'false',
          },
          rehearsalTitle,
          rehearsalNote,
          ctx.segments.length > 1
            ? h(
                'p',
                { class: 'sp-select' },
                h('label', { for: rehearsal.select.id }, 'Segment '),
                rehearsal.select,
              )
            : null,
          regions.clock.element,
          h('div', { class: 'sp-actions' }, rehearsal.buttons),
          rehearsal.status,
        ),
      ),
      regions.plan.element,
      h(
        'p',
        { class: 'sp-calendar' },
        makeLazyDownload({
          label: 'Add to calendar (.ics)',
          testId: 'speaker.calendar',
          name: `${options.exportName.replace(/-rehearsals-/, '-')}.ics`,
          type: 'text/calendar',
          make: async () => {
            const { buildCalendar } = await import('../calendar/buildCalendar.ts');
            return buildCalendar({
              name: `${ctx.model.event.series} · ${formatSpeakerName(ctx.speaker)}`,
              stamp: clock.now().toMillis(),
              entries: buildSpeakerEntries(ctx.model, schedule, ctx.speaker),
            });
          },
        }),
        ` Your segments as calendar entries, in UTC, with your zone (${ctx.speaker.timeZoneLabel}) named.`,
      ),
      regions.segments.element,
      logRegion,
      options.footer ?? null,
    );
  }

  const controller = makePageController({
    root,
    nowMs: () => readClockMs(clock),
    frame,
    update: paint,
    listen: () => {
      rehearsal.bind();
      // The host re-planned (another window of this browser, or the live server).
      return [() => rehearsal.unbind(), show.watch(update)];
    },
    dispose() {
      logLinks?.revoke();
      notices.dispose();
    },
  });
  return controller;
}
