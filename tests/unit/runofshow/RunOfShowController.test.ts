// @vitest-environment jsdom
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startController, type Controller } from '../../../src/lib/controller.ts';
import { fixtureModel } from '../../fixtures/model.ts';
import { RunOfShowController } from '../../../src/runofshow/RunOfShowController.ts';
import { makeMemoryStore } from '../../fixtures/memoryStore.ts';
import { idleRehearsal, type RehearsalState } from '../../../src/show/rehearsal.ts';
import { makeShowEvent, type ShowEvent } from '../../../src/show/showLog.ts';
import type { ShowChannel, ShowMessage } from '../../../src/sync/makeShowChannel.ts';
import { buildSchedule, type ScheduledSegment } from '../../../src/show/schedule.ts';

/** Where on the page the DOM changed while `act` ran: the nearest test id (or role) of each change. */
function touchedDuring(root: Element, act: () => void): string[] {
  const watcher = new MutationObserver(() => undefined);
  watcher.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  act();
  const records = watcher.takeRecords();
  watcher.disconnect();
  return records.map((r) => {
    const owner = r.target instanceof Element ? r.target : r.target.parentElement;
    const place = owner?.closest('[data-testid], [role="progressbar"]');
    const id = place?.getAttribute('data-testid') ?? place?.getAttribute('role');
    return `${r.type}${r.attributeName ? `:${r.attributeName}` : ''} in ${id}`;
  });
}

const model = fixtureModel;
const schedule = buildSchedule(model);
const [firstOrNone, secondOrNone] = schedule.segments;
if (!firstOrNone || !secondOrNone) throw new Error('The test needs two segments or more.');
const first: ScheduledSegment = firstOrNone;
const second: ScheduledSegment = secondOrNone;

let controller: Controller | null = null;
afterEach(() => {
  controller?.destroy();
  controller = null;
  vi.useRealTimers();
});

/** A live run-of-show a minute into the first segment, on a clock the test moves. */
function start(): { root: HTMLElement; tick: (seconds: number) => void } {
  let now: DateTime = first.start.plus({ minutes: 1 });
  const root = document.createElement('div');
  document.body.append(root);
  controller = new RunOfShowController({
    root,
    ctx: { model, schedule, mode: 'live', speakerHref: (id) => `speaker.html?speaker=${id}` },
    realClock: { now: () => now },
    recordStore: makeMemoryStore<readonly ShowEvent[]>([
      makeShowEvent({ kind: 'start', segmentId: first.id }, first.start.toMillis()),
    ]),
    channel: null,
    otherModeHref: 'run-of-show.html?mode=rehearsal',
    exportName: 'test',
  });
  // Bound as a page is, so its buttons listen; the clock only moves when the test says.
  controller.render();
  controller.bind();
  controller.update();
  return {
    root,
    tick(seconds) {
      now = now.plus({ seconds });
      controller?.update();
    },
  };
}

const find = (root: Element, selector: string): Element => {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`No ${selector} on the page.`);
  return found;
};

describe('the run-of-show repaints only what changed', () => {
  it('touches only the clock and the countdown texts on a tick; the cue list is not drawn', () => {
    const { root, tick } = start();
    const cues = find(root, '.ros-cues');
    const clock = find(root, '[data-testid="run-of-show.clock"]');
    const remaining = find(root, '[data-testid="run-of-show.remaining"]');
    const clockText = clock.textContent;
    const remainingText = remaining.textContent;

    const touched = touchedDuring(root, () => tick(1));

    // The clock's text and its machine-readable time, the countdown's text and the width of
    // its bar (a tenth of a percent of a ten-minute segment is under a second): nothing else.
    expect(touched.sort()).toEqual([
      'attributes:datetime in run-of-show.clock',
      'attributes:style in progressbar',
      'characterData in run-of-show.clock',
      'characterData in run-of-show.remaining',
    ]);
    expect(find(root, '.ros-cues')).toBe(cues);
    expect(find(root, '[data-testid="run-of-show.clock"]')).toBe(clock);
    expect(clock.textContent).not.toBe(clockText);
    expect(find(root, '[data-testid="run-of-show.remaining"]')).toBe(remaining);
    expect(remaining.textContent).not.toBe(remainingText);
  });

  it('repaints the cue list when the next segment starts', () => {
    const { root, tick } = start();
    const cueState = (id: string): string | null =>
      find(root, `[data-testid="run-of-show.cue"][data-segment="${id}"]`).getAttribute(
        'data-state',
      );
    expect(cueState(first.id)).toBe('current');
    find(root, '[data-testid="run-of-show.start-next"]').dispatchEvent(new MouseEvent('click'));
    tick(1);
    expect(cueState(first.id)).toBe('done');
    expect(cueState(second.id)).toBe('current');
  });
});

