// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeSlide } from '../../../src/deck/makeRunOfShowPlugin.ts';

const section = (id: string, segment?: string): HTMLElement => {
  const el = document.createElement('section');
  el.id = id;
  if (segment) el.dataset.segment = segment;
  return el;
};
const slides = [
  section('holding'),
  section('title', 'opening'),
  section('opening', 'opening'),
  section('overview', 'overview'),
  section('aside'),
  section('conventions', 'overview'),
  section('closing'),
];
const at = (id: string) =>
  describeSlide(
    slides,
    slides.find((s) => s.id === id)!,
  );

describe('describeSlide', () => {
  it('the first slide of a segment starts it', () => {
    expect(at('title')).toEqual({
      slideId: 'title',
      segmentId: 'opening',
      position: 'segment',
      isSegmentStart: true,
    });
    expect(at('opening').isSegmentStart).toBe(false);
    expect(at('overview').isSegmentStart).toBe(true);
  });

  it('slides before and after the programme are placed as such', () => {
    expect(at('holding').position).toBe('before');
    expect(at('closing').position).toBe('after');
    expect(at('aside')).toMatchObject({
      position: 'segment',
      segmentId: null,
      isSegmentStart: false,
    });
    // A slide outside the programme between a segment's slides does not restart it.
    expect(at('conventions').isSegmentStart).toBe(false);
  });
});
