import { resolve } from 'node:path';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { cspPlugin } from './src/build/cspPlugin.ts';
import { fontPreloadPlugin } from './src/build/fontPreloadPlugin.ts';
import { pageMetaPlugin } from './src/build/pageMetaPlugin.ts';
import { singleFileCspPlugin } from './src/build/singleFileCspPlugin.ts';
import { slidesPlugin } from './src/build/slidesPlugin.ts';

/**
 * Build modes:
 * - default (`npm run build`): the host's full site in dist/, with speaker notes and every
 *   page (the deck, the run-of-show and the speaker pages);
 * - `public` (`npm run build:public`): the viewers' site in dist-public/: the deck only,
 *   without notes, speaker view or rehearsal tools;
 * - `single` (`npm run export`): the deck as one HTML file that opens from disk.
 */

/**
 * Every page of the site. `audience` says who it is for: `public` pages are for anyone
 * with the link; `host` pages (the run-of-show, the speaker pages and their rehearsal
 * tools) are for the host and the speakers, so the public build leaves them out.
 */
export const PAGES = [
  { name: 'index', file: 'index.html', audience: 'public' },
  { name: 'run-of-show', file: 'run-of-show.html', audience: 'host' },
  { name: 'speaker', file: 'speaker.html', audience: 'host' },
] as const satisfies readonly { name: string; file: string; audience: 'public' | 'host' }[];

/** Rolldown's input map for the pages of the given audiences. */
function pageInputs(audiences: readonly ('public' | 'host')[]): Record<string, string> {
  return Object.fromEntries(
    PAGES.filter((p) => audiences.includes(p.audience)).map((p) => [
      p.name,
      resolve(import.meta.dirname, p.file),
    ]),
  );
}

/** The social preview image in public/ (made by `npm run social-preview`) and its size. */
const socialImage = { image: 'social-preview.png', imageSize: [1200, 630] } as const;

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const config: ViteUserConfig = {
    // Relative base: the built site works from any folder of any static host.
    base: './',
    plugins: [
      slidesPlugin({ dropNotes: mode === 'public', dropLiveOnly: mode === 'public' }),
      pageMetaPlugin({
        ...(single ? {} : socialImage),
        siteUrl: process.env.DECK_SITE_URL || undefined,
      }),
      // The single file inlines its scripts, which a policy of 'self' would block: its own
      // policy allows exactly those scripts by hash, so it goes after the inlining.
      // vite-plugin-singlefile also sets what one file needs: every asset (fonts, logos, the
      // map's geometry) inlined as a data: URL, one stylesheet, and dynamic imports folded
      // into the one script.
      ...(single
        ? [viteSingleFile(), singleFileCspPlugin()]
        : [
            fontPreloadPlugin({ file: /source-sans-3-latin-wght-normal-[\w-]+\.woff2$/ }),
            cspPlugin({ speakerView: mode !== 'public' }),
          ]),
    ],
    build: {
      target: 'es2022',
      outDir: { public: 'dist-public', single: 'dist-single' }[mode] ?? 'dist',
      rolldownOptions: {
        input:
          mode === 'production' || mode === 'development'
            ? pageInputs(['public', 'host'])
            : pageInputs(['public']),
      },
      // Nothing to preload in one file: without this, Vite's preload helper stays in the script.
      ...(single ? { modulePreload: false } : {}),
    },
    ...(single ? { publicDir: false as const } : {}),
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
      testTimeout: 60_000,
      environment: 'node',
    },
  };
  return config;
});
