/**
 * The run-of-show page's controller: it owns the page's state (what was recorded, the
 * rehearsal clock, what the deck shows), saves every change, and repaints from
 * `clock.now()`. The repaint timer only says "look again"; no time is counted in ticks.
 */
import { makeRegion, startRepaintTimer, type Controller } from '../lib/controller.ts';
import { makeDownloadLinks, makeLazyDownload, type DownloadLinks } from '../lib/downloads.ts';
import { buildProgrammeEntries } from '../time/calendarEntries.ts';
import { h } from '../lib/h.ts';
import { makeButton } from '../lib/makeButton.ts';
import { renderNotice } from '../lib/renderNotice.ts';
import type { Store, StoreNotice } from '../store/makeStore.ts';
import type { DeckSlideMessage, ShowChannel } from '../sync/makeShowChannel.ts';
import { makeRehearsalClock, type Clock } from '../time/clock.ts';
import {
  buildShowReport,
  getLastStarted,
  getNextToStart,
  getShowStatus,
  isDueToStart,
  type SegmentReport,
  type ShowStatus,
} from '../time/drift.ts';
import {
  buildChapters,
  formatChapterList,
  formatWebVtt,
  getRecordingStart,
} from '../time/chapters.ts';
import { applyReplans } from '../time/replan.ts';
import {
  foldShowLog,
  getUndoTarget,
  makeShowEvent,
  type ShowEvent,
  type ShowEventBody,
  type ShowRecord,
} from '../time/showLog.ts';
import { formatClock, formatIso } from '../time/format.ts';
import {
  chooseRehearsalSegment,
  idleRehearsal,
  pauseRehearsal,
  resetRehearsal,
  resumeRehearsal,
  startRehearsal,
  type RehearsalState,
} from '../time/rehearsal.ts';
import type { ScheduledSegment } from '../time/schedule.ts';
import { buildReportRecords, formatReportCsv, formatReportJson } from './formatReport.ts';
import {
  renderCheckpointAlert,
  renderClockCaption,
  renderClockTime,
  renderOffer,
  formatSegmentName,
  renderCueList,
  renderDeckStatus,
  renderNext,
  renderNow,
  renderPace,
  renderReport,
  renderSpeakerLinks,
  renderTitle,
  type RunOfShowContext,
} from './renderRunOfShow.ts';

export type { Controller };

