// @vitest-environment jsdom
import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import { MAX_SLEEP_MS } from '../../../src/lib/repaintTimer.ts';
import { startController, type Controller } from '../../../src/lib/controller.ts';
import { SpeakerController } from '../../../src/speaker/SpeakerController.ts';
import { makeMemoryStore } from '../../fixtures/memoryStore.ts';
import { systemClock } from '../../../src/time/clock.ts';
import { idleRehearsal, type SpeakerRehearsal } from '../../../src/show/rehearsal.ts';
import { buildSchedule, getSpeakerSegments } from '../../../src/show/schedule.ts';
import type { ShowEvent } from '../../../src/show/showLog.ts';

const model = fixtureModel;
const schedule = buildSchedule(model);
// The panel's moderator: a countdown to 11:15 Bangkok and a plan counted in minutes.
const speaker = model.speakers.find((s) => s.id === 'mary-jackson')!;
const at = (time: string): number =>
  DateTime.fromISO(`2025-08-28T${time}`, { zone: schedule.zone }).toMillis();

let controller: Controller | null = null;
afterEach(() => {
  controller?.destroy();
  controller = null;
  vi.useRealTimers();
});

/** The moderator's page on the real clock (the fake timers' clock), from `time` in Bangkok. */
function open(time: string): { root: HTMLElement; countdown: () => string } {
  vi.useFakeTimers({ now: at(time) });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  controller = startController(
    new SpeakerController({
      root,
      ctx: {
        model,
        schedule,
        speaker,
        segments: getSpeakerSegments(schedule, speaker.id),
        slides: [],
        viewerZone: 'Asia/Bangkok',
        slideHref: (id) => `./#/${id}`,
      },
      clock: systemClock,
      store: makeMemoryStore<SpeakerRehearsal>({ ...idleRehearsal, log: [] }),
      showStore: makeMemoryStore<readonly ShowEvent[]>([]),
      exportName: 'test',
    }),
  );
  const countdown = (): string =>
    root.querySelector('[data-testid="speaker.countdown"]')?.textContent ?? '';
  return { root, countdown };
}

/** Milliseconds until the page's next wake-up. */
function nextWake(): number {
  const before = Date.now();
  vi.advanceTimersToNextTimer();
  return Date.now() - before;
}

describe('the speaker page wakes only when something it shows can change', () => {
  it('counts in minutes two hours before the turn, each minute shown on time', () => {
    const { countdown } = open('09:15:00.500');
    // 7199.5 s left, rounded up as every countdown is: two hours.
    expect(countdown()).toBe('2 h 00 min');
    vi.advanceTimersByTime(499);
    expect(countdown()).toBe('2 h 00 min');
    vi.advanceTimersByTime(1);
    expect(countdown()).toBe('1 h 59 min');
    vi.advanceTimersByTime(59_999);
    expect(countdown()).toBe('1 h 59 min');
    vi.advanceTimersByTime(1);
    expect(countdown()).toBe('1 h 58 min');
  });

  it('switches to seconds when less than an hour is left, never a minute late', () => {
    const { countdown } = open('10:13:30');
    expect(countdown()).toBe('1 h 01 min');
    vi.advanceTimersByTime(at('10:15:00') - Date.now());
    expect(countdown()).toBe('1 h 00 min');
    vi.advanceTimersByTime(999);
    expect(countdown()).toBe('1 h 00 min');
    vi.advanceTimersByTime(1);
    expect(countdown()).toBe('59:59');
    vi.advanceTimersByTime(1000);
    expect(countdown()).toBe('59:58');
  });

  it('shows the turn at its start to the millisecond, then counts its seconds', () => {
    const { countdown } = open('11:14:58.300');
    vi.advanceTimersByTime(at('11:15:00') - 1 - Date.now());
    expect(countdown()).toBe('0:01');
    vi.advanceTimersByTime(1);
    expect(countdown()).toBe('70:00 left');
    vi.advanceTimersByTime(1000);
    expect(countdown()).toBe('69:59 left');
  });

  it('after its part, with the rehearsal clock at rest, sleeps as long as it may', () => {
    const { root, countdown } = open('14:00:00');
    expect(countdown()).toBe('Done: your part is over');
    expect(nextWake()).toBe(MAX_SLEEP_MS);
    // A running rehearsal clock shows seconds: the page wakes at each of them.
    root
      .querySelector<HTMLButtonElement>('[data-testid="speaker.rehearsal-start"]')
      ?.dispatchEvent(new MouseEvent('click'));
    const clock = (): string =>
      root.querySelector('[data-testid="speaker.rehearsal-clock"]')?.textContent ?? '';
    const shown = clock();
    expect(nextWake()).toBe(1000);
    expect(clock()).not.toBe(shown);
  });
});

