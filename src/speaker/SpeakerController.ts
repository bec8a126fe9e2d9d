/**
 * The speaker page's controller: the countdown to their turn and their segments in the plan
 * the host keeps (re-plans included, followed from the show's record), and a rehearsal clock
 * whose every step (start, pause, resume, reset) is saved at once, with each finished run
 * kept in a log. A reload picks up exactly where the page was.
 */
import { onAbort } from '../lib/controller.ts';
import { makeLazyDownload } from '../lib/downloads.ts';
import { followShow, type ShowFollower } from '../lib/followShow.ts';
import { h } from '../lib/h.ts';
import { makeNoticeList, type NoticeList } from '../lib/makeNoticeList.ts';
import { PageController, type Derived } from '../lib/pageController.ts';
import { RehearsalController } from '../lib/RehearsalController.ts';
import type { Store } from '../store/makeStore.ts';
import { buildSpeakerEntries, getCalendarProducer } from '../show/calendarEntries.ts';
import { formatSpeakerName } from '../show/cues.ts';
import type { SpeakerRehearsal } from '../show/rehearsal.ts';
import type { ShowEvent } from '../show/showLog.ts';
import { readClockMs, type Clock } from '../time/clock.ts';
import { formatClock } from '../time/format.ts';
import { getSpeakerSegments, type Schedule, type ScheduledSegment } from '../show/schedule.ts';
import { countdownPart, getTurnText, type TurnText } from './parts/countdown.ts';
import { renderSpeakerHeader } from './parts/header.ts';
import { getModeratorPlan, moderatorPlanPart, type ModeratorPlan } from './parts/moderatorPlan.ts';
import { rehearsalClockPart } from './parts/rehearsalClock.ts';
import { segmentsPart } from './parts/segments.ts';
import { RehearsalLog } from './RehearsalLog.ts';
import type { SpeakerContext } from './speakerContext.ts';

/** Options for `SpeakerController`. */
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

/** What the speaker's plan says, found again only when the host re-plans. */
interface SpeakerPlan {
  /** The announced schedule with the host's re-plans. */
  readonly plan: Schedule;
  /** The speaker's segments in `plan`, in programme order. */
  readonly planned: readonly ScheduledSegment[];
  /** The plan of each segment they moderate, in `plan`. */
  readonly moderated: readonly ModeratorPlan[];
}

/** The speaker page's state: their plan, and their turn in it until the turn changes. */
export interface SpeakerState extends SpeakerPlan {
  readonly turn: TurnText;
}

/** The speaker page: their turn, their plan and segments, the rehearsal and its log. */
export class SpeakerController extends PageController<SpeakerState> {
  readonly #options: SpeakerControllerOptions;
  readonly #ctx: SpeakerContext;
  readonly #notices: NoticeList;
  readonly #show: ShowFollower;
  readonly #rehearsal: RehearsalController<SpeakerRehearsal>;
  readonly #log: RehearsalLog;
  readonly #countdown: HTMLElement;
  readonly #plan: HTMLElement;
  readonly #clock: HTMLElement;
  readonly #segments: HTMLElement;
  #rehearsalSection: HTMLElement | null = null;
  #speakerPlan: SpeakerPlan;

