/**
 * The Vite plugin that validates the event's data and slides before anything is built,
 * and serves the rendered slides as the `virtual:slides` module.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateModel } from '../../data/validate.ts';
import type { ModelInput } from '../../data/types.ts';
import { escapeHtml } from '../markdown/renderMarkdown.ts';
import { loadSlideDocs } from './loadSlides.ts';

const VIRTUAL_ID = 'virtual:slides';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Options for `slidesPlugin`. */
export interface SlidesPluginOptions {
  /** The authored data to validate. */
  readonly modelInput: ModelInput;
  /** Folder of the slide files. @defaultValue "<root>/slides" */
  readonly slidesDir?: string;
  /** Leave the speaker notes out (the public build). @defaultValue false */
  readonly dropNotes?: boolean;
}

/** Makes the plugin; a data or slide error fails `vite build` and `vite` with its message. */
export function slidesPlugin(options: SlidesPluginOptions): Plugin {
  let slidesDir = options.slidesDir ?? '';
  const render = (): string => {
    const model = validateModel(options.modelInput);
    const docs = loadSlideDocs(model, { dir: slidesDir, dropNotes: options.dropNotes ?? false });
    return `export default ${JSON.stringify(docs)};`;
  };
  return {
    name: 'recognition-slides',
    configResolved(config) {
      slidesDir ||= resolve(config.root, 'slides');
      // Check before anything is built or served, so `vite build` and `vite` both stop on a bad
      // data or slide file. The stack is replaced by the message: authors need the file, the
      // entry and the fix, not our call stack.
      try {
        const model = validateModel(options.modelInput);
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
        const { event } = options.modelInput;
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
