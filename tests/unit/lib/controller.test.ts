// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { definePart, makePartRegion } from '../../../src/lib/part.ts';
import { isSameView } from '../../../src/lib/isSameView.ts';
import { makePageController, startController } from '../../../src/lib/controller.ts';
import { makeRegion, morph } from '../../../src/lib/morph.ts';
import { MAX_SLEEP_MS } from '../../../src/lib/repaintTimer.ts';
import { h } from '../../../src/lib/h.ts';

describe('morph', () => {
  it('changes only the text and attributes that differ, keeping the elements', () => {
    const target = h('p', { class: 'a', 'data-x': '1' }, h('span', {}, '10:00:00'), ' left');
    const span = target.firstElementChild;
    morph(target, h('p', { class: 'a', 'data-y': '2' }, h('span', {}, '10:00:01'), ' left'));
    expect(target.firstElementChild).toBe(span);
    expect(target.outerHTML).toBe('<p class="a" data-y="2"><span>10:00:01</span> left</p>');
  });

  it('replaces children whose tag differs and drops extra ones', () => {
    const target = h('div', {}, h('p', {}, 'one'), h('p', {}, 'two'));
    morph(target, h('div', {}, h('h2', {}, 'one')));
    expect(target.innerHTML).toBe('<h2>one</h2>');
  });
});

describe('makeRegion', () => {
  it('morphs a redraw into the node on screen, touching nothing when it is equal', () => {
    const region = makeRegion(h('div', {}));
    region.draw(h('p', {}, h('span', {}, 'first')));
    const shown = region.element.firstChild;
    const watcher = new MutationObserver(() => undefined);
    watcher.observe(region.element, { subtree: true, childList: true, characterData: true });
    region.draw(h('p', {}, h('span', {}, 'first')));
    expect(watcher.takeRecords()).toEqual([]);
    region.draw(h('p', {}, h('span', {}, 'second')));
    expect(watcher.takeRecords()).toHaveLength(1);
    expect(region.element.firstChild).toBe(shown);
    expect(region.element.textContent).toBe('second');
    region.draw(null);
    expect(region.element.childNodes).toHaveLength(0);
    watcher.disconnect();
  });
});

describe('makePartRegion', () => {
  it('draws only when the view changes, comparing plain data by value and objects by identity', () => {
    let draws = 0;
    const shared = new Date(0);
    const part = definePart({
      view: (text: string, ref: Date) => ({ text, list: [text.length], ref }),
      render: (view) => {
        draws++;
        return h('p', {}, view.text);
      },
    });
    const region = makePartRegion(h('div', {}), part);
    expect(region.show('a', shared)).toBe(true);
    expect(region.show('a', shared)).toBe(false);
    // Not plain data (a Date, a luxon DateTime): the same only when the same object.
    expect(region.show('a', new Date(0))).toBe(true);
    expect(region.show('b', shared)).toBe(true);
    expect(draws).toBe(3);
    expect(region.element.textContent).toBe('b');
    expect(isSameView({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(isSameView({ a: [1] }, { a: [1], b: undefined })).toBe(false);
  });
});

describe('makePageController’s repaint timer', () => {
  /** A page whose `update` answers `next(now)`, on the fake timers' clock. */
  function startPage(next: (nowMs: number) => number) {
    const calls: { at: number; timer: boolean }[] = [];
    const controller = makePageController({
      root: document.createElement('div'),
      nowMs: () => Date.now(),
      frame: () => h('p', {}),
      update(timer) {
        calls.push({ at: Date.now(), timer });
        return next(Date.now());
      },
    });
    startController(controller);
    return { controller, calls };
  }

  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2031, 4, 14, 4, 0, 0, 250) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wakes at the instant update asked for, and no sooner', () => {
    const start = Date.now();
    const { controller, calls } = startPage((now) => Math.floor(now / 60_000) * 60_000 + 60_000);
    vi.advanceTimersByTime(59_749);
    expect(calls.map((c) => c.at - start)).toEqual([0]);
    vi.advanceTimersByTime(1);
    expect(calls.map((c) => c.at - start)).toEqual([0, 59_750]);
    expect(calls.map((c) => c.timer)).toEqual([false, true]);
    controller.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sleeps at most MAX_SLEEP_MS when nothing shown will change by itself', () => {
    const start = Date.now();
    const { controller, calls } = startPage(() => Infinity);
    vi.advanceTimersByTime(3 * MAX_SLEEP_MS);
    expect(calls.map((c) => c.at - start)).toEqual([0, 60_000, 120_000, 180_000]);
    controller.destroy();
  });

  it('reschedules on every update, so a page that starts counting seconds wakes at once', () => {
    let ticking = false;
    const { controller, calls } = startPage((now) =>
      ticking ? Math.floor(now / 1000) * 1000 + 1000 : Infinity,
    );
    ticking = true;
    controller.update(); // a button press
    vi.advanceTimersByTime(3000);
    expect(calls).toHaveLength(5);
    expect(calls.slice(2).every((c) => c.at % 1000 === 0 && c.timer)).toBe(true);
    controller.destroy();
  });
});

describe('a part that patches its node', () => {
  it('sets the text in place on a tick, and falls back to rendering when it cannot', () => {
    let patches = 0;
    const part = definePart({
      view: (text: string) => ({ text }),
      render: (view) => h('time', {}, view.text),
      patch: (node, view) => {
        if (view.text === 'redraw') return false;
        patches++;
        if (node.firstChild) node.firstChild.nodeValue = view.text;
        return true;
      },
    });
    const region = makePartRegion(h('div', {}), part);
    region.show('10:00:00');
    const time = region.element.firstChild;
    const text = time?.firstChild;
    region.show('10:00:01');
    expect(patches).toBe(1);
    expect(region.element.firstChild).toBe(time);
    expect(time?.firstChild).toBe(text);
    expect(region.element.innerHTML).toBe('<time>10:00:01</time>');
    region.show('redraw');
    expect(region.element.innerHTML).toBe('<time>redraw</time>');
  });
});
