#!/usr/bin/env node
// `npm run export`: the deck's handout PDF, the run-of-show PDF and the single-file deck, in
// export/ (or --out <folder>). It prints from the builds already made (npm run export makes
// dist/ and dist-public/ first) and makes the single file itself (vite build --mode single).
// Every PDF is printed in the event's own zone, since a PDF has no viewer's zone to follow.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launchChromium, loadEventModel, say } from './browser.mjs';
import { PDF_JOBS, SINGLE_FILE } from './exportJobs.mjs';
import { serveStatic } from './serveStatic.mjs';

const READY_TIMEOUT = 30_000;
const { values } = parseArgs({ options: { out: { type: 'string', default: 'export' } } });
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });

const fail = (text) => {
  console.error(`[export] ${text}`);
  process.exit(1);
};

for (const job of PDF_JOBS) {
  if (!job.optional && !existsSync(join(job.build, job.page))) {
    fail(`${job.build}/${job.page} is missing. Run "npm run export", which builds it first.`);
  }
}

// 1. The single file: its own build, into dist-single/, then copied out.
await build({ mode: 'single', logLevel: 'warn' });
const single = join(SINGLE_FILE.build, SINGLE_FILE.page);
copyFileSync(single, join(outDir, SINGLE_FILE.out));
say('export', `${SINGLE_FILE.out}: the deck as one file (${kb(single)}), opens from disk`);

// 2. The PDFs, each page served from its build's folder as a static host would.
const model = await loadEventModel();
const server = await serveStatic({ '/host/': 'dist', '/public/': 'dist-public' });
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    timezoneId: model.event.timeZone,
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
  });
  for (const job of PDF_JOBS) {
    if (!existsSync(join(job.build, job.page))) {
      say('export', `${job.out}: skipped, ${job.build}/${job.page} does not exist yet`);
      continue;
    }
    const page = await context.newPage();
    if (job.clock === 'before-start') {
      await page.clock.install({ time: new Date(model.event.start.toMillis() - 3_600_000) });
    }
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const folder = job.build === 'dist' ? '/host/' : '/public/';
    await page.goto(server.url(`${folder}${job.page}${job.query}`));
    try {
      await page.locator(job.readySelector).first().waitFor({
        state: 'attached',
        timeout: READY_TIMEOUT,
      });
    } catch {
      fail(
        `${job.page} did not become ready (${job.readySelector}) within ${READY_TIMEOUT / 1000} s. ` +
          `Make the page set it once rendered, or change readySelector in scripts/exportJobs.mjs.` +
          (errors.length ? ` Page errors: ${errors.join(' | ')}` : ''),
      );
    }
    await page.evaluate(() => globalThis.document.fonts.ready);
    if (errors.length) fail(`${job.page} logged errors: ${errors.join(' | ')}`);
    const file = join(outDir, job.out);
    await page.pdf({ path: file, ...job.pdf });
    await page.close();
    say('export', `${job.out}: ${job.what} (${kb(file)})`);
  }
} finally {
  await browser.close();
  await server.close();
}
say('export', `done: ${outDir}`);

function kb(file) {
  return `${Math.round(statSync(file).size / 1024)} KB`;
}
