/**
 * `npm run export`: runs the export script once (the builds are made by `npm test` before the
 * e2e run) and checks each output: the handout PDF, the optional run-of-show PDF, and the
 * single HTML file opened from file:// with no server.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { loadModel } from '../../data/index.ts';
import { PDF_JOBS, SINGLE_FILE } from '../../scripts/exportJobs.mjs';
import { loadSlideSources } from '../../src/build/loadSlides.ts';
import { expect, test } from './fixtures.ts';

const run = promisify(execFile);
const slideCount = loadSlideSources('slides').length;
// The handout is printed from the public build, which leaves out the live-only holding slide.
const handoutPages = loadSlideSources('slides').filter((s) => s.layout !== 'holding').length;
const model = loadModel();

/** What a PDF says about itself, read from its bytes (Chromium writes plain page objects). */
function readPdf(file: string): { pages: number; width: number; height: number } {
  const text = readFileSync(file).toString('latin1');
  expect(text.startsWith('%PDF-'), `${file} is a PDF`).toBe(true);
  const pages = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[1] ?? 0), height: Number(box?.[2] ?? 0) };
}

test.describe.configure({ mode: 'serial' });

let outDir = '';

// eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring even when empty
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  outDir = testInfo.outputPath('export');
  const { stdout } = await run('node', ['scripts/export.mjs', '--out', outDir]);
  testInfo.attachments.push({
    name: 'export log',
    contentType: 'text/plain',
    body: Buffer.from(stdout),
  });
});

test('the handout PDF has one 16:9 page per slide', () => {
  const handout = readPdf(join(outDir, 'deck-handout.pdf'));
  expect(handout.pages).toBe(handoutPages);
  expect(handout.width / handout.height).toBeCloseTo(16 / 9, 2);
});

test('the handout PDF is tagged for screen readers: headings, lists and the map’s alt text', async () => {
  const file = join(outDir, 'deck-handout.pdf');
  // poppler-utils (pdfinfo, pdftotext) read the PDF as a screen reader's PDF library would.
  const info = await run('pdfinfo', [file]);
  expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
  const { stdout: struct } = await run('pdfinfo', ['-struct', file]);
  const tags = new Set(struct.split('\n').map((line) => line.trim().split(/\s/)[0]));
  for (const tag of ['H1', 'H2', 'L', 'LI', 'Table', 'Figure']) {
    expect(tags.has(tag), `the PDF has ${tag} tags`).toBe(true);
  }
  const alt = /\/Alt \(World map of the States Parties[^)]*\)/.exec(
    readFileSync(file).toString('latin1'),
  )?.[0];
  // On paper there is nothing to focus: the alt text points to the table, not to a key.
  expect(alt).toContain('The table of States Parties lists them all, with their dates.');
  expect(alt).not.toContain('focused');
  const { stdout: text } = await run('pdftotext', [file, '-']);
  expect(text).toContain('Programme');
  expect(text).not.toContain(model.event.housekeeping[0]!);
});

/** The words of a PDF page with their boxes, in points from the top left, as pdftotext reads them. */
interface PdfWord {
  readonly text: string;
  readonly yMin: number;
  readonly yMax: number;
}

async function readPdfPages(file: string): Promise<PdfWord[][]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map(([, yMin, yMax, text]) => ({ text: text!, yMin: Number(yMin), yMax: Number(yMax) })),
    );
}

test('the handout’s States Parties table is at least 8 pt on A4, and its note clears the footer and makes sense on paper', async () => {
  const pages = await readPdfPages(join(outDir, 'deck-handout.pdf'));
  const words = pages.find((p) => p.some((w) => w.text === 'Afghanistan'))!;
  expect(words, 'the page of the table').toBeDefined();
  const text = words.map((w) => w.text).join(' ');
  expect(text).not.toContain('?view=scroll');
  expect(text).toContain('Notes on uncertain dates are left out of this table; the online version');
  // The footer's session line is 20 px (deck.css): a word's box is the same share of its
  // font's size everywhere in this one family, so it measures the rest.
  const footer = words.find((w) => w.text === 'Capacity-building')!;
  const pxPerPoint = 20 / (footer.yMax - footer.yMin);
  const first = words.find((w) => w.text === 'Afghanistan')!;
  const note = words.filter((w) => w.yMin === words.find((n) => n.text === 'Notes')!.yMin);
  const table = words.filter((w) => w.yMin >= first.yMin && w.yMax <= note[0]!.yMax);
  expect(table.length).toBeGreaterThan(300);
  const smallest = Math.min(...table.map((w) => (w.yMax - w.yMin) * pxPerPoint));
  // CSS px are 0.75 pt on the 960 × 540 pt page; printed to fit A4 landscape, × 842/960.
  expect(smallest * 0.75 * (842 / 960)).toBeGreaterThanOrEqual(8);
  // The note ends above the footer, clear of its rule (6 pt above its text).
  expect(footer.yMin - Math.max(...note.map((w) => w.yMax))).toBeGreaterThanOrEqual(6);
});

