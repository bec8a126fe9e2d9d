#!/usr/bin/env node
// Finds the redis-server the live-show e2e tests start (two live servers sharing one show).
// Like Chromium: installed from Debian on demand when we are root on Debian, explained
// otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = '/usr/bin/redis-server';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `[setup] No redis-server at ${path}. Install it (on Debian: "sudo apt-get install -y redis-server"), then run npm test again.`,
  );
  process.exit(1);
}
console.error('[setup] Installing Debian’s redis-server for the live-show tests (apt-get)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq --no-install-recommends redis-server', { stdio: 'inherit', env });
if (!existsSync(path)) {
  console.error(`[setup] apt-get finished, but there is still no redis-server at ${path}.`);
  process.exit(1);
}
