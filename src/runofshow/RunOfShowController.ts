/**
 * The run-of-show page's controller, made of rooms one can name: the host's desk (its
 * buttons and keys, over the show's record and plan), the rehearsal clock in rehearsal mode
 * (shared with the speaker pages), the parts (each redrawn only when its view changes, and
 * woken by the page's one timer only when its `nextChange` is due), the report after the
 * show, and the footer.
 */
import { onAbort } from '../lib/controller.ts';
import { makeNoticeList, type NoticeList } from '../lib/makeNoticeList.ts';
import { h } from '../lib/h.ts';
import { PageController, type Derived } from '../lib/pageController.ts';
import { RehearsalController } from '../lib/RehearsalController.ts';
import { getShowFrame, getShowMoment } from '../show/drift.ts';
import { getLastStarted } from '../show/segmentStart.ts';
import type { ShowFrame, ShowMoment } from '../show/drift.ts';
import type { RehearsalState } from '../show/rehearsal.ts';
import { makeShowEvent, type ShowEvent, type ShowRecord } from '../show/showLog.ts';
import type { Store } from '../store/makeStore.ts';
import type { DeckSlideMessage, ShowChannel } from '../sync/makeShowChannel.ts';
import { readClockMs, type Clock } from '../time/clock.ts';
import { formatClock } from '../time/format.ts';
import type { Schedule, ScheduledSegment } from '../show/schedule.ts';
import { HostDeskController } from './HostDeskController.ts';
import { ReportSection } from './ReportSection.ts';
import { makeShowDesk, type ShowDesk } from './makeShowDesk.ts';
import { checkpointAlertPart } from './parts/checkpointAlert.ts';
import { clockCaptionPart, clockTimePart } from './parts/clock.ts';
import { cueListPart } from './parts/cueList.ts';
import { deckStatusPart } from './parts/deckStatus.ts';
import { nextPart } from './parts/next.ts';
import { nowCountPart, nowHeadPart } from './parts/now.ts';
import { offerPart } from './parts/offer.ts';
import { pacePart } from './parts/pace.ts';
import { renderTitle } from './parts/title.ts';
import { renderFooter } from './renderFooter.ts';
import type { RunOfShowContext } from './runOfShowContext.ts';

/** Options for `RunOfShowController`. */
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

/**
 * What the page derives when its state changes or the show's frame reaches a boundary; the
 * parts take their input from it and the time.
 */
export interface RunOfShowState {
  /** What the parts read: the announced context with the plan in place of the schedule. */
  readonly ctx: RunOfShowContext;
  readonly record: ShowRecord;
  readonly frame: ShowFrame;
  /** The segment offered for a start (the deck showed its first slide early). */
  readonly offered: ScheduledSegment | null;
  /** What the deck in this browser last said it shows. */
  readonly deck: DeckSlideMessage | null;
  /** Whether the page's clock runs: a rehearsal clock stands still at rest and paused. */
  readonly clockRuns: boolean;
}

/** The run-of-show page: `startController(new RunOfShowController(options))`. */
export class RunOfShowController extends PageController<RunOfShowState> {
  readonly #options: RunOfShowControllerOptions;
  readonly #notices: NoticeList;
  readonly #rehearsal: RehearsalController<RehearsalState> | null;
  /** The page's clock: the rehearsal clock in rehearsal mode, the real time otherwise. */
  readonly #clock: Clock;
  readonly #desk: ShowDesk;
  readonly #hostDesk: HostDeskController;
  readonly #report: ReportSection;
  /** The parts' context for the plan last derived, kept while the plan is the same. */
  #viewCtx: RunOfShowContext;
  /** The show's moment last asked for, shared by the parts that read it at one instant. */
  #moment: ShowMoment | null = null;

