// @vitest-environment jsdom
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import {
  makeRunOfShowController,
  type Controller,
} from '../../../src/runofshow/makeRunOfShowController.ts';
import type { Store } from '../../../src/store/makeStore.ts';
import { makeShowEvent, type ShowEvent } from '../../../src/time/showLog.ts';
import { buildSchedule, type ScheduledSegment } from '../../../src/time/schedule.ts';
import * as renderers from '../../../src/runofshow/renderRunOfShow.ts';

// Count how often the clock's renderer runs: once per update.
vi.mock('../../../src/runofshow/renderRunOfShow.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../src/runofshow/renderRunOfShow.ts')>();
  return {
    ...original,
    renderClockTime: vi.fn(original.renderClockTime),
  };
});

const model = fixtureModel;
const schedule = buildSchedule(model);
const [firstOrNone, secondOrNone] = schedule.segments;
if (!firstOrNone || !secondOrNone) throw new Error('The test needs two segments or more.');
const first: ScheduledSegment = firstOrNone;
const second: ScheduledSegment = secondOrNone;

function makeMemoryStore(initial: readonly ShowEvent[]): Store<readonly ShowEvent[]> {
  let value = initial;
  return {
    key: 'test',
    load: () => ({ value, notice: null }),
    peek: () => value,
    save(next) {
      value = next;
      return null;
    },
    watch: () => () => undefined,
  };
}

let controller: Controller | null = null;
afterEach(() => {
  controller?.destroy();
  controller = null;
});

/** A live run-of-show a minute into the first segment, on a clock the test moves. */
function start(): { root: HTMLElement; tick: (seconds: number) => void } {
  let now: DateTime = first.start.plus({ minutes: 1 });
  const root = document.createElement('div');
  document.body.append(root);
  controller = makeRunOfShowController({
    root,
    ctx: { model, schedule, mode: 'live', speakerHref: (id) => `speaker.html?speaker=${id}` },
    realClock: { now: () => now },
    recordStore: makeMemoryStore([
      makeShowEvent({ kind: 'start', segmentId: first.id }, first.start.toMillis()),
    ]),
    channel: null,
    otherModeHref: 'run-of-show.html?mode=rehearsal',
    exportName: 'test',
  });
  controller.render();
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
  it('keeps the cue list untouched across a tick while the clock and countdown move', () => {
    const { root, tick } = start();
    vi.mocked(renderers.renderClockTime).mockClear();
    const cues = find(root, '.ros-cues');
    const clock = find(root, '[data-testid="run-of-show.clock"]');
    const remaining = find(root, '[data-testid="run-of-show.remaining"]');
    const clockText = clock.textContent;
    const remainingText = remaining.textContent;
    const watcher = new MutationObserver(() => undefined);
    watcher.observe(find(root, '.ros-side'), {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });

    tick(1);

    // The cue list is redrawn but nothing on screen changes: the morph touches no node.
    expect(vi.mocked(renderers.renderClockTime)).toHaveBeenCalledTimes(1);
    expect(watcher.takeRecords()).toEqual([]);
    expect(find(root, '.ros-cues')).toBe(cues);
    // The clock and the countdown are the same elements with new text.
    expect(find(root, '[data-testid="run-of-show.clock"]')).toBe(clock);
    expect(clock.textContent).not.toBe(clockText);
    expect(find(root, '[data-testid="run-of-show.remaining"]')).toBe(remaining);
    expect(remaining.textContent).not.toBe(remainingText);
    watcher.disconnect();
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
