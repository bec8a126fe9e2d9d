/**
 * The speaker page's controller: the countdown on the live clock, and a rehearsal clock
 * whose every step (start, pause, resume, reset) is saved at once, with each finished run
 * kept in a log. A reload picks up exactly where the page was.
 */
import { makeRegion, paint, startRepaintTimer, type Controller } from '../lib/controller.ts';
import { makeDownloadLinks, makeLazyDownload, type DownloadLinks } from '../lib/downloads.ts';
import { buildSpeakerEntries } from '../time/calendarEntries.ts';
import { formatSpeakerName } from '../time/cues.ts';
import { formatCsv } from '../lib/formatCsv.ts';
import { h } from '../lib/h.ts';
import { makeButton } from '../lib/makeButton.ts';
import { renderNotice } from '../lib/renderNotice.ts';
import type { Store, StoreNotice } from '../store/makeStore.ts';
import { makeRehearsalClock, type Clock } from '../time/clock.ts';
import { formatClock, formatIso, fromMillis } from '../time/format.ts';
import {
  chooseRehearsalSegment,
  getRunLength,
  getRunOverrun,
  pauseRehearsal,
  resetRehearsal,
  resumeRehearsal,
  startRehearsal,
  type SpeakerRehearsal,
} from '../time/rehearsal.ts';
import type { ScheduledSegment } from '../time/schedule.ts';
import {
  renderRehearsalClock,
  renderModeratorPlan,
  renderRehearsalLog,
  renderSpeakerCountdown,
  renderSpeakerHeader,
  renderSpeakerSegment,
  type SpeakerContext,
} from './renderSpeakerPage.ts';

/** Options for `makeSpeakerController`. */
export interface SpeakerControllerOptions {
  readonly root: HTMLElement;
  readonly ctx: SpeakerContext;
  /** The real time: the countdown runs on it, and the rehearsal clock is derived from it. */
  readonly clock: Clock;
  readonly store: Store<SpeakerRehearsal>;
  /** Links shown at the foot of the page (the run-of-show, the other speakers). */
  readonly footer?: HTMLElement;
  /** File names of exports, without extension. */
  readonly exportName: string;
}

