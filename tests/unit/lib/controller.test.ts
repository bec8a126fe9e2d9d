// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { definePart, makePartRegion } from '../../../src/lib/part.ts';
import { isSameView } from '../../../src/lib/isSameView.ts';
import { makeRegion, morph } from '../../../src/lib/morph.ts';
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
