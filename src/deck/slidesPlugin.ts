/**
 * The Vite plugin that validates the event's data and slides before anything is built,
 * and serves the rendered slides as the `virtual:slides` module.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Model } from '../../data/types.ts';
import { validateModel } from '../../data/validate.ts';
import { loadDataInput } from '../build/loadDataInput.ts';
import { escapeHtml } from '../markdown/renderMarkdown.ts';
import { loadSlideDocs } from './loadSlides.ts';

const VIRTUAL_ID = 'virtual:slides';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Options for `slidesPlugin`. */
export interface SlidesPluginOptions {
  /** Folder of the slide files. @defaultValue "<root>/slides" */
  readonly slidesDir?: string;
  /** Leave the speaker notes out (the public build). @defaultValue false */
  readonly dropNotes?: boolean;
}

/** Makes the plugin; a data or slide error fails `vite build` and `vite` with its message. */
export function slidesPlugin(options: SlidesPluginOptions = {}): Plugin {
  let slidesDir = options.slidesDir ?? '';
  let root = '';
  let model: Model | null = null;
  const loadModel = async (): Promise<Model> => validateModel(await loadDataInput({ root }));
  const render = async (): Promise<string> => {
    // The dev server re-reads the data on each reload of the slides, so edits show up.
    model = await loadModel();
    const docs = loadSlideDocs(model, { dir: slidesDir, dropNotes: options.dropNotes ?? false });
    return `export default ${JSON.stringify(docs)};`;
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
        model = await loadModel();
        for (const warning of model.warnings) config.logger.warn(`[data] ${warning}`);
        loadSlideDocs(model, { dir: slidesDir });
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
      handler(html) {
        if (!model) return html;
        const { event } = model;
        return html
          .replaceAll(
            '__DECK_TITLE__',
            escapeHtml(`${event.series} · Session ${event.session}: ${event.title}`),
          )
          .replaceAll('__DECK_DESCRIPTION__', escapeHtml(event.summary));
      },
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      return id === RESOLVED_ID ? render() : null;
    },
    configureServer(server) {
      server.watcher.add(slidesDir);
      const reload = (file: string): void => {
        if (!file.startsWith(slidesDir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
