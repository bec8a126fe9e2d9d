/**
 * The run-of-show page's controller: the host's desk (the show's record and plan), the
 * rehearsal clock in rehearsal mode, and the page's regions, each redrawn only when its
 * view changes. The repaint timer only says "look again"; no time is counted in ticks.
 */
import { makePageController, type Controller } from '../lib/controller.ts';
import { makePartRegion } from '../lib/part.ts';
import { makeLazyDownload } from '../lib/downloads.ts';
import { h } from '../lib/h.ts';
import { makeButton } from '../lib/makeButton.ts';
import { makeNoticeList } from '../lib/makeNoticeList.ts';
import { RehearsalController } from '../lib/RehearsalController.ts';
import type { Store } from '../store/makeStore.ts';
import type { ShowChannel } from '../sync/makeShowChannel.ts';
import { buildProgrammeEntries } from '../show/calendarEntries.ts';
import { getCheckpoints, getSegmentCheckpoints } from '../show/checkpoints.ts';
import { readClockMs, type Clock, type Instant } from '../time/clock.ts';
import {
  getLastStarted,
  getNextToStart,
  getShowFrame,
  getShowMoment,
  type ShowFrame,
} from '../show/drift.ts';
import {
  formatClock,
  fromMillis,
  nextClockChange,
  nextMinuteChange,
  nextMinutesUntilChange,
} from '../time/format.ts';
import type { RehearsalState } from '../show/rehearsal.ts';
import { makeShowEvent, type ShowEvent } from '../show/showLog.ts';
import { makeReportSection } from './makeReportSection.ts';
import { makeShowDesk, type ShowDesk } from './makeShowDesk.ts';
import { checkpointAlertPart } from './parts/checkpointAlert.ts';
import { clockCaptionPart, clockTimePart } from './parts/clock.ts';
import { cueListPart } from './parts/cueList.ts';
import { deckStatusPart } from './parts/deckStatus.ts';
import { formatSegmentName } from '../show/cues.ts';
import { nextPart } from './parts/next.ts';
import { nowCountPart, nowHeadPart } from './parts/now.ts';
import { offerPart } from './parts/offer.ts';
import { pacePart } from './parts/pace.ts';
import { renderSpeakerLinks } from './parts/speakerLinks.ts';
import { renderTitle } from './parts/title.ts';
import type { RunOfShowContext } from './runOfShowContext.ts';

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

/** The host's buttons, built once and only adjusted. */
function makeHostButtons(desk: ShowDesk) {
  return {
    next: makeButton('run-of-show.start-next', 'Start next', () => desk.startNext(), 'btn-primary'),
    more: makeButton('run-of-show.replan-more', '+1 min', () => desk.replan(1)),
    less: makeButton('run-of-show.replan-less', '−1 min', () => desk.replan(-1)),
    recording: makeButton('run-of-show.recording-start', 'Recording started (C)', () =>
      desk.markRecordingStart(),
    ),
    undo: makeButton('run-of-show.undo', 'Undo (U)', () => desk.undo()),
    end: makeButton('run-of-show.end', 'End show (E)', () => desk.endShow()),
  };
}

