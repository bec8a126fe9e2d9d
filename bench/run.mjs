#!/usr/bin/env node
// Starts the bench. Node 20 cannot run TypeScript, so the harness (bench/bench.ts) is loaded
// through Vite's module runner, the same transform the rest of the project goes through.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./bench.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'warn',
});
try {
  await module.main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
