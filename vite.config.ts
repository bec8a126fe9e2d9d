import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { modelInput } from './data/index.ts';
import { slidesPlugin } from './src/deck/slidesPlugin.ts';

export default defineConfig(({ mode }) => ({
  // Relative base: the built site works from any folder of any static host.
  base: './',
  plugins: [slidesPlugin({ modelInput, dropNotes: mode === 'public' })],
  build: {
    target: 'es2022',
    outDir: mode === 'public' ? 'dist-public' : 'dist',
    rolldownOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html') },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 60_000,
    environment: 'node',
  },
}));