  // Each region shows one part. The clock's and the main panel's parts are regions of their
  // own, so that a tick redraws only the clock's text and the countdown.
  readonly #clockTime = this.region(
    clockTimePart,
    (s, nowMs) => [s.ctx, nowMs, s.clockRuns] as const,
    '',
  );
  readonly #clockCaption = this.region(clockCaptionPart, (s, nowMs) => [s.ctx, nowMs] as const, '');
  readonly #nowHead = this.region(nowHeadPart, (s, nowMs) => this.#live(s, nowMs), 'ros-part');
  readonly #nowCount = this.region(nowCountPart, (s, nowMs) => this.#live(s, nowMs), 'ros-part');
  readonly #pace = this.region(pacePart, (s, nowMs) => this.#live(s, nowMs), 'ros-region');
  readonly #next = this.region(nextPart, (s) => [s.ctx, s.frame] as const, 'ros-region');
  readonly #deck = this.region(
    deckStatusPart,
    (s) => [s.ctx, s.deck, this.#options.channel !== null] as const,
    'ros-region',
  );
  readonly #offer = this.region(
    offerPart,
    (s, nowMs) => [s.ctx, s.offered, nowMs] as const,
    'ros-region',
  );
  readonly #checkpoint = this.region(
    checkpointAlertPart,
    (s, nowMs) => this.#live(s, nowMs),
    'ros-region',
  );
  readonly #cues = this.region(
    cueListPart,
    (s, nowMs) => [s.ctx, s.frame, this.#report.report(s.record), nowMs] as const,
    'ros-region',
  );

  constructor(options: RunOfShowControllerOptions) {
    super(options.root, () => readClockMs(this.#clock));
    const { ctx, recordStore } = options;
    if (ctx.schedule.segments.length === 0)
      throw new Error('[run-of-show] the programme has no segments.');
    this.#options = options;
    this.#viewCtx = ctx;
    this.#notices = makeNoticeList('run-of-show', options.notices);
    this.#notices.add(recordStore.load().notice);
    if (!options.channel) {
      this.#notices.add(
        'This browser cannot link the run-of-show to the deck, so segments are not marked when the deck moves. Mark each one with “Start next” (N).',
      );
    }
    this.#rehearsal = this.#makeRehearsal();
    this.#clock = this.#rehearsal?.clock ?? options.realClock;
    this.#desk = makeShowDesk({
      schedule: ctx.schedule,
      clock: this.#clock,
      store: recordStore,
      onNotice: (notice) => this.#notices.add(notice),
    });
    const rehearsal = this.#rehearsal;
    this.#hostDesk = new HostDeskController({
      desk: this.#desk,
      ...(rehearsal ? { onPlayKey: () => rehearsal.toggle() } : {}),
      onChange: () => this.update(),
    });
    this.#report = new ReportSection(ctx, options.realClock, options.exportName);
  }

  /**
   * The rehearsal clock, in rehearsal mode. A rehearsal starts its chosen segment on time, by
   * definition, so Start records that start; Reset clears the record.
   */
  #makeRehearsal(): RehearsalController<RehearsalState> | null {
    const { ctx, realClock, rehearsalStore } = this.#options;
    const { schedule } = ctx;
    if (ctx.mode !== 'rehearsal' || !rehearsalStore) return null;
    return new RehearsalController({
      capability: 'run-of-show',
      segments: schedule.segments,
      optionLabel: (s) => `${s.item.label} (${formatClock(s.start, schedule.zone).slice(0, 5)})`,
      idleHint: 'Press Start (P).',
      store: rehearsalStore,
      realClock,
      canReset: (state) => {
        const { record } = this.#desk.reading();
        return (
          state.timer.status !== 'idle' ||
          record.end !== null ||
          getLastStarted(schedule, record) !== undefined
        );
      },
      onAction: (action, segment) => {
        if (action === 'start') {
          this.#desk.replaceLog([
            makeShowEvent({ kind: 'start', segmentId: segment.id }, segment.start.toMillis()),
          ]);
        } else if (action === 'reset') this.#desk.replaceLog([]);
      },
      onChange: () => this.update(),
      onNotice: (notice) => this.#notices.add(notice),
    });
  }

  /** The live parts' input: the context and the show's moment at `nowMs`, made once per instant. */
  #live(state: RunOfShowState, nowMs: number): readonly [RunOfShowContext, ShowMoment] {
    let moment = this.#moment;
    if (moment?.frame !== state.frame || moment.nowMs !== nowMs) {
      moment = getShowMoment(state.frame, nowMs);
      this.#moment = moment;
    }
    return [state.ctx, moment];
  }

  /** The parts' context for `plan`: the announced one, or the plan with the announced schedule beside it. */
  #contextFor(plan: Schedule): RunOfShowContext {
    const { ctx } = this.#options;
    if (this.#viewCtx.schedule !== plan)
      this.#viewCtx =
        plan === ctx.schedule ? ctx : { ...ctx, schedule: plan, announced: ctx.schedule };
    return this.#viewCtx;
  }

  protected derive(nowMs: number): Derived<RunOfShowState> {
    const desk = this.#desk;
    const { record, plan } = desk.reading();
    const frame = getShowFrame(plan, record, nowMs);
    return {
      state: {
        ctx: this.#contextFor(plan),
        record,
        frame,
        offered: desk.offered(),
        deck: desk.deck(),
        clockRuns: this.#rehearsal?.running ?? true,
      },
      // Whatever else changes with the time alone is a part's, and says so in its `nextChange`.
      until: frame.until,
    };
  }

  protected override isClockStill(state: RunOfShowState): boolean {
    return !state.clockRuns;
  }

  protected override paintControls(state: RunOfShowState, nowMs: number): void {
    this.#notices.update();
    this.#report.show(state.record, state.frame.phase);
    this.#hostDesk.show({ frame: state.frame, nowMs });
    this.#rehearsal?.update();
  }

  protected listenPage(signal: AbortSignal): void {
    const { channel, recordStore } = this.#options;
    const desk = this.#desk;
    this.#hostDesk.bind();
    onAbort(signal, () => this.#hostDesk.unbind());
    if (channel) {
      onAbort(
        signal,
        channel.listen((message) => {
          if (message.type !== 'deck-slide') return;
          desk.onDeck(message);
          this.update();
        }),
      );
      channel.post({ type: 'deck-query' });
    }
    // Another window of this page saved: take its state, so the two agree.
    onAbort(
      signal,
      recordStore.watch(() => {
        desk.reload();
        this.update();
      }),
    );
    const rehearsal = this.#rehearsal;
    if (rehearsal) {
      rehearsal.bind();
      onAbort(signal, () => rehearsal.unbind());
    }
  }

  protected override dispose(): void {
    this.#report.destroy();
    this.#notices.dispose();
  }

  protected frame(): Node {
    const { ctx } = this.#options;
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
        h('div', { class: 'ros-clock-block' }, this.#clockTime, this.#clockCaption),
      ),
      this.#notices.element,
      this.#renderRehearsal(),
      h(
        'main',
        { class: 'ros-main' },
        this.#report.element,
        h(
          'div',
          { class: 'ros-live' },
          h('section', { class: 'ros-now', 'aria-label': 'Now' }, this.#nowHead, this.#nowCount),
          this.#hostDesk.element,
          this.#offer,
          this.#checkpoint,
          h('div', { class: 'ros-status-row' }, this.#pace, this.#next),
          this.#deck,
        ),
        h('div', { class: 'ros-side' }, this.#cues),
      ),
      renderFooter(ctx, this.#options),
    );
  }

  /** The rehearsal clock's controls, in rehearsal mode. */
  #renderRehearsal(): HTMLElement | null {
    const rehearsal = this.#rehearsal;
    if (!rehearsal) return null;
    return h(
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
    );
  }
}
