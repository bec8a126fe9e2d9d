// Launches the Chromium the e2e tests use (Debian's, never a downloaded one), for the scripts
// that render pages: the export and the social preview.
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Starts headless Chromium from CHROMIUM_PATH or /usr/bin/chromium. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
}

/** Loads the validated model from data/ (TypeScript, through Vite's module runner). */
export async function loadEventModel() {
  const { module } = await runnerImport('./data/index.ts', { configFile: false, logLevel: 'warn' });
  return module.loadModel();
}

/** Prints a line prefixed with the script's capability, as the codebase's warnings are. */
export function say(capability, text) {
  console.log(`[${capability}] ${text}`);
}