describe('a tick of the run-of-show does only the tick’s work', () => {
  /** The live page on the fake timers' clock from `startMs`, with `log` recorded. */
  function open(startMs: number, log: readonly ShowEvent[]): HTMLElement {
    vi.useFakeTimers({ now: startMs });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    controller = startController(
      new RunOfShowController({
        root,
        ctx: { model, schedule, mode: 'live', speakerHref: (id) => `speaker.html?speaker=${id}` },
        realClock: { now: () => DateTime.now(), nowMs: () => Date.now() },
        recordStore: makeMemoryStore<readonly ShowEvent[]>(log),
        channel: null,
        otherModeHref: 'run-of-show.html?mode=rehearsal',
        exportName: 'test',
      }),
    );
    return root;
  }
  const text = (root: Element, testId: string): string =>
    root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';

  it('leaves the cue list alone while the clock ticks each second', () => {
    const root = open(first.start.toMillis() + 60_500, [
      makeShowEvent({ kind: 'start', segmentId: first.id }, first.start.toMillis()),
    ]);
    expect(text(root, 'run-of-show.clock')).toBe('11:01:00');
    const touched = touchedDuring(root, () => vi.advanceTimersByTime(58_500));
    expect(text(root, 'run-of-show.clock')).toBe('11:01:59');
    expect(touched).toContain('characterData in run-of-show.clock');
    expect(touched.filter((t) => t.endsWith('in run-of-show.cue'))).toEqual([]);
  });

  it('after the show, a tick changes only the clock: nothing else on the page can change', () => {
    const root = open(schedule.end.toMillis() + 3_600_500, []);
    const touched = touchedDuring(root, () => vi.advanceTimersByTime(1000));
    expect(text(root, 'run-of-show.clock')).toBe('13:30:01');
    expect([...new Set(touched)].sort()).toEqual([
      'attributes:datetime in run-of-show.clock',
      'characterData in run-of-show.clock',
    ]);
  });

  it('during a segment, a tick counts the time left down', () => {
    const root = open(first.start.toMillis() + 60_500, []);
    const before = text(root, 'run-of-show.remaining');
    vi.advanceTimersByTime(1000);
    expect(text(root, 'run-of-show.remaining')).not.toBe(before);
  });

  it('shows the next segment on the clock at its planned start, not at the next minute', () => {
    // Nothing recorded: the page follows the plan, so the boundary comes from the clock.
    const root = open(second.start.toMillis() - 1500, []);
    const current = (): string | null | undefined =>
      root.querySelector('[data-testid="run-of-show.current"]')?.getAttribute('data-segment');
    expect(current()).toBe(first.id);
    vi.advanceTimersByTime(1499);
    expect(current()).toBe(first.id);
    vi.advanceTimersByTime(1);
    expect(current()).toBe(second.id);
  });
});

