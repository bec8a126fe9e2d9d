/**
 * Parses one slide file's text into a typed slide source. Pure: the caller reads the file
 * and passes its name, which every error message carries with a line number.
 *
 * A slide file is front matter between `---` lines, a markdown body, and speaker notes
 * after a line that starts with `Note:`.
 */
import { LineCounter, parseDocument } from 'yaml';
import { isLayout, LAYOUTS, type Layout } from '../deck/layouts.ts';
import type { SlideText } from '../deck/slideDoc.ts';

/** A slide as authored, before it is checked against the model. */
export interface SlideSource {
  readonly file: string;
  readonly id: string;
  /** The agenda segment this slide belongs to; `null` for slides outside the programme. */
  readonly segment: string | null;
  readonly layout: Layout;
  /** Minutes this slide takes, when fixed; otherwise it shares its segment's time. */
  readonly minutes?: number;
  /** The layout's own words (title, lead, subtitle, caption). */
  readonly text: SlideText;
  readonly body: string;
  readonly notes: string;
  /** Lines of each front matter key, so later checks can point at them. */
  readonly lines: Readonly<Record<'id' | 'segment' | 'layout' | 'minutes' | 'start', number>>;
}

/** The front matter keys that hold a layout's words. */
export const TEXT_KEYS = ['title', 'lead', 'subtitle', 'caption'] as const;

/** A slide file problem, with the file and line it is on (line 0: the whole file or folder). */
export class SlideError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${detail}`);
    this.name = 'SlideError';
  }
}

const KEYS = ['id', 'segment', 'layout', 'minutes', ...TEXT_KEYS] as const;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NOTE_LINE = /^Note:[ \t]*/m;

/** A slide file's front matter, read as YAML, with the line each key is on. */
interface FrontMatter {
  readonly fields: Readonly<Record<string, unknown>>;
  /** The file's line of `key` (1 when the key is absent). */
  readonly lineOf: (key: string) => number;
  /** The text after the closing `---`. */
  readonly rest: string;
  /** The file's line where the text after the front matter starts. */
  readonly restLine: number;
}

/**
 * Reads the front matter between the `---` lines.
 * @throws SlideError when it is missing, not closed or not YAML key-value lines.
 */
function parseFrontMatter(text: string, file: string): FrontMatter {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') {
    throw new SlideError(
      file,
      1,
      'expected front matter starting with "---" on the first line. Add "---", then "id: …", then "---".',
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0) {
    throw new SlideError(
      file,
      1,
      'front matter is not closed. Add a line "---" after the front matter.',
    );
  }
  const yamlText = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = counter.linePos(firstError.pos[0]).line + 1;
    throw new SlideError(
      file,
      line,
      `front matter is not valid YAML: ${(firstError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}. Write one "key: value" per line.`,
    );
  }
  const data: unknown = doc.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new SlideError(
      file,
      2,
      'front matter must be "key: value" lines. Write "id: my-slide" and so on.',
    );
  }
  return {
    fields: (data ?? {}) as Record<string, unknown>,
    lineOf: (key) => {
      const idx = lines.slice(1, close).findIndex((l) => l.startsWith(`${key}:`));
      return idx < 0 ? 1 : idx + 2;
    },
    rest: lines.slice(close + 1).join('\n'),
    restLine: close + 2,
  };
}

/** The front matter's keys, checked and typed. */
type SlideFields = Pick<SlideSource, 'id' | 'segment' | 'layout' | 'minutes'>;

/**
 * Checks the front matter's keys other than the layout's words.
 * @throws SlideError at the line of the first key that does not fit.
 */
function parseFields({ fields, lineOf }: FrontMatter, file: string): SlideFields {
  for (const key of Object.keys(fields)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new SlideError(
        file,
        lineOf(key),
        `unknown front matter key "${key}". Use only ${KEYS.join(', ')}.`,
      );
    }
  }
  const { id, segment, layout, minutes } = fields;
  if (id === undefined || id === null || id === '') {
    throw new SlideError(
      file,
      1,
      'front matter has no id. Add "id: some-name" (kebab-case, used in links such as #/some-name).',
    );
  }
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new SlideError(
      file,
      lineOf('id'),
      `expected a kebab-case id, got ${JSON.stringify(id)}. Use lower-case words joined by "-".`,
    );
  }
  if (segment !== undefined && segment !== null && typeof segment !== 'string') {
    throw new SlideError(
      file,
      lineOf('segment'),
      `expected a segment id, got ${JSON.stringify(segment)}. Use an id from data/agenda.ts, or leave segment out.`,
    );
  }
  const chosenLayout = layout ?? 'content';
  if (!isLayout(chosenLayout)) {
    throw new SlideError(
      file,
      lineOf('layout'),
      `unknown layout ${JSON.stringify(chosenLayout)}. Use one of ${LAYOUTS.join(', ')}.`,
    );
  }
  if (minutes !== undefined && (typeof minutes !== 'number' || !(minutes > 0))) {
    throw new SlideError(
      file,
      lineOf('minutes'),
      `expected minutes as a positive number, got ${JSON.stringify(minutes)}. Write e.g. "minutes: 2", or leave it out to share the segment's time.`,
    );
  }
  return {
    id,
    segment: typeof segment === 'string' ? segment : null,
    layout: chosenLayout,
    ...(typeof minutes === 'number' ? { minutes } : {}),
  };
}

/** Reads the layout's words. @throws SlideError at the first that is not text. */
function parseText({ fields, lineOf }: FrontMatter, file: string): SlideText {
  const words: Partial<Record<(typeof TEXT_KEYS)[number], string>> = {};
  for (const key of TEXT_KEYS) {
    const value = fields[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '') {
      throw new SlideError(
        file,
        lineOf(key),
        `expected text for "${key}", got ${JSON.stringify(value)}. Write e.g. "${key}: Objectives", or leave ${key} out.`,
      );
    }
    words[key] = value.trim();
  }
  return words;
}

/**
 * Parses a slide file.
 * @example parseSlide('---\nid: programme\nsegment: opening\nlayout: programme\n---\n', 'slides/02-programme.md')
 * @throws SlideError naming the file, the line and the fix.
 */
export function parseSlide(text: string, file: string): SlideSource {
  const frontMatter = parseFrontMatter(text, file);
  const fields = parseFields(frontMatter, file);
  const words = parseText(frontMatter, file);
  const { rest, lineOf } = frontMatter;
  const noteMatch = NOTE_LINE.exec(rest);
  const body = (noteMatch ? rest.slice(0, noteMatch.index) : rest).trim();
  const notes = noteMatch ? rest.slice(noteMatch.index + noteMatch[0].length).trim() : '';
  return {
    file,
    ...fields,
    text: words,
    body,
    notes,
    lines: {
      id: lineOf('id'),
      segment: lineOf('segment'),
      layout: lineOf('layout'),
      minutes: lineOf('minutes'),
      start: frontMatter.restLine,
    },
  };
}
