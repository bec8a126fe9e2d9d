import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { modelInput } from './data/index.ts';
import { slidesPlugin } from './src/deck/slidesPlugin.ts';

/**
 * Every page of the site. `audience` says who it is for: `public` pages are for anyone
 * with the link; `host` pages (the run-of-show, the speaker pages and their rehearsal
 * tools) are for the host and the speakers, so the public build can leave them out.
 */
export const PAGES = [
  { name: 'index', file: 'index.html', audience: 'public' },
  { name: 'run-of-show', file: 'run-of-show.html', audience: 'host' },
  { name: 'speaker', file: 'speaker.html', audience: 'host' },
] as const satisfies readonly { name: string; file: string; audience: 'public' | 'host' }[];

export default defineConfig(({ mode }) => ({
  // Relative base: the built site works from any folder of any static host.
  base: './',
  plugins: [slidesPlugin({ modelInput, dropNotes: mode === 'public' })],
  build: {
    target: 'es2022',
    outDir: mode === 'public' ? 'dist-public' : 'dist',
    rolldownOptions: {
      input: Object.fromEntries(
        PAGES.map((page) => [page.name, resolve(import.meta.dirname, page.file)]),
      ),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
}));