describe('the rehearsal is put away during the speaker’s own turn', () => {
  const folded = (root: HTMLElement): string | undefined =>
    root.querySelector<HTMLElement>('[data-testid="speaker.rehearsal"]')?.dataset.folded;

  it('folds as the turn starts and comes back as the last one ends, on time', () => {
    const { root, countdown } = open('11:14:59');
    expect(folded(root)).toBe('false');
    vi.advanceTimersByTime(999);
    expect(folded(root)).toBe('false');
    vi.advanceTimersByTime(1);
    expect(countdown()).toBe('70:00 left');
    expect(folded(root)).toBe('true');
    // The panel hands over to her own wrap-up: still on, until the wrap-up ends.
    vi.setSystemTime(at('12:29:58'));
    vi.advanceTimersByTime(1000);
    expect(countdown()).toBe('00:01 left');
    expect(folded(root)).toBe('true');
    vi.advanceTimersByTime(999);
    expect(folded(root)).toBe('true');
    vi.advanceTimersByTime(1);
    expect(countdown()).toBe('Done: your part is over');
    expect(folded(root)).toBe('false');
  });

  it('keeps a rehearsal that runs, and folds once it is reset', () => {
    const { root } = open('11:14:50');
    root
      .querySelector<HTMLButtonElement>('[data-testid="speaker.rehearsal-start"]')
      ?.dispatchEvent(new MouseEvent('click'));
    vi.advanceTimersByTime(20_000);
    expect(folded(root)).toBe('false');
    root
      .querySelector<HTMLButtonElement>('[data-testid="speaker.rehearsal-reset"]')
      ?.dispatchEvent(new MouseEvent('click'));
    expect(folded(root)).toBe('true');
  });
});

describe('the rehearsal log’s files', () => {
  // jsdom has no Blob URLs: a registry of the live ones stands in for the browser's.
  const live = new Map<string, Blob>();
  let made = 0;
  beforeEach(() => {
    live.clear();
    vi.stubGlobal(
      'URL',
      Object.assign(class extends URL {}, {
        createObjectURL: (blob: Blob) => {
          const url = `blob:test/${++made}`;
          live.set(url, blob);
          return url;
        },
        revokeObjectURL: (url: string) => void live.delete(url),
      }),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('offer each logged run, and free the old files when replaced and when the page goes', async () => {
    const { root } = open('14:00:00');
    const press = (action: string): void => {
      root
        .querySelector<HTMLButtonElement>(`[data-testid="speaker.rehearsal-${action}"]`)
        ?.dispatchEvent(new MouseEvent('click'));
    };
    const rehearse = (ms: number): void => {
      press('start');
      vi.advanceTimersByTime(ms);
      press('reset');
    };
    const csv = (): string =>
      root.querySelector('[data-testid="speaker.export-csv"]')?.getAttribute('href') ?? '';
    expect(csv()).toBe('');
    rehearse(10_000);
    const first = csv();
    expect(live.has(first)).toBe(true);
    expect(await live.get(first)?.text()).toContain(',10,');
    rehearse(20_000);
    const second = csv();
    expect(live.has(first)).toBe(false);
    expect(await live.get(second)?.text()).toMatch(/,10,[^]*,20,/);
    expect(live.size).toBe(2);
    controller?.destroy();
    controller = null;
    expect(live.size).toBe(0);
  });
});