/** Makes the run-of-show controller. */
export function makeRunOfShowController(options: RunOfShowControllerOptions): Controller {
  const { root, ctx, realClock, recordStore, rehearsalStore, channel } = options;
  const { schedule } = ctx;
  const rehearsing = ctx.mode === 'rehearsal';
  if (schedule.segments.length === 0)
    throw new Error('[run-of-show] the programme has no segments.');

  const notices = makeNoticeList('run-of-show', options.notices);
  const loadedRecord = recordStore.load();
  notices.add(loadedRecord.notice);
  if (!channel) {
    notices.add(
      'This browser cannot link the run-of-show to the deck, so segments are not marked when the deck moves. Mark each one with “Start next” (N).',
    );
  }
  // A rehearsal starts its chosen segment on time, by definition; Reset clears the record.
  const rehearsal =
    rehearsing && rehearsalStore
      ? new RehearsalController({
          capability: 'run-of-show',
          segments: schedule.segments,
          optionLabel: (s) =>
            `${s.item.label} (${formatClock(s.start, schedule.zone).slice(0, 5)})`,
          idleHint: 'Press Start (P).',
          store: rehearsalStore,
          realClock,
          canReset: (state) => {
            const { record } = desk.reading();
            return (
              state.timer.status !== 'idle' ||
              record.end !== null ||
              getLastStarted(schedule, record) !== undefined
            );
          },
          onAction(action, segment) {
            if (action === 'start') {
              desk.replaceLog([
                makeShowEvent({ kind: 'start', segmentId: segment.id }, segment.start.toMillis()),
              ]);
            } else if (action === 'reset') desk.replaceLog([]);
          },
          onChange: () => update(),
          onNotice: (notice) => notices.add(notice),
        })
      : null;
  const clock: Clock = rehearsal?.clock ?? realClock;

  const desk = makeShowDesk({
    schedule,
    clock,
    store: recordStore,
    onNotice: (notice) => notices.add(notice),
  });
  const act = (action: () => void) => (): void => {
    action();
    update();
  };
  const buttons = makeHostButtons({
    ...desk,
    startNext: act(desk.startNext),
    undo: act(desk.undo),
    endShow: act(desk.endShow),
    replan: (minutes) => act(() => desk.replan(minutes))(),
    markRecordingStart: act(desk.markRecordingStart),
  });

  // Each region shows one part and is redrawn only when that part's view changes.
  const region = <I extends readonly unknown[], V>(
    part: Parameters<typeof makePartRegion<I, V>>[1],
    className = 'ros-region',
  ) => makePartRegion(h('div', { class: className }), part);
  const regions = {
    clockTime: region(clockTimePart, ''),
    clockCaption: region(clockCaptionPart, ''),
    nowHead: region(nowHeadPart, 'ros-part'),
    nowCount: region(nowCountPart, 'ros-part'),
    pace: region(pacePart),
    next: region(nextPart),
    deck: region(deckStatusPart),
    offer: region(offerPart),
    checkpoint: region(checkpointAlertPart),
    cues: region(cueListPart),
  };
  const report = makeReportSection(ctx, realClock, options.exportName);

  function onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'n') buttons.next.click();
    else if (key === '+' || key === '=') act(() => desk.replan(1))();
    else if (key === '-') act(() => desk.replan(-1))();
    else if (key === 'c') buttons.recording.click();
    else if (key === 'u') act(desk.undo)();
    else if (key === 'e') act(desk.endShow)();
    else if (key === 'p' && rehearsal) rehearsal.toggle();
    else return;
    event.preventDefault();
  }

  /** Sets an element's text only when it differs, so an unchanged control is not restyled. */
  function setText(element: HTMLElement, text: string): void {
    if (element.textContent !== text) element.textContent = text;
  }

  function setDisabled(button: HTMLButtonElement, disabled: boolean): void {
    if (button.disabled !== disabled) button.disabled = disabled;
  }

  function updateButtons(now: Instant, status: ShowFrame): void {
    const { record, plan } = desk.reading();
    const offered = desk.offered();
    const next = offered ?? getNextToStart(plan, record, now);
    const dueNow =
      next !== null && (offered?.id === next.id || (!status.tracked && now >= next.start));
    setText(
      buttons.next,
      next === null
        ? 'Start next (N)'
        : dueNow
          ? `Start ${formatSegmentName(next)} now (N)`
          : `Start “${formatSegmentName(next)}” (N)`,
    );
    const started = getLastStarted(schedule, record) !== undefined;
    setDisabled(buttons.next, next === null);
    setDisabled(buttons.undo, record.end === null && !started);
    setDisabled(buttons.end, record.end !== null || !started);
    const canReplan =
      status.phase === 'during' &&
      status.current !== null &&
      status.current.next !== null &&
      record.end === null;
    setDisabled(buttons.more, !canReplan);
    setDisabled(buttons.less, !canReplan);
    setDisabled(buttons.recording, record.end !== null);
    rehearsal?.update();
  }

  // The context the live parts read: the announced one with the plan in place of the schedule.
  let viewCtx: RunOfShowContext = ctx;

  /**
   * What was derived when the state last changed or a boundary passed: the show's frame,
   * and the span of the page's clock over which it, and every part that changes at most
   * once a minute, still hold.
   */
  let held: {
    readonly frame: ShowFrame;
    readonly from: number;
    readonly until: number;
    /** Which of the live parts can change with the time alone until then. */
    readonly ticking: {
      readonly count: boolean;
      readonly pace: boolean;
      readonly offer: boolean;
      readonly checkpoint: boolean;
    };
  } | null = null;

  /** Derives and draws everything that changes only with the state, the minute or a boundary. */
  function paintHeld(nowMs: number): NonNullable<typeof held> {
    const now = fromMillis(nowMs);
    const { record, plan } = desk.reading();
    if (viewCtx.schedule !== plan)
      viewCtx = plan === schedule ? ctx : { ...ctx, schedule: plan, announced: schedule };
    const frame = getShowFrame(plan, record, nowMs);
    notices.update();
    regions.clockCaption.show(viewCtx, nowMs);
    regions.nowHead.show(viewCtx, getShowMoment(frame, nowMs));
    regions.next.show(viewCtx, frame);
    regions.deck.show(viewCtx, desk.deck(), channel !== null);
    regions.cues.show(viewCtx, frame, report.report(record), nowMs);
    report.update(record, frame.phase);
    updateButtons(now, frame);
    // The cue list counts the minutes to each checkpoint; the caption's date and offset and
    // everything else here change at most at a minute's turn or at one of the frame's boundaries.
    let until = Math.min(frame.until, nextMinuteChange(nowMs));
    for (const c of getCheckpoints(plan)) {
      until = Math.min(until, nextMinutesUntilChange(c.at.toMillis(), nowMs));
    }
    const during = frame.phase === 'during' && frame.current !== null;
    return {
      frame,
      from: nowMs,
      until,
      ticking: {
        count: frame.phase === 'before' || during,
        // The drift grows with the time only once a recorded segment runs past its length.
        pace: during && frame.tracked,
        offer: desk.offered() !== null,
        checkpoint: during && getSegmentCheckpoints(plan, frame.current.id).length > 0,
      },
    };
  }

  /**
   * Repaints. Woken by the timer with nothing but the time changed, it derives again only
   * what changes every second (the clock, the countdowns, the drift while a segment runs
   * over) from epoch milliseconds; everything else when the state changed, the minute
   * turned or a boundary passed. Returns when to wake next.
   */
  function paint(timer: boolean): number {
    const nowMs = readClockMs(clock);
    let current = held;
    const all = !timer || !current || nowMs >= current.until || nowMs < current.from;
    if (all || !current) {
      current = paintHeld(nowMs);
      held = current;
    }
    const { ticking } = current;
    const moment = getShowMoment(current.frame, nowMs);
    // The big clock shows seconds; a rehearsal clock that is not running stands still.
    const still = rehearsal !== null && !rehearsal.running;
    // On a tick, only the parts that can change with the time alone are asked.
    regions.clockTime.show(viewCtx, nowMs, !still);
    if (all || ticking.count) regions.nowCount.show(viewCtx, moment);
    if (all || ticking.pace) regions.pace.show(viewCtx, moment);
    if (all || ticking.offer) regions.offer.show(viewCtx, desk.offered(), nowMs);
    if (all || ticking.checkpoint) regions.checkpoint.show(viewCtx, moment);
    return still ? Infinity : nextClockChange(nowMs);
  }

  function update(): void {
    controller.update();
  }

  function frame(): HTMLElement {
    return h(
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
      notices.element,
      rehearsal
        ? h(
            'section',
            {
              class: 'ros-rehearsal',
              'data-testid': 'run-of-show.rehearsal',
              'aria-label': 'Rehearsal clock',
            },
            h('label', { for: rehearsal.select.id }, 'Rehearse from'),
            rehearsal.select,
            rehearsal.buttons,
            rehearsal.status,
          )
        : null,
      h(
        'main',
        { class: 'ros-main' },
        report.element,
        h(
          'div',
          { class: 'ros-live' },
          // The panel's head and its countdown are parts of their own, so that a tick redraws
          // only the countdown.
          h(
            'section',
            { class: 'ros-now', 'aria-label': 'Now' },
            regions.nowHead.element,
            regions.nowCount.element,
          ),
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
              { class: 'ros-replan', role: 'group', 'aria-label': 'Re-plan the segment on now' },
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
      renderFooter(),
    );
  }

  function renderFooter(): HTMLElement {
    return h(
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
    );
  }

  const controller = makePageController({
    root,
    nowMs: () => readClockMs(clock),
    frame,
    update: paint,
    listen() {
      document.addEventListener('keydown', onKey);
      const stops = [() => document.removeEventListener('keydown', onKey)];
      if (channel) {
        stops.push(
          channel.listen((message) => {
            if (message.type === 'deck-slide') act(() => desk.onDeck(message))();
          }),
        );
        channel.post({ type: 'deck-query' });
      }
      // Another window of this page saved: take its state, so the two agree.
      stops.push(recordStore.watch(act(desk.reload)));
      if (rehearsal) {
        rehearsal.bind();
        stops.push(() => rehearsal.unbind());
      }
      return stops;
    },
    dispose() {
      report.dispose();
      notices.dispose();
    },
  });
  return controller;
}
