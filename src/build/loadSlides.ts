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
    const text = readFileSync(join(dir, name), 'utf8');
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
  return sources.map((s) => ({
    id: s.id,
    file: s.file,
    segment: s.segment,
    layout: s.layout,
    ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
    html: renderMarkdown(s.body),
    notesHtml: options.dropNotes ? '' : renderMarkdown(s.notes),
  }));
}
