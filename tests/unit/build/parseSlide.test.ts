import { describe, expect, it } from 'vitest';
import { parseSlide } from '../../../src/build/parseSlide.ts';

const file = 'slides/05-test.md';

function errorOf(text: string): string {
  try {
    parseSlide(text, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseSlide to throw');
}

describe('parseSlide', () => {
  it('splits front matter, body and notes', () => {
    const slide = parseSlide(
      '---\nid: themes\nsegment: panel\nminutes: 2\n---\n\n## Themes\n\n- one\n\nNote:\nSay **this**.\n',
      file,
    );
    expect(slide).toMatchObject({
      id: 'themes',
      segment: 'panel',
      layout: 'content',
      minutes: 2,
      body: '## Themes\n\n- one',
      notes: 'Say **this**.',
    });
  });

  it('accepts notes on the Note: line itself and CRLF files', () => {
    const slide = parseSlide('---\r\nid: a\r\nlayout: title\r\n---\r\nNote: short note\r\n', file);
    expect(slide.notes).toBe('short note');
    expect(slide.body).toBe('');
    expect(slide.segment).toBeNull();
  });

  it('names the file and line of a missing id', () => {
    expect(errorOf('---\nlayout: title\n---\n')).toBe(
      'slides/05-test.md:1: front matter has no id. Add "id: some-name" (kebab-case, used in links such as #/some-name).',
    );
  });

  it('names the line of an unknown layout', () => {
    expect(errorOf('---\nid: a\nlayout: fancy\n---\n')).toBe(
      'slides/05-test.md:3: unknown layout "fancy". Use one of holding, title, programme, segment, objectives, gains, background, series, map, map-table, content, points, closing.',
    );
  });

  it('reads the layout’s words from the front matter', () => {
    const slide = parseSlide(
      '---\nid: objectives\nlayout: objectives\ntitle: Objectives\nlead: "This webinar aims to:"\n---\n',
      file,
    );
    expect(slide.text).toEqual({ title: 'Objectives', lead: 'This webinar aims to:' });
  });

  it('names the line of empty layout words', () => {
    expect(errorOf('---\nid: objectives\nlayout: objectives\ntitle: ""\n---\n')).toBe(
      'slides/05-test.md:4: expected text for "title", got "". Write e.g. "title: Objectives", or leave title out.',
    );
  });

  it('rejects unknown keys, which are usually typos', () => {
    expect(errorOf('---\nid: a\nsegmnet: panel\n---\n')).toBe(
      'slides/05-test.md:3: unknown front matter key "segmnet". Use only id, segment, layout, minutes, title, lead, subtitle, caption.',
    );
  });

  it('rejects broken YAML with its line', () => {
    expect(errorOf('---\nid: a\nsegment: [panel\n---\n')).toMatch(
      /^slides\/05-test\.md:3: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]\. Write one "key: value" per line\.$/,
    );
  });

  it('rejects a file without front matter', () => {
    expect(errorOf('## Just a heading\n')).toBe(
      'slides/05-test.md:1: expected front matter starting with "---" on the first line. Add "---", then "id: …", then "---".',
    );
  });

  it('rejects a bad id', () => {
    expect(errorOf('---\nid: My Slide\n---\n')).toBe(
      'slides/05-test.md:2: expected a kebab-case id, got "My Slide". Use lower-case words joined by "-".',
    );
  });

  it('rejects non-positive minutes', () => {
    expect(errorOf('---\nid: a\nminutes: 0\n---\n')).toBe(
      'slides/05-test.md:3: expected minutes as a positive number, got 0. Write e.g. "minutes: 2", or leave it out to share the segment\'s time.',
    );
  });
});