describe('each part of the run-of-show changes when its time comes, on the page’s one timer', () => {
  /** The page on the fake timers' clock from `startMs`, with `log` recorded. */
  function openOn(
    startMs: number,
    log: readonly ShowEvent[],
    options: {
      readonly model?: typeof model;
      readonly rehearsal?: RehearsalState;
      readonly channel?: ShowChannel;
    } = {},
  ): HTMLElement {
    vi.useFakeTimers({ now: startMs });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const pageModel = options.model ?? model;
    const mode = options.rehearsal ? 'rehearsal' : 'live';
    controller = startController(
      new RunOfShowController({
        root,
        ctx: {
          model: pageModel,
          schedule: buildSchedule(pageModel),
          mode,
          speakerHref: (id) => `speaker.html?speaker=${id}`,
        },
        realClock: { now: () => DateTime.now(), nowMs: () => Date.now() },
        recordStore: makeMemoryStore<readonly ShowEvent[]>(log),
        ...(options.rehearsal
          ? { rehearsalStore: makeMemoryStore<RehearsalState>(options.rehearsal) }
          : {}),
        channel: options.channel ?? null,
        otherModeHref: 'run-of-show.html',
        exportName: 'test',
      }),
    );
    return root;
  }
  const text = (root: Element, testId: string): string =>
    root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';
  const press = (key: string): void => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  };

  it('the drift holds while the segment on now is on course, and counts each second past its hand-over', () => {
    const root = openOn(first.end.toMillis() - 1500, [
      makeShowEvent({ kind: 'start', segmentId: first.id }, first.start.toMillis()),
    ]);
    expect(text(root, 'run-of-show.drift')).toBe('Drifton time');
    vi.advanceTimersByTime(2500);
    expect(text(root, 'run-of-show.drift')).toBe('Drift0:01 behind');
    vi.advanceTimersByTime(1000);
    expect(text(root, 'run-of-show.drift')).toBe('Drift0:02 behind');
  });

  it('a checkpoint: its minutes turn in the cue list, its warning counts each second from two minutes before, and goes a minute after', () => {
    const panel = schedule.segments.find((s) => s.id === 'panel');
    if (!panel) throw new Error('The test needs the fixture’s panel.');
    const at = panel.start.plus({ minutes: 40 });
    const withCheckpoint = {
      ...model,
      agenda: model.agenda.map((item) =>
        item.id === 'panel'
          ? { ...item, checkpoints: [{ at, label: 'Audience Q&A opens' }] }
          : item,
      ),
    };
    const root = openOn(
      at.toMillis() - 150_000,
      [makeShowEvent({ kind: 'start', segmentId: 'panel' }, panel.start.toMillis())],
      { model: withCheckpoint },
    );
    const until = (): string => root.querySelector('.cue-checkpoint-until')?.textContent ?? '';
    expect(until()).toBe(' · in 3 min');
    expect(text(root, 'run-of-show.checkpoint-alert')).toBe('');
    vi.advanceTimersByTime(30_000);
    expect(until()).toBe(' · in 2 min');
    expect(text(root, 'run-of-show.checkpoint-alert')).toBe(
      'Audience Q&A opens at 11:55: in 02:00',
    );
    vi.advanceTimersByTime(1000);
    expect(text(root, 'run-of-show.checkpoint-alert')).toBe(
      'Audience Q&A opens at 11:55: in 01:59',
    );
    vi.advanceTimersByTime(119_000);
    expect(text(root, 'run-of-show.checkpoint-alert')).toBe('Audience Q&A opens: now (11:55)');
    expect(until()).toBe(' · passed');
    vi.advanceTimersByTime(60_000);
    expect(text(root, 'run-of-show.checkpoint-alert')).toBe('');
  });

  it('the offer of a segment the deck reached early counts the seconds to its planned start, and from it', () => {
    let deliver: (message: ShowMessage) => void = () => undefined;
    const channel: ShowChannel = {
      post: () => undefined,
      listen: (onMessage) => {
        deliver = onMessage;
        return () => undefined;
      },
      close: () => undefined,
    };
    const root = openOn(first.start.toMillis() - 125_500, [], { channel });
    deliver({
      type: 'deck-slide',
      slideId: 'title',
      segmentId: first.id,
      position: 'segment',
      isSegmentStart: true,
      moved: true,
      number: 2,
      total: 17,
    });
    const offer = (): string => text(root, 'run-of-show.offer').split(',')[1] ?? '';
    expect(offer()).toBe(
      ' 2:05 before its planned start (11:00). Nothing is recorded: from then on the next slide starts it',
    );
    vi.advanceTimersByTime(500);
    expect(offer()).toBe(
      ' 2:05 before its planned start (11:00). Nothing is recorded: from then on the next slide starts it',
    );
    vi.advanceTimersByTime(1000);
    expect(offer()).toMatch(/^ 2:04 before/);
    vi.advanceTimersByTime(124_000);
    expect(offer()).toMatch(/^ 0:00 after/);
    vi.advanceTimersByTime(1000);
    expect(offer()).toMatch(/^ 0:01 after/);
  });

  it('the clock’s caption turns to the next day at midnight in the event’s zone', () => {
    const midnight = first.start.setZone(schedule.zone).plus({ days: 1 }).startOf('day');
    const root = openOn(midnight.toMillis() - 500, []);
    const caption = (): string => root.querySelector('.ros-clock-caption')?.textContent ?? '';
    expect(caption()).toBe('Bangkok time · Thu 28 Aug · UTC+7');
    vi.advanceTimersByTime(500);
    expect(caption()).toBe('Bangkok time · Fri 29 Aug · UTC+7');
  });

  it('a rehearsal clock at rest or paused stands still, and nothing on the page changes; running, it counts', () => {
    const root = openOn(Date.UTC(2025, 7, 20, 2, 0, 0, 300), [], { rehearsal: idleRehearsal });
    expect(text(root, 'run-of-show.clock')).toBe('11:00:00');
    expect(touchedDuring(root, () => vi.advanceTimersByTime(5000))).toEqual([]);
    press('p');
    vi.advanceTimersByTime(2000);
    expect(text(root, 'run-of-show.clock')).toBe('11:00:02');
    press('p');
    const paused = text(root, 'run-of-show.remaining');
    expect(touchedDuring(root, () => vi.advanceTimersByTime(3000))).toEqual([]);
    expect(text(root, 'run-of-show.clock')).toBe('11:00:02');
    expect(text(root, 'run-of-show.remaining')).toBe(paused);
  });
});