/** Makes the speaker page's controller. */
export function makeSpeakerController(options: SpeakerControllerOptions): Controller {
  const { root, ctx, clock, store } = options;
  const { schedule } = ctx;
  const first = ctx.segments[0];
  if (!first) throw new Error(`[speaker] ${ctx.speaker.id} has no segment in the programme.`);
  const firstSegment: ScheduledSegment = first;

  const notices: StoreNotice[] = [];
  const loaded = store.load();
  if (loaded.notice) notices.push(loaded.notice);
  let state: SpeakerRehearsal = loaded.value;

  const segment = (): ScheduledSegment =>
    ctx.segments.find((s) => s.id === state.segmentId) ?? firstSegment;
  const rehearsalClock = makeRehearsalClock(clock, () => ({
    origin: segment().start,
    timer: state.timer,
  }));

  const plan = makeRegion(h('div', { class: 'sp-region' }));
  const regions = {
    notices: h('div', { class: 'sp-notices' }),
    countdown: h('div', { class: 'sp-region' }),
    clock: h('div', { class: 'sp-region' }),
    log: h('div', { class: 'sp-region' }),
    status: h('p', { class: 'sp-muted', 'data-testid': 'speaker.rehearsal-status' }),
  };
  const buttons = {
    start: makeButton('speaker.rehearsal-start', 'Start', () => act('start'), 'btn-primary'),
    pause: makeButton('speaker.rehearsal-pause', 'Pause', () => act('pause')),
    resume: makeButton('speaker.rehearsal-resume', 'Resume', () => act('resume'), 'btn-primary'),
    reset: makeButton('speaker.rehearsal-reset', 'Reset and log the run', () => act('reset')),
  };
  const select = h(
    'select',
    { id: 'sp-rehearsal-segment', 'data-testid': 'speaker.rehearsal-segment' },
    ctx.segments.map((s) =>
      h(
        'option',
        { value: s.id },
        `${s.item.label} (${formatClock(s.start, schedule.zone).slice(0, 5)} ${schedule.zoneLabel})`,
      ),
    ),
  );
  select.addEventListener('change', () => {
    state = chooseRehearsalSegment(state, select.value);
    save();
    update();
  });

  let logKey = '';
  let logLinks: DownloadLinks | null = null;
  const noticeLinks: DownloadLinks[] = [];
  let shownNotices = -1;
  const unbinders: (() => void)[] = [];

  function save(): void {
    const notice = store.save(state);
    if (notice) notices.push(notice);
  }

  function act(action: 'start' | 'pause' | 'resume' | 'reset'): void {
    const nowMs = clock.now().toMillis();
    if (action === 'start') state = startRehearsal({ ...state, segmentId: segment().id }, nowMs);
    else if (action === 'pause') state = pauseRehearsal(state, nowMs);
    else if (action === 'resume') state = resumeRehearsal(state, nowMs);
    else {
      const { state: next, run } = resetRehearsal(state, nowMs, firstSegment.id);
      state = run ? { ...next, log: [...next.log, run] } : next;
    }
    save();
    update();
  }

  function exportFiles(): DownloadLinks {
    const zone = schedule.zone;
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
    return makeDownloadLinks([
      {
        name: `${options.exportName}.csv`,
        type: 'text/csv',
        text: formatCsv(
          [
            'speaker',
            'segment',
            'startedAt',
            'endedAt',
            'rehearsedSeconds',
            'plannedSeconds',
            'overrunSeconds',
          ],
          rows,
        ),
        label: 'CSV',
        testId: 'speaker.export-csv',
      },
      {
        name: `${options.exportName}.json`,
        type: 'application/json',
        text: `${JSON.stringify({ speaker: ctx.speaker.id, eventZone: zone, runs: rows }, null, 2)}\n`,
        label: 'JSON',
        testId: 'speaker.export-json',
      },
    ]);
  }

  function renderNotices(): void {
    for (const links of noticeLinks.splice(0)) links.revoke();
    regions.notices.replaceChildren(
      ...notices.map((notice) => {
        if (notice.raw === null) return renderNotice('speaker', notice.message);
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
        return renderNotice('speaker', notice.message, ' ', links.links);
      }),
    );
  }

  function update(): void {
    if (shownNotices !== notices.length) {
      shownNotices = notices.length;
      renderNotices();
    }
    paint(regions.countdown, renderSpeakerCountdown(ctx, clock.now()));
    plan.draw(renderModeratorPlan(ctx, clock.now()));
    paint(regions.clock, renderRehearsalClock(ctx, segment(), rehearsalClock.now()));
    const key = JSON.stringify(state.log);
    if (key !== logKey) {
      logKey = key;
      logLinks?.revoke();
      logLinks = state.log.length > 0 ? exportFiles() : null;
      regions.log.replaceChildren(renderRehearsalLog(ctx, state.log, logLinks?.links ?? []));
    }
    const st = state.timer.status;
    buttons.start.hidden = st !== 'idle';
    buttons.pause.hidden = st !== 'running';
    buttons.resume.hidden = st !== 'paused';
    buttons.reset.disabled = st === 'idle';
    select.disabled = st !== 'idle';
    select.value = segment().id;
    regions.status.dataset.status = st;
    regions.status.textContent =
      st === 'idle'
        ? `Ready at the start of “${segment().item.label}”.`
        : st === 'running'
          ? 'Running.'
          : 'Paused.';
  }

  return {
    render() {
      root.replaceChildren(
        h(
          'div',
          { class: 'sp', 'data-testid': 'speaker.page', 'data-speaker': ctx.speaker.id },
          renderSpeakerHeader(ctx),
          regions.notices,
          h(
            'div',
            { class: 'sp-top' },
            regions.countdown,
            h(
              'section',
              { class: 'sp-rehearsal', 'aria-label': 'Rehearsal clock' },
              h('h2', {}, 'Rehearse'),
              ctx.segments.length > 1
                ? h(
                    'p',
                    { class: 'sp-select' },
                    h('label', { for: 'sp-rehearsal-segment' }, 'Segment '),
                    select,
                  )
                : null,
              regions.clock,
              h(
                'div',
                { class: 'sp-actions' },
                buttons.start,
                buttons.pause,
                buttons.resume,
                buttons.reset,
              ),
              regions.status,
            ),
          ),
          plan.element,
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
          h(
            'div',
            { class: 'sp-segments' },
            ctx.segments.map((s) => renderSpeakerSegment(ctx, s)),
          ),
          regions.log,
          options.footer ?? null,
        ),
      );
    },
    bind() {
      const onVisible = (): void => {
        if (document.visibilityState === 'visible') update();
      };
      document.addEventListener('visibilitychange', onVisible);
      unbinders.push(() => document.removeEventListener('visibilitychange', onVisible));
      unbinders.push(
        store.watch(() => {
          state = store.load().value;
          update();
        }),
      );
      unbinders.push(startRepaintTimer(() => clock.now().toMillis(), update));
    },
    update,
    destroy() {
      for (const unbind of unbinders.splice(0)) unbind();
      logLinks?.revoke();
      for (const links of noticeLinks.splice(0)) links.revoke();
      root.replaceChildren();
    },
  };
}