test('the run-of-show PDF is there once its page is built, and not before', () => {
  for (const job of PDF_JOBS.filter((j) => j.out !== 'deck-handout.pdf')) {
    const file = join(outDir, job.out);
    if (existsSync(join(job.build, job.page))) {
      expect(readPdf(file).pages).toBeGreaterThan(0);
    } else {
      expect(job.optional, `${job.out} may only be skipped when optional`).toBe(true);
      expect(existsSync(file)).toBe(false);
    }
  }
});

test('the run-of-show PDF is a one-page A4 landscape cue sheet that does not depend on the moment', async () => {
  const file = join(outDir, 'run-of-show.pdf');
  const pdf = readPdf(file);
  expect(pdf.pages).toBe(1);
  // A4 landscape in points: 842 × 595.
  expect(Math.round(pdf.width)).toBe(842);
  expect(Math.round(pdf.height)).toBe(595);
  const { stdout } = await run('pdftotext', [file, '-']);
  const text = stdout.replace(/\s+/g, ' ');
  for (const segment of model.agenda) expect(text).toContain(segment.label.slice(0, 30));
  expect(text).toContain('11:15–12:25');
  expect(text).toContain('Audience Q&A opens');
  expect(text).toContain('Last question');
  // Each participant's own time with the zone named, the hand-over line and the links.
  expect(text).toMatch(/06:15–07:25 Pretoria/);
  expect(text).toMatch(/14:15–15:25 Canberra/);
  expect(text).toContain('hand over to');
  expect(text).toContain('speaker.html?speaker=nadia-starr');
  // Slides by number and title.
  expect(text).toMatch(/\b2 Title slide|\b\d+ Programme/);
  // Nothing that reads the clock.
  expect(text).not.toMatch(/starts in|Drift|not started|\d\d:\d\d:\d\d/i);
});

test('the single HTML file opens from file:// with no server and no error', async ({
  deck,
  map,
  page,
  guard,
}) => {
  const file = join(outDir, SINGLE_FILE.out);
  const html = readFileSync(file, 'utf8');
  // Nothing is loaded from beside the file: no script, stylesheet or font by URL.
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"|url\(\.?\/?assets\//);
  const url = pathToFileURL(file).href;
  guard.allowUrls(url);
  await page.goto(`${url}?transition=none#/programme`);
  await deck.ready();
  await expect(deck.present).toHaveId('programme');
  await expect(page.locator('.reveal .slides > section')).toHaveCount(slideCount);
  expect(await page.evaluate(() => document.fonts.check('30px "Source Sans 3 Variable"'))).toBe(
    true,
  );
  expect(await page.title()).toContain(model.event.title);

  // The map's geometry is inlined too (a data: URL): the map draws from the file.
  await page.goto(`${url}?transition=none#/map`);
  await deck.ready();
  await map.drawn();
  expect(await map.parties().count()).toBeGreaterThan(20);

  // For a speaker rehearsing from the file: reveal shows the notes beside the slides.
  await page.goto(`${url}?showNotes=true&transition=none#/overview`);
  await deck.ready();
  await expect(page.locator('.reveal .speaker-notes')).toContainText('hand over to');
});

test('the single file allows its own inline scripts by hash, and no authored event handler', async ({
  deck,
  page,
  guard,
}, testInfo) => {
  const html = readFileSync(join(outDir, SINGLE_FILE.out), 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  const scripts = html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? [];
  expect(policy).toMatch(/^default-src 'none'; script-src( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy?.match(/'sha256-/g)).toHaveLength(scripts.length);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval|hashes)'/);

  // An event handler in a slide, as authored HTML could carry one: it must not run.
  const handler = `<img alt="" src="data:image/png;base64,AAAA" onerror="document.documentElement.dataset.handlerRan = '1'">`;
  const file = testInfo.outputPath('single-with-handler.html');
  // Into the first slide, which the page holds (the others come in its script).
  const withHandler = html.replace(
    /(<main class="reveal">\s*<div class="slides">[\s\S]*?)<\/section>/,
    `$1${handler}</section>`,
  );
  expect(withHandler).toContain(handler);
  writeFileSync(file, withHandler);
  const url = pathToFileURL(file).href;
  guard.allowUrls(url);
  guard.allowConsoleErrors(/Content Security Policy/);
  const refused = page.waitForEvent('console', (m) =>
    /inline event handler violates the following Content Security Policy/.test(m.text()),
  );
  await page.goto(`${url}?transition=none`);
  await refused;
  await deck.ready();
  await expect(page.locator('html')).not.toHaveAttribute('data-handler-ran', '1');
});
