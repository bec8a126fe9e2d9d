import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import baseline from './vite.config.ts';

/**
 * Builds the bare clock page (clock.html) beside the baseline deck, in a build of its own
 * so that the two share no chunk: the baseline deck's first load stays what it was.
 */
export default mergeConfig(
  baseline,
  defineConfig({
    build: {
      emptyOutDir: false,
      rolldownOptions: { input: { clock: resolve(import.meta.dirname, 'clock.html') } },
    },
  }),
);
