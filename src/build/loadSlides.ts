/**
 * Reads the slide files from disk and turns them into the documents the deck is built
 * from. Runs at build time only (Node), so neither `yaml` nor `marked` ships to browsers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../../data/types.ts';
import { renderMarkdown } from '../markdown/renderMarkdown.ts';
import { parseSlide, SlideError, type SlideSource } from './parseSlide.ts';
import type { SlideDoc } from '../deck/slideDoc.ts';
import { validateSlides } from './validateSlides.ts';

const SLIDE_FILE = /^\d{2}-[a-z0-9-]+\.md$/;

/** Options for `loadSlideDocs`. */
export interface LoadSlidesOptions {
  /** Folder holding the slide files. */
  readonly dir: string;
  /** How the folder is named in messages. @defaultValue "slides" */
  readonly label?: string;
  /** Drop speaker notes (the public build). @defaultValue false */
  readonly dropNotes?: boolean;
  /** Drop the slides shown only live in Zoom (the public build). @defaultValue false */
  readonly dropLiveOnly?: boolean;
}

/** Layouts shown only during the live session: the holding slide, its countdown and housekeeping. */
const LIVE_ONLY_LAYOUTS: ReadonlySet<string> = new Set(['holding']);

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a slide file as UTF-8, refusing other encodings: read as UTF-8 they would show
 * replacement characters on the slide instead of failing the build.
 * @throws SlideError naming the file, the first line that is not UTF-8, and how to re-save it.
 */
export function decodeSlideFile(bytes: Uint8Array, file: string): string {
  const fix =
    'Open it in your editor and save it again with the encoding "UTF-8" (in VS Code: "Save with Encoding", then "UTF-8").';
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) throw new SlideError(file, 1, `the file is saved as UTF-16, not UTF-8. ${fix}`);
  try {
    return UTF8.decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    const line = before.split('\n').length;
    throw new SlideError(
      file,
      line,
      `the file is not UTF-8 text (it may be saved as Windows-1252 or Latin-1). ${fix}`,
    );
  }
}

/** Reads and parses every `NN-name.md` in the folder, in file name order. */
export function loadSlideSources(dir: string, label = 'slides'): SlideSource[] {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort();
  return names.map((name) => {
    const file = `${label}/${name}`;
    if (!SLIDE_FILE.test(name)) {
      throw new SlideError(
        file,
        1,
        'slide files are named NN-kebab-name.md. Rename the file, e.g. "07-next-steps.md".',
      );
    }
    const text = decodeSlideFile(readFileSync(join(dir, name)), file);
    if (text.trim() === '') {
      throw new SlideError(
        file,
        0,
        'the file is empty. Add front matter and a body, or delete the file.',
      );
    }
    return parseSlide(text, file);
  });
}

/**
 * Loads, validates and renders the slides.
 * @throws SlideError for the first bad slide file.
 */
export function loadSlideDocs(model: Model, options: LoadSlidesOptions): SlideDoc[] {
  const sources = loadSlideSources(options.dir, options.label);
  validateSlides(sources, model);
  return sources
    .filter((s) => !(options.dropLiveOnly && LIVE_ONLY_LAYOUTS.has(s.layout)))
    .map((s) => ({
      id: s.id,
      file: s.file,
      segment: s.segment,
      layout: s.layout,
      ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
      text: s.text,
      html: renderMarkdown(s.body),
      notesHtml: options.dropNotes ? '' : renderMarkdown(s.notes),
    }));
}
