import { describe, expect, it } from 'vitest';
import { decodeSlideFile } from '../../../src/build/loadSlides.ts';
import { parseSlide, type SlideSource } from '../../../src/build/parseSlide.ts';
import { validateSlides } from '../../../src/build/validateSlides.ts';
import { fixtureModel as model } from '../../fixtures/model.ts';

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

  it('asks for the words a data-driven layout needs', () => {
    const deck = goodDeck();
    deck.unshift(slide(0, 'id: objectives\nlayout: objectives\ntitle: Objectives'));
    expect(errorOf(deck)).toBe(
      'slides/00-s.md:1: the "objectives" layout needs "lead" in the front matter. Add e.g. "lead: …" with the words to show.',
    );
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
      'slides/02-s.md:5: segment "overview": slides ask for 6 min, more than the segment\'s 5 min. Change the "minutes:" of its slides.',
    );
  });

  it('names the slide whose minutes overflow, not the segment’s opening slide', () => {
    const deck = goodDeck();
    deck[3] = slide(4, 'id: themes\nsegment: panel\nminutes: 50', '## Themes');
    deck.splice(4, 0, slide(5, 'id: more\nsegment: panel\nminutes: 30', '## More'));
    expect(errorOf(deck)).toBe(
      'slides/05-s.md:4: segment "panel": slides ask for 80 min, more than the segment\'s 70 min. Change the "minutes:" of its slides.',
    );
  });

  it('says how to fix a segment without an opening slide', () => {
    const deck = goodDeck();
    deck[2] = slide(3, 'id: panel\nsegment: panel', '## Panel');
    expect(errorOf(deck)).toBe(
      'slides/03-s.md:1: segment "panel" needs exactly one opening slide with "layout: segment", found 0. Add "layout: segment" to slides/03-s.md, the segment\'s first slide.',
    );
  });

  it('says how to fix a segment with two opening slides', () => {
    const deck = goodDeck();
    deck[3] = slide(4, 'id: themes\nsegment: panel\nlayout: segment', NOTES);
    expect(errorOf(deck)).toBe(
      'slides/04-s.md:4: segment "panel" needs exactly one opening slide with "layout: segment", found 2. Keep "layout: segment" on slides/03-s.md only, and give the others another layout such as "content".',
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

describe('decodeSlideFile', () => {
  it('reads UTF-8 text', () => {
    expect(
      decodeSlideFile(new TextEncoder().encode('---\nid: café\n---\n'), 'slides/01-a.md'),
    ).toBe('---\nid: café\n---\n');
  });

  it('refuses Windows-1252 text with the file, the line and the fix', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('---\nid: a\n---\n## Caf'), 0xe9]);
    expect(() => decodeSlideFile(bytes, 'slides/01-a.md')).toThrow(
      'slides/01-a.md:4: the file is not UTF-8 text (it may be saved as Windows-1252 or Latin-1). Open it in your editor and save it again with the encoding "UTF-8" (in VS Code: "Save with Encoding", then "UTF-8").',
    );
  });

  it('refuses UTF-16 text', () => {
    expect(() => decodeSlideFile(Uint8Array.from([0xff, 0xfe, 0x2d, 0]), 'slides/01-a.md')).toThrow(
      'slides/01-a.md:1: the file is saved as UTF-16, not UTF-8.',
    );
  });
});
