#!/usr/bin/env node
// Starts the bench, or with `profile` first, the profiler (bench/profile.ts). Node 20 cannot run
// TypeScript, so the harness is loaded through Vite's module runner, the same transform the rest
// of the project goes through (tsx would wrap the page probes in a helper the page lacks).
import { runnerImport } from 'vite';

const [first, ...rest] = process.argv.slice(2);
const profile = first === 'profile';
const entry = profile ? './profile.ts' : './bench.ts';
const { module } = await runnerImport(new URL(entry, import.meta.url).pathname, {
  configFile: false,
  logLevel: 'warn',
});
try {
  await module.main(profile ? rest : process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
