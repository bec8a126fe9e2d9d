import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../data/index.ts';
import { parseSlide, type SlideSource } from '../../../src/build/parseSlide.ts';
import { validateSlides } from '../../../src/build/validateSlides.ts';

const model = loadModel();

function slide(n: number, front: string, body = ''): SlideSource {
  return parseSlide(`---\n${front}\n---\n${body}\n`, `slides/${String(n).padStart(2, '0')}-s.md`);
}

const NOTES = 'Note:\nWhat to say.';

function goodDeck(): SlideSource[] {
  return [
    slide(1, 'id: opening\nsegment: opening\nlayout: segment', NOTES),
    slide(2, 'id: overview\nsegment: overview\nlayout: segment', NOTES),
    slide(3, 'id: panel\nsegment: panel\nlayout: segment', NOTES),
    slide(4, 'id: themes\nsegment: panel', '## Themes'),
    slide(5, 'id: wrap-up\nsegment: wrap-up\nlayout: segment', NOTES),
  ];
}

function errorOf(slides: SlideSource[]): string {
  try {
    validateSlides(slides, model);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected validateSlides to throw');
}

describe('validateSlides', () => {
  it('accepts a deck with one opening slide per segment', () => {
    expect(() => validateSlides(goodDeck(), model)).not.toThrow();
  });

  it('rejects an unknown segment with file and line', () => {
    const deck = goodDeck();
    deck[3] = slide(4, 'id: themes\nsegment: panle', '## Themes');
    expect(errorOf(deck)).toBe(
      'slides/04-s.md:3: unknown segment "panle". Use one of "opening", "overview", "panel", "wrap-up", or leave segment out.',
    );
  });

  it('rejects a duplicate id', () => {
    const deck = goodDeck();
    deck[3] = slide(4, 'id: panel\nsegment: panel', '## Themes');
    expect(errorOf(deck)).toBe(
      'slides/04-s.md:2: duplicate slide id "panel", already used in slides/03-s.md. Give each slide its own id.',
    );
  });

  it('rejects a segment without slides', () => {
    const deck = goodDeck().filter((s) => s.segment !== 'overview');
    expect(errorOf(deck)).toBe(
      'slides/: segment "overview" has no slides. Add a slide file with "segment: overview" and "layout: segment".',
    );
  });

  it('rejects segments out of programme order', () => {
    const deck = goodDeck();
    [deck[0], deck[1]] = [deck[1]!, deck[0]!];
    expect(errorOf(deck)).toBe(
      'slides/01-s.md:3: segment "opening" comes after "overview", against the programme\'s order. Renumber the slide files.',
    );
  });

  it('rejects a content slide with no heading', () => {
    const deck = goodDeck();
    deck[3] = slide(4, 'id: themes\nsegment: panel', 'Just text');
    expect(errorOf(deck)).toBe(
      'slides/04-s.md:5: a content slide needs a heading. Start the body with "## Title".',
    );
  });

  it('rejects slides asking for more minutes than their segment has', () => {
    const deck = goodDeck();
    deck[1] = slide(2, 'id: overview\nsegment: overview\nlayout: segment\nminutes: 6', NOTES);
    expect(errorOf(deck)).toBe(
      'slides/02-s.md:3: segment "overview": slides ask for 6 min, more than the segment\'s 5 min. Change the "minutes:" of its slides.',
    );
  });

  it('rejects a segment opening slide without speaker notes', () => {
    const deck = goodDeck();
    deck[2] = slide(3, 'id: panel\nsegment: panel\nlayout: segment');
    expect(errorOf(deck)).toBe(
      'slides/03-s.md: the opening slide of segment "panel" has no speaker notes. Add a line "Note:" and what the speaker should say or do.',
    );
  });
});
