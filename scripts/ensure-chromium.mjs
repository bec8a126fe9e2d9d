#!/usr/bin/env node
// Finds the Chromium the e2e tests drive, and poppler-utils (pdfinfo, pdftotext), with which
// they read the handout PDF's tags. Playwright can't download browsers here, so we use
// Debian's: installed on demand when we are root on Debian, explained otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

const path = CHROMIUM_PATH;
const PDFINFO = '/usr/bin/pdfinfo';
if (existsSync(path) && existsSync(PDFINFO)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (existsSync(path) && (!isRoot || !hasApt)) {
  console.error(
    '[setup] No pdfinfo: the export test reads the handout PDF with poppler-utils. Install it ' +
      '(on Debian: "sudo apt-get install -y poppler-utils"), then run npm test again.',
  );
  process.exit(1);
}
if (!existsSync(path) && (process.env.CHROMIUM_PATH || !isRoot || !hasApt)) {
  console.error(
    `[setup] No Chromium at ${path}. Install one (on Debian: "sudo apt-get install -y chromium"), ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}
console.log('[setup] Installing Debian’s chromium and poppler-utils for the e2e tests (apt-get)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq --no-install-recommends chromium poppler-utils', {
  stdio: 'inherit',
  env,
});
if (!existsSync(path)) {
  console.error(`[setup] apt-get finished, but there is still no Chromium at ${path}.`);
  process.exit(1);
}
