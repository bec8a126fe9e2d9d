import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the baseline deck into its own folder, with the same Vite and target as the deck. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // The deck's public/ folder is the deck's own; the baseline ships nothing extra.
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, '../../dist-bench/baseline'),
    emptyOutDir: true,
  },
});