  constructor(options: SpeakerControllerOptions) {
    const { ctx, clock } = options;
    super(options.root, () => readClockMs(clock));
    this.#options = options;
    this.#ctx = ctx;
    const { schedule } = ctx;
    const notices = makeNoticeList('speaker');
    this.#notices = notices;
    this.#show = followShow(schedule, options.showStore);
    this.#speakerPlan = {
      plan: schedule,
      planned: ctx.segments,
      moderated: getModeratorPlan(ctx, schedule, ctx.segments),
    };
    const rehearsal = new RehearsalController<SpeakerRehearsal>({
      capability: 'speaker',
      segments: ctx.segments,
      optionLabel: (s) =>
        `${s.item.label} (${formatClock(s.start, schedule.zone).slice(0, 5)} ${schedule.zoneLabel})`,
      resetLabel: 'Reset and log the run',
      store: options.store,
      realClock: clock,
      keepRun: (state, run) => ({ ...state, log: [...state.log, run] }),
      onChange: () => this.update(),
      onNotice: (notice) => notices.add(notice),
    });
    this.#rehearsal = rehearsal;
    this.#log = new RehearsalLog(ctx, options.exportName);
    this.#countdown = this.region(countdownPart, ({ turn }, nowMs) => [turn, nowMs], 'sp-region');
    this.#plan = this.region(
      moderatorPlanPart,
      ({ moderated }, nowMs) => [ctx, moderated, nowMs],
      'sp-region',
    );
    // The rehearsal clock is read from the real one: while it runs, the two keep their distance.
    this.#clock = this.region(
      rehearsalClockPart,
      (_, nowMs) => {
        const rehearsalNowMs = readClockMs(rehearsal.clock);
        return [
          ctx,
          rehearsal.segment(),
          rehearsalNowMs,
          rehearsal.running ? rehearsalNowMs - nowMs : null,
        ];
      },
      'sp-region',
    );
    this.#segments = this.region(segmentsPart, ({ planned }) => [ctx, planned], '');
  }

  protected derive(nowMs: number): Derived<SpeakerState> {
    const { plan } = this.#show.current();
    if (this.#speakerPlan.plan !== plan) {
      const ctx = this.#ctx;
      const planned =
        plan === ctx.schedule ? ctx.segments : getSpeakerSegments(plan, ctx.speaker.id);
      this.#speakerPlan = { plan, planned, moderated: getModeratorPlan(ctx, plan, planned) };
    }
    const turn = getTurnText(this.#ctx, this.#speakerPlan.planned, nowMs);
    // The turn's words (and the rehearsal's fold during it) hold until the turn changes.
    return { state: { ...this.#speakerPlan, turn }, until: turn.targetMs };
  }

  protected override paintControls(state: SpeakerState): void {
    this.#notices.update();
    this.#log.show(this.#rehearsal.state.log);
    this.#rehearsal.update();
    // During the speaker's own segment the rehearsal is put away beside the live countdown,
    // and comes back when her turn ends; a rehearsal already running stays.
    const section = this.#rehearsalSection;
    const fold = String(state.turn.state === 'on' && this.#rehearsal.state.timer.status === 'idle');
    if (section && section.dataset.folded !== fold) section.dataset.folded = fold;
  }

  protected listenPage(signal: AbortSignal): void {
    this.#rehearsal.bind();
    onAbort(signal, () => this.#rehearsal.unbind());
    // The host re-planned (another window of this browser, or the live server).
    onAbort(
      signal,
      this.#show.watch(() => this.update()),
    );
  }

  protected override dispose(): void {
    this.#log.destroy();
    this.#notices.dispose();
  }

  protected frame(): Node {
    const ctx = this.#ctx;
    this.#rehearsalSection = this.#renderRehearsal();
    return h(
      'div',
      { class: 'sp', 'data-testid': 'speaker.page', 'data-speaker': ctx.speaker.id },
      renderSpeakerHeader(ctx),
      this.#notices.element,
      h('div', { class: 'sp-top' }, this.#countdown, this.#rehearsalSection),
      this.#plan,
      h(
        'p',
        { class: 'sp-calendar' },
        this.#makeCalendarButton(),
        ` Your segments as calendar entries, in UTC, with your zone (${ctx.speaker.timeZoneLabel}) named.`,
      ),
      this.#segments,
      this.#log.element,
      this.#options.footer ?? null,
    );
  }

  /** The rehearsal panel: the chooser (with more than one segment), the clock, the buttons. */
  #renderRehearsal(): HTMLElement {
    const rehearsal = this.#rehearsal;
    return h(
      'section',
      {
        class: 'sp-rehearsal',
        'aria-label': 'Rehearsal clock',
        'data-testid': 'speaker.rehearsal',
        'data-folded': 'false',
      },
      h('h2', {}, 'Rehearse'),
      h(
        'p',
        { class: 'sp-rehearsal-away', 'data-testid': 'speaker.rehearsal-away' },
        'Put away while you are on: it comes back when your turn ends.',
      ),
      this.#ctx.segments.length > 1
        ? h(
            'p',
            { class: 'sp-select' },
            h('label', { for: rehearsal.select.id }, 'Segment '),
            rehearsal.select,
          )
        : null,
      this.#clock,
      h('div', { class: 'sp-actions' }, rehearsal.buttons),
      rehearsal.status,
    );
  }

  /** The speaker's segments as a calendar file, made (and its builder loaded) on a click. */
  #makeCalendarButton(): HTMLButtonElement {
    const { ctx, clock, exportName } = this.#options;
    return makeLazyDownload({
      label: 'Add to calendar (.ics)',
      testId: 'speaker.calendar',
      name: `${exportName.replace(/-rehearsals-/, '-')}.ics`,
      type: 'text/calendar',
      make: async () => {
        const { buildCalendar } = await import('../calendar/buildCalendar.ts');
        return buildCalendar({
          name: `${ctx.model.event.series} · ${formatSpeakerName(ctx.speaker)}`,
          producer: getCalendarProducer(ctx.model),
          stamp: clock.now().toMillis(),
          entries: buildSpeakerEntries(ctx.model, ctx.schedule, ctx.speaker),
        });
      },
    });
  }
}
