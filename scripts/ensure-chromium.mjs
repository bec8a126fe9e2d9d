#!/usr/bin/env node
// Finds the Chromium the e2e tests drive. Playwright can't download browsers here, so we use
// Debian's: installed on demand when we are root on Debian, explained otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

const path = CHROMIUM_PATH;
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
  console.error(
    `[setup] No Chromium at ${path}. Install one (on Debian: "sudo apt-get install -y chromium"), ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}
console.log('[setup] Installing Debian’s chromium for the e2e tests (apt-get)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq --no-install-recommends chromium', { stdio: 'inherit', env });
if (!existsSync(path)) {
  console.error(`[setup] apt-get finished, but there is still no Chromium at ${path}.`);
  process.exit(1);
}
