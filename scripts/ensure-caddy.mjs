#!/usr/bin/env node
// Finds the Caddy the live-show e2e tests put in front of the live server (HTTPS with its own
// internal certificate authority, the site under a sub-path). Like Chromium and Redis: installed
// from Debian on demand when we are root on Debian, explained otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = '/usr/bin/caddy';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `[setup] No caddy at ${path}. Install it (on Debian: "sudo apt-get install -y caddy"), then run npm test again.`,
  );
  process.exit(1);
}
console.error('[setup] Installing Debian’s caddy for the live-show tests (apt-get)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq --no-install-recommends caddy', { stdio: 'inherit', env });
// Debian's package starts a system service on port 80; the tests run their own Caddy as a
// user process on loopback, so the service is stopped where systemd runs it.
try {
  execSync('systemctl disable --now caddy', { stdio: 'ignore' });
} catch {
  // No systemd (a container): nothing was started.
}
if (!existsSync(path)) {
  console.error(`[setup] apt-get finished, but there is still no caddy at ${path}.`);
  process.exit(1);
}
