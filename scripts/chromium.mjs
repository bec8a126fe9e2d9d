// The Chromium every browser run here uses: Debian's (Playwright can't download one on this
// network), started with flags that keep it off the network it can't reach. One list, for the
// e2e tests, the export, the social preview and the bench.

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags: no sandbox (root in CI), no GPU, and no background network traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
