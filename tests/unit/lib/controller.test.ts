// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { makeRegion, morph } from '../../../src/lib/controller.ts';
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
  it('builds only when the key changes', () => {
    const region = makeRegion(h('div', {}));
    let builds = 0;
    const build = (text: string) => () => {
      builds += 1;
      return h('p', {}, text);
    };
    expect(region.show('a', build('first'))).toBe(true);
    const shown = region.element.firstChild;
    expect(region.show('a', build('ignored'))).toBe(false);
    expect(region.show('b', build('second'))).toBe(true);
    expect(builds).toBe(2);
    expect(region.element.firstChild).toBe(shown);
    expect(region.element.textContent).toBe('second');
  });
});
