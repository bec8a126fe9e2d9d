/**
 * The Vite plugin that validates the event's data and slides before anything is built,
 * serves the compact model (`virtual:model`) and the rendered slides (`virtual:slides`),
 * and pre-renders the deck: its first section into `index.html`, the others into
 * `virtual:later-slides`, which the page adds once that first slide is on screen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateModel } from '../../data/validate.ts';
import type { ValidatedModel } from '../../data/types.ts';
import type { SlideDoc } from '../deck/slideDoc.ts';
import { escapeHtml } from '../markdown/renderMarkdown.ts';
import { hydrateModel } from '../show/hydrateModel.ts';
import { compactModel } from './compactModel.ts';
import { injectThemeCss } from './formatThemeCss.ts';
import { loadDataInput } from './loadDataInput.ts';
import { loadSlideDocs } from './loadSlides.ts';
import { prerenderDeck } from './prerenderDeck.ts';

const SLIDES_ID = 'virtual:slides';
const MODEL_ID = 'virtual:model';
const LATER_SLIDES_ID = 'virtual:later-slides';
const RESOLVED = new Map([
  [SLIDES_ID, `\0${SLIDES_ID}`],
  [MODEL_ID, `\0${MODEL_ID}`],
  [LATER_SLIDES_ID, `\0${LATER_SLIDES_ID}`],
]);

/** Where `index.html` takes the pre-rendered sections. */
const SLIDES_SLOT = '<div class="slides"></div>';

/** Options for `slidesPlugin`. */
export interface SlidesPluginOptions {
  /** Folder of the slide files. @defaultValue "<root>/slides" */
  readonly slidesDir?: string;
  /** Leave the speaker notes out (the public build). @defaultValue false */
  readonly dropNotes?: boolean;
  /**
   * Leave out the slides that only make sense live in Zoom: the holding slide, with its
   * countdown and the Zoom housekeeping (the public build, which opens on the title slide).
   * @defaultValue false
   */
  readonly dropLiveOnly?: boolean;
}

/** What one pass over `data/` and `slides/` yields. */
interface Compiled {
  readonly model: ValidatedModel;
  readonly docs: readonly SlideDoc[];
  /** The deck's sections as HTML, rendered once for the page and its later-slides module. */
  readonly sections: readonly string[];
}

/** Image types an organiser's logo file may have, by extension. */
const LOGO_TYPES: Readonly<Record<string, string>> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The model with each organiser's logo file (in `public/`) inlined as a data: URL, so that the
 * slides carry it wherever they go, the single file opened from disk included. A missing or
 * unsupported file fails the build with the entry and the fix.
 */
export function inlineLogos(model: ValidatedModel, publicDir: string): ValidatedModel {
  const organisers = model.event.organisers.map((o, i) => {
    if (!o.logo) return o;
    const where = `At data/event.ts organisers[${i}].logo`;
    const type = LOGO_TYPES[extname(o.logo).toLowerCase()];
    const file = resolve(publicDir, o.logo);
    if (!type || !file.startsWith(resolve(publicDir)) || !existsSync(file)) {
      throw new Error(
        `${where}: expected an .svg or .png file in public/, got ${JSON.stringify(o.logo)}. Put the file in public/ and name it here, or leave logo out.`,
      );
    }
    return { ...o, logo: `data:${type};base64,${readFileSync(file).toString('base64')}` };
  });
  return { ...model, event: { ...model.event, organisers } };
}

/** Makes the plugin; a data or slide error fails `vite build` and `vite` with its message. */
export function slidesPlugin(options: SlidesPluginOptions = {}): Plugin {
  let slidesDir = options.slidesDir ?? '';
  let root = '';
  const dropNotes = options.dropNotes ?? false;
  let compiled: Compiled | null = null;
  // Compiled once per build; the dev server drops it when a slide or data file changes.
  const compile = async (): Promise<Compiled> => {
    if (!compiled) {
      const model = validateModel(await loadDataInput({ root }));
      const dropLiveOnly = options.dropLiveOnly ?? false;
      const docs = loadSlideDocs(model, { dir: slidesDir, dropNotes, dropLiveOnly });
      // Rendered from the compact model, as the page itself would render it.
      const inlined = inlineLogos(model, resolve(root, 'public'));
      const sections = prerenderDeck(hydrateModel(compactModel(inlined)), docs, {
        includeNotes: !dropNotes,
        keyHints: dropLiveOnly,
      });
      compiled = { model, docs, sections };
    }
    return compiled;
  };
  return {
    name: 'recognition-slides',
    async configResolved(config) {
      root = config.root;
      slidesDir ||= resolve(config.root, 'slides');
      // Check before anything is built or served, so `vite build` and `vite` both stop on a bad
      // data or slide file. The stack is replaced by the message: authors need the file, the
      // entry and the fix, not our call stack.
      try {
        const { model } = await compile();
        for (const warning of model.warnings) config.logger.warn(`[data] ${warning}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const clean = new Error(`The deck's data or slides need fixing.\n${message}`);
        clean.name = 'DeckInputError';
        clean.stack = `${clean.name}: ${clean.message}`;
        throw clean;
      }
    },
    buildStart() {
      this.addWatchFile(slidesDir);
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        const { model, sections } = await compile();
        const { event } = model;
        let page = injectThemeCss(html, model.theme)
          .replaceAll('__DECK_TITLE__', escapeHtml(`${event.sessionLabel}: ${event.title}`))
          .replaceAll('__DECK_DESCRIPTION__', escapeHtml(event.summary));
        if (basename(ctx.filename) === 'index.html') {
          if (!page.includes(SLIDES_SLOT)) {
            throw new Error(
              `At index.html: expected ${SLIDES_SLOT} inside .reveal, got none. Put it back: the build writes the slides into it.`,
            );
          }
          // Only the slide the deck opens on: the page is small (about 5 kB instead of 37), so
          // the first slide comes sooner on a slow line, and reveal.js sets up one slide, not
          // all, before the first paint. The page adds the others right after it.
          page = page.replace(SLIDES_SLOT, `<div class="slides">\n${sections[0] ?? ''}\n</div>`);
        }
        return page;
      },
    },
    resolveId(id) {
      return RESOLVED.get(id) ?? null;
    },
    async load(id) {
      if (id === RESOLVED.get(SLIDES_ID))
        return `export default ${JSON.stringify((await compile()).docs)};`;
      if (id === RESOLVED.get(MODEL_ID)) {
        return `export default ${JSON.stringify(compactModel((await compile()).model))};`;
      }
      if (id === RESOLVED.get(LATER_SLIDES_ID)) {
        return `export default ${JSON.stringify((await compile()).sections.slice(1).join('\n'))};`;
      }
      return null;
    },
    configureServer(server) {
      // vite.config.ts no longer imports data/, so Vite would not restart on a data edit.
      const dataDir = resolve(root, 'data');
      server.watcher.add([slidesDir, dataDir]);
      const reload = (file: string): void => {
        if (!file.startsWith(slidesDir) && !file.startsWith(dataDir)) return;
        compiled = null;
        for (const id of RESOLVED.values()) {
          const mod = server.moduleGraph.getModuleById(id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