/** Options for `makeRunOfShowController`. */
export interface RunOfShowControllerOptions {
  readonly root: HTMLElement;
  readonly ctx: RunOfShowContext;
  /** The real time; in rehearsal mode the page's clock is derived from it. */
  readonly realClock: Clock;
  /** The show's event log: the live one, or the rehearsal's own. */
  readonly recordStore: Store<readonly ShowEvent[]>;
  /** The rehearsal clock's state; required in rehearsal mode. */
  readonly rehearsalStore?: Store<RehearsalState>;
  /** The line to the deck; `null` when the browser has no BroadcastChannel. */
  readonly channel: ShowChannel | null;
  /** Where the other mode lives. */
  readonly otherModeHref: string;
  /** File names of exports, without extension. */
  readonly exportName: string;
  /** Notices found before the controller started (bad URL parameters). */
  readonly notices?: readonly string[];
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** Makes the run-of-show controller. */
export function makeRunOfShowController(options: RunOfShowControllerOptions): Controller {
  const { root, ctx, realClock, recordStore, rehearsalStore, channel } = options;
  const { schedule } = ctx;
  const rehearsing = ctx.mode === 'rehearsal';
  const first = schedule.segments[0];
  if (!first) throw new Error('[run-of-show] the programme has no segments.');
  const firstSegment: ScheduledSegment = first;

  const notices: (string | StoreNotice)[] = [...(options.notices ?? [])];
  const noticeLinks: DownloadLinks[] = [];
  const loadedRecord = recordStore.load();
  let record = foldShowLog(schedule, loadedRecord.value);
  // The plan every part shows: the announced one with the host's re-plans applied. The
  // report alone reads the announced `schedule`.
  let plan = applyReplans(schedule, record.replans);
  let view: RunOfShowContext = plan === schedule ? ctx : { ...ctx, schedule: plan };
  /** A segment whose first slide the deck showed before its planned start: offered, not started. */
  let offered: string | null = null;
  if (loadedRecord.notice) notices.push(loadedRecord.notice);
  let rehearsal: RehearsalState = idleRehearsal;
  if (rehearsalStore) {
    const loaded = rehearsalStore.load();
    rehearsal = loaded.value;
    if (loaded.notice) notices.push(loaded.notice);
  }
  if (!channel) {
    notices.push(
      'This browser cannot link the run-of-show to the deck, so segments are not marked when the deck moves. Mark each one with “Start next” (N).',
    );
  }
  let deck: DeckSlideMessage | null = null;

  const rehearsalSegment = (): ScheduledSegment =>
    schedule.segments.find((s) => s.id === rehearsal.segmentId) ?? firstSegment;
  const clock: Clock = rehearsing
    ? makeRehearsalClock(realClock, () => ({
        origin: rehearsalSegment().start,
        timer: rehearsal.timer,
      }))
    : realClock;

  // Regions repainted by `update`; the controls are built once and only adjusted.
  const regions = {
    clockTime: makeRegion(h('div', {})),
    clockCaption: makeRegion(h('div', {})),
    now: makeRegion(h('div', { class: 'ros-region' })),
    pace: makeRegion(h('div', { class: 'ros-region' })),
    next: makeRegion(h('div', { class: 'ros-region' })),
    deck: makeRegion(h('div', { class: 'ros-region' })),
    offer: makeRegion(h('div', { class: 'ros-region' })),
    checkpoint: makeRegion(h('div', { class: 'ros-region' })),
    cues: makeRegion(h('div', { class: 'ros-region' })),
  };
  const noticesRegion = h('div', { class: 'ros-notices' });
  const reportRegion = h('div', { class: 'ros-region' });
  const rehearsalStatus = h('p', {
    class: 'ros-rehearsal-status',
    'data-testid': 'run-of-show.rehearsal-status',
  });
  const buttons = {
    next: makeButton('run-of-show.start-next', 'Start next', () => startNext(), 'btn-primary'),
    more: makeButton('run-of-show.replan-more', '+1 min', () => replan(1)),
    less: makeButton('run-of-show.replan-less', '−1 min', () => replan(-1)),
    recording: makeButton('run-of-show.recording-start', 'Recording started (C)', () =>
      changeRecord(() => [{ kind: 'recording-start' }]),
    ),
    undo: makeButton('run-of-show.undo', 'Undo (U)', () => undo()),
    end: makeButton('run-of-show.end', 'End show (E)', () => endShow()),
    rStart: makeButton(
      'run-of-show.rehearsal-start',
      'Start',
      () => rehearsalStart(),
      'btn-primary',
    ),
    rPause: makeButton('run-of-show.rehearsal-pause', 'Pause', () => rehearsalPause()),
    rResume: makeButton(
      'run-of-show.rehearsal-resume',
      'Resume',
      () => rehearsalResume(),
      'btn-primary',
    ),
    rReset: makeButton('run-of-show.rehearsal-reset', 'Reset', () => rehearsalReset()),
  };
  const segmentSelect = h(
    'select',
    { id: 'ros-rehearsal-segment', 'data-testid': 'run-of-show.rehearsal-segment' },
    schedule.segments.map((s) =>
      h(
        'option',
        { value: s.id },
        `${s.item.label} (${formatClock(s.start, schedule.zone).slice(0, 5)})`,
      ),
    ),
  );
  segmentSelect.addEventListener('change', () => {
    rehearsal = chooseRehearsalSegment(rehearsal, segmentSelect.value);
    saveRehearsal();
    update();
  });

  let reportLinks: DownloadLinks | null = null;
  const unbinders: (() => void)[] = [];

  /**
   * Appends events to the log as storage holds it now, not to this window's copy, so that
   * two run-of-show windows open at once both keep what the other recorded. `change` sees
   * the record folded from that log and returns what to append (nothing: no change); where
   * both windows start the same segment, the fold keeps the earliest start.
   */
  function changeRecord(change: (current: ShowRecord) => readonly ShowEventBody[]): void {
    const log = recordStore.peek();
    const bodies = change(foldShowLog(schedule, log));
    if (bodies.length === 0) {
      setRecord(foldShowLog(schedule, log));
    } else {
      const at = clock.now().toMillis();
      replaceLog([...log, ...bodies.map((body) => makeShowEvent(body, at))]);
    }
    update();
  }

  /** Saves `log` as the whole record (rehearsal start and reset rewrite it). */
  function replaceLog(log: readonly ShowEvent[]): void {
    setRecord(foldShowLog(schedule, log));
    const notice = recordStore.save(log);
    if (notice) notices.push(notice);
  }

  function setRecord(next: ShowRecord): void {
    record = next;
    plan = applyReplans(schedule, record.replans);
    view = plan === schedule ? ctx : { ...ctx, schedule: plan };
    if (offered !== null && record.starts[offered] !== undefined) offered = null;
  }

  /** Gives the segment on now a minute more (or less), from or to the ones after it. */
  function replan(minutes: number): void {
    const now = clock.now();
    const segment = getShowStatus(plan, record, now).current;
    if (!segment || record.end !== null) return;
    changeRecord(() => [{ kind: 'replan', segmentId: segment.id, minutes }]);
  }

  function saveRehearsal(): void {
    const notice = rehearsalStore?.save(rehearsal);
    if (notice) notices.push(notice);
  }

  function startNext(): void {
    offered = null;
    changeRecord((current) => {
      const segment = getNextToStart(applyReplans(schedule, current.replans), current, clock.now());
      return segment ? [{ kind: 'start', segmentId: segment.id }] : [];
    });
  }

  function undo(): void {
    changeRecord((current) => {
      const target = getUndoTarget(schedule, current);
      return target ? [{ kind: 'undo', target }] : [];
    });
  }

  function endShow(): void {
    changeRecord((current) =>
      current.end === null && getLastStarted(schedule, current) ? [{ kind: 'end' }] : [],
    );
  }

  function rehearsalStart(): void {
    if (rehearsal.timer.status !== 'idle') return;
    const segment = rehearsalSegment();
    rehearsal = startRehearsal({ ...rehearsal, segmentId: segment.id }, realClock.now().toMillis());
    saveRehearsal();
    // A rehearsal starts its chosen segment on time, by definition.
    replaceLog([makeShowEvent({ kind: 'start', segmentId: segment.id }, segment.start.toMillis())]);
    update();
  }

  function rehearsalPause(): void {
    rehearsal = pauseRehearsal(rehearsal, realClock.now().toMillis());
    saveRehearsal();
    update();
  }

  function rehearsalResume(): void {
    rehearsal = resumeRehearsal(rehearsal, realClock.now().toMillis());
    saveRehearsal();
    update();
  }

  function rehearsalReset(): void {
    rehearsal = resetRehearsal(rehearsal, realClock.now().toMillis(), firstSegment.id).state;
    saveRehearsal();
    replaceLog([]);
    update();
  }

  function onDeck(message: DeckSlideMessage): void {
    deck = message;
    if (!message.moved) {
      // The deck says where it is (it opened, or this page asked): the log should hold the
      // slide on screen, so that the recording's first chapter is known.
      if (record.end === null && record.slides.at(-1)?.slideId !== message.slideId) {
        changeRecord((current) =>
          current.slides.at(-1)?.slideId === message.slideId
            ? []
            : [{ kind: 'slide', slideId: message.slideId }],
        );
      }
    } else {
      if (message.segmentId !== offered) offered = null;
      const slide: ShowEventBody = { kind: 'slide', slideId: message.slideId };
      const segment = plan.segments.find((s) => s.id === message.segmentId);
      if (message.position === 'segment' && message.isSegmentStart && segment) {
        // Before its planned start a slide change only offers the start (the host may be
        // moving off the holding slide as people join); at or after it, it starts.
        if (isDueToStart(segment, clock.now())) {
          changeRecord(() => [slide, { kind: 'start', segmentId: segment.id }]);
        } else {
          if (record.starts[segment.id] === undefined) offered = segment.id;
          changeRecord(() => [slide]);
        }
      } else if (message.position === 'after') {
        changeRecord((current) =>
          current.end === null && getLastStarted(schedule, current)
            ? [slide, { kind: 'end' }]
            : [slide],
        );
      } else {
        changeRecord(() => [slide]);
      }
    }
    update();
  }

  function onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'n') startNext();
    else if (key === '+' || key === '=') replan(1);
    else if (key === '-') replan(-1);
    else if (key === 'c') buttons.recording.click();
    else if (key === 'u') undo();
    else if (key === 'e') endShow();
    else if (key === 'p' && rehearsing) {
      if (rehearsal.timer.status === 'idle') rehearsalStart();
      else if (rehearsal.timer.status === 'running') rehearsalPause();
      else rehearsalResume();
    } else return;
    event.preventDefault();
  }

  function renderNotices(): void {
    for (const links of noticeLinks.splice(0)) links.revoke();
    noticesRegion.replaceChildren(
      ...notices.map((notice) => {
        if (typeof notice === 'string') return renderNotice('run-of-show', notice);
        if (notice.raw === null) return renderNotice('run-of-show', notice.message);
        const links = makeDownloadLinks([
          {
            name: `${notice.backupKey ?? notice.key}.txt`.replace(/[^a-z0-9.-]+/gi, '-'),
            type: 'text/plain',
            text: notice.raw,
            label: 'Download the saved text',
          },
        ]);
        noticeLinks.push(links);
        // Text too large to copy aside is only written over once it was taken for download.
        const { release } = notice;
        if (release) for (const link of links.links) link.addEventListener('click', release);
        return renderNotice('run-of-show', notice.message, ' ', links.links);
      }),
    );
  }

  let shownNotices = -1;

  /** The segment offered for a start, while it has not started. */
  function offeredSegment(): ScheduledSegment | null {
    if (offered === null || record.starts[offered] !== undefined) return null;
    return plan.segments.find((s) => s.id === offered) ?? null;
  }

  // The report and its downloads (blob URLs) are rebuilt only when the record changes.
  let reportFor: ShowRecord | null = null;
  let reportBuilt: readonly SegmentReport[] | null = null;
  function getReport(): readonly SegmentReport[] {
    if (reportBuilt === null || reportFor !== record)
      reportBuilt = buildShowReport(schedule, record);
    return reportBuilt;
  }

  function showReport(status: ShowStatus): void {
    const report = getReport();
    reportFor = record;
    reportLinks?.revoke();
    reportLinks = null;
    if (status.phase !== 'after') {
      reportRegion.replaceChildren();
      return;
    }
    const records = buildReportRecords(report, schedule.zone);
    const end = record.end === null ? null : formatIso(status.projectedEnd, schedule.zone);
    const chapters = buildChapters(record, (id) => ctx.slideTitles?.get(id) ?? id);
    reportLinks = makeDownloadLinks([
      {
        name: `${options.exportName}.csv`,
        type: 'text/csv',
        text: formatReportCsv(records),
        label: 'CSV',
        testId: 'run-of-show.export-csv',
      },
      {
        name: `${options.exportName}.json`,
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
              name: `${options.exportName}-chapters.vtt`,
              type: 'text/vtt',
              text: formatWebVtt(chapters),
              label: 'Chapters (WebVTT)',
              testId: 'run-of-show.export-vtt',
            },
            {
              name: `${options.exportName}-chapters.txt`,
              type: 'text/plain',
              text: formatChapterList(chapters),
              label: 'Chapter list',
              testId: 'run-of-show.export-chapters',
            },
          ]
        : []),
    ]);
    reportRegion.replaceChildren(
      renderReport(ctx, report, reportLinks.links, {
        chapters,
        recordingStart: getRecordingStart(record),
        recordingSet: record.recordingStart !== null,
      }),
    );
  }

  /** Sets an element's text only when it differs, so an unchanged control is not restyled. */
  function setText(element: HTMLElement, text: string): void {
    if (element.textContent !== text) element.textContent = text;
  }

  function update(): void {
    const now = clock.now();
    const status = getShowStatus(plan, record, now);

    if (shownNotices !== notices.length) {
      shownNotices = notices.length;
      renderNotices();
    }
    // Every region is rebuilt from what it shows and morphed into the page, so only the
    // text that changed is touched, and no list of what a renderer reads can go stale.
    regions.clockTime.draw(renderClockTime(view, now));
    regions.clockCaption.draw(renderClockCaption(view, now));
    regions.now.draw(renderNow(view, status));
    regions.pace.draw(renderPace(view, status));
    regions.next.draw(renderNext(view, status));
    regions.deck.draw(renderDeckStatus(view, deck, channel !== null));
    regions.offer.draw(renderOffer(view, offeredSegment(), now));
    regions.checkpoint.draw(renderCheckpointAlert(view, status, now));
    regions.cues.draw(renderCueList(view, status, getReport(), now));
    if (reportFor !== record) showReport(status);

    const next = offeredSegment() ?? getNextToStart(plan, record, now);
    const dueNow = next !== null && (offered === next.id || (!status.tracked && now >= next.start));
    setText(
      buttons.next,
      next === null
        ? 'Start next (N)'
        : dueNow
          ? `Start ${formatSegmentName(next)} now (N)`
          : `Start “${formatSegmentName(next)}” (N)`,
    );
    buttons.next.disabled = next === null;
    buttons.undo.disabled = record.end === null && !getLastStarted(schedule, record);
    buttons.end.disabled = record.end !== null || !getLastStarted(schedule, record);
    const canReplan = status.phase === 'during' && status.current !== null && record.end === null;
    buttons.more.disabled = !canReplan || status.current.next === null;
    buttons.less.disabled = !canReplan || status.current.next === null;
    buttons.recording.disabled = record.end !== null;

    if (rehearsing) {
      const st = rehearsal.timer.status;
      buttons.rStart.hidden = st !== 'idle';
      buttons.rPause.hidden = st !== 'running';
      buttons.rResume.hidden = st !== 'paused';
      buttons.rReset.disabled =
        st === 'idle' && record.end === null && !getLastStarted(schedule, record);
      segmentSelect.disabled = st !== 'idle';
      if (segmentSelect.value !== rehearsalSegment().id)
        segmentSelect.value = rehearsalSegment().id;
      setText(
        rehearsalStatus,
        st === 'idle'
          ? `Stopped at the start of “${rehearsalSegment().item.label}”. Press Start (P).`
          : st === 'running'
            ? 'Running.'
            : 'Paused.',
      );
      if (rehearsalStatus.dataset.status !== st) rehearsalStatus.dataset.status = st;
    }
  }

  return {
    render() {
      root.replaceChildren(
        h(
          'div',
          {
            class: `ros ros-mode-${ctx.mode}`,
            'data-testid': 'run-of-show.page',
            'data-mode': ctx.mode,
          },
          h(
            'header',
            { class: 'ros-header' },
            renderTitle(ctx),
            h(
              'div',
              { class: 'ros-clock-block' },
              regions.clockTime.element,
              regions.clockCaption.element,
            ),
          ),
          noticesRegion,
          rehearsing
            ? h(
                'section',
                {
                  class: 'ros-rehearsal',
                  'data-testid': 'run-of-show.rehearsal',
                  'aria-label': 'Rehearsal clock',
                },
                h('label', { for: 'ros-rehearsal-segment' }, 'Rehearse from'),
                segmentSelect,
                buttons.rStart,
                buttons.rPause,
                buttons.rResume,
                buttons.rReset,
                rehearsalStatus,
              )
            : null,
          h(
            'main',
            { class: 'ros-main' },
            reportRegion,
            h(
              'div',
              { class: 'ros-live' },
              regions.now.element,
              // The controls come right under the countdown, so that at 1280×720 both are
              // on screen without scrolling.
              h(
                'div',
                { class: 'ros-actions' },
                buttons.next,
                buttons.undo,
                buttons.end,
                h(
                  'span',
                  {
                    class: 'ros-replan',
                    role: 'group',
                    'aria-label': 'Re-plan the segment on now',
                  },
                  buttons.less,
                  buttons.more,
                ),
                buttons.recording,
              ),
              regions.offer.element,
              regions.checkpoint.element,
              h('div', { class: 'ros-status-row' }, regions.pace.element, regions.next.element),
              regions.deck.element,
            ),
            h('div', { class: 'ros-side' }, regions.cues.element),
          ),
          h(
            'footer',
            { class: 'ros-footer' },
            renderSpeakerLinks(ctx),
            h(
              'p',
              { class: 'ros-calendar' },
              makeLazyDownload({
                label: 'Programme as calendar (.ics)',
                testId: 'run-of-show.calendar',
                name: `${ctx.model.event.id}-programme.ics`,
                type: 'text/calendar',
                make: async () => {
                  const { buildCalendar } = await import('../calendar/buildCalendar.ts');
                  return buildCalendar({
                    name: `${ctx.model.event.series} · Session ${ctx.model.event.session}`,
                    stamp: realClock.now().toMillis(),
                    entries: buildProgrammeEntries(ctx.model, schedule),
                  });
                },
              }),
            ),
            h(
              'div',
              { class: 'ros-help' },
              h('h2', { class: 'ros-section-title' }, 'Keys'),
              h(
                'p',
                {},
                'N start the next segment · U undo the last start or end · E end the show · + / − give or take a minute · C the recording started now',
                rehearsing ? ' · P start, pause or resume the rehearsal clock' : '',
              ),
              h(
                'p',
                {},
                h(
                  'a',
                  { href: options.otherModeHref, 'data-testid': 'run-of-show.mode-link' },
                  rehearsing ? 'Back to the live run-of-show' : 'Rehearse on this page',
                ),
              ),
            ),
          ),
        ),
      );
    },
    bind() {
      document.addEventListener('keydown', onKey);
      unbinders.push(() => document.removeEventListener('keydown', onKey));
      const onVisible = (): void => {
        if (document.visibilityState === 'visible') update();
      };
      document.addEventListener('visibilitychange', onVisible);
      unbinders.push(() => document.removeEventListener('visibilitychange', onVisible));
      if (channel) {
        unbinders.push(
          channel.listen((message) => {
            if (message.type === 'deck-slide') onDeck(message);
          }),
        );
        channel.post({ type: 'deck-query' });
      }
      // Another window of this page saved: take its state, so the two agree.
      unbinders.push(
        recordStore.watch(() => {
          record = foldShowLog(schedule, recordStore.load().value);
          update();
        }),
      );
      if (rehearsalStore) {
        unbinders.push(
          rehearsalStore.watch(() => {
            rehearsal = rehearsalStore.load().value;
            update();
          }),
        );
      }
      unbinders.push(startRepaintTimer(() => clock.now().toMillis(), update));
    },
    update,
    destroy() {
      for (const unbind of unbinders.splice(0)) unbind();
      reportLinks?.revoke();
      for (const links of noticeLinks.splice(0)) links.revoke();
      root.replaceChildren();
    },
  };
}
