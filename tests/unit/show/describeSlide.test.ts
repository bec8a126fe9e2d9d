import { describe, expect, it } from 'vitest';
import { describeSlide } from '../../../src/show/describeSlide.ts';

const slide = (id: string, segment?: string) => ({ id, segment: segment ?? null });
const slides = [
  slide('holding'),
  slide('title', 'opening'),
  slide('opening', 'opening'),
  slide('overview', 'overview'),
  slide('aside'),
  slide('conventions', 'overview'),
  slide('closing'),
];
const at = (id: string) =>
  describeSlide(
    slides,
    slides.findIndex((s) => s.id === id),
  )!;

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

describe('describeSlide for a slide the deck does not have', () => {
  it('says nothing rather than guessing', () => {
    expect(describeSlide(slides, -1)).toBeNull();
    expect(describeSlide(slides, slides.length)).toBeNull();
  });
});
