// @vitest-environment jsdom
/**
 * The deck the build pre-renders is the deck the browser would have built, in both build
 * modes, and the page adds the viewer's zone onto it to the same result as building for that
 * zone. Also: no page's JS carries the validator or the evidence behind the data.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../data/index.ts';
import { compactModel } from '../../src/build/compactModel.ts';
import { loadSlideDocs } from '../../src/build/loadSlides.ts';
import { inlineLogos } from '../../src/build/slidesPlugin.ts';
import { addViewerTimes } from '../../src/deck/addViewerTimes.ts';
import { buildDeck } from '../../src/deck/buildDeck.ts';
import { hydrateModel } from '../../src/show/hydrateModel.ts';
import { buildSchedule } from '../../src/show/schedule.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// The model the build renders from: the logos inlined, as the slides plugin does.
const validated = inlineLogos(loadModel(), resolve(import.meta.dirname, '../../public'));
// What the page reads: the compact model the build sends, hydrated as the page hydrates it.
const model = hydrateModel(
  JSON.parse(JSON.stringify(compactModel(validated))) as ReturnType<typeof compactModel>,
);
const schedule = buildSchedule(model);
const EVENT_ZONE = model.event.timeZone;
// A day behind and a day ahead of Bangkok at the event's date.
const VIEWER_ZONES = ['Pacific/Honolulu', 'Pacific/Kiritimati', 'Europe/Paris'];

const outDirs: Record<'host' | 'public', string> = {
  host: mkdtempSync(join(tmpdir(), 'deck-host-')),
  public: mkdtempSync(join(tmpdir(), 'deck-public-')),
};

function build(mode: 'production' | 'public', outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--mode',
        mode,
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } },
    );
    let output = '';
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(output))));
  });
}

/** What each build's later-slides module holds: the sections after the first, as HTML. */
const laterSlides: Partial<Record<'host' | 'public', string>> = {};

/**
 * Reads the build's later-slides module as the page imports it: in a Node of its own, since
 * vitest's module runner only imports the project's sources.
 */
function readLaterSlides(dir: string): string {
  const chunks = readdirSync(join(dir, 'assets')).filter((name) =>
    /later-slides.*\.js$/.test(name),
  );
  expect(chunks).toHaveLength(1);
  const url = pathToFileURL(join(dir, 'assets', chunks[0]!)).href;
  return execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `process.stdout.write((await import(${JSON.stringify(url)})).default)`,
    ],
    { encoding: 'utf8' },
  );
}

/** The built index.html, parsed as the browser parses it. */
function builtPage(mode: 'host' | 'public'): Document {
  const html = readFileSync(join(outDirs[mode], 'index.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * The deck's `<section>`s as the page has them once it has added the later slides to the
 * one in index.html, parsed as the browser parses them.
 */
function builtSections(mode: 'host' | 'public'): HTMLElement[] {
  const slides = builtPage(mode).querySelector<HTMLElement>('.reveal > .slides');
  slides?.insertAdjacentHTML('beforeend', laterSlides[mode] ?? '');
  return [...(slides?.querySelectorAll<HTMLElement>(':scope > section') ?? [])];
}

function browserSections(mode: 'host' | 'public', viewerZone: string): HTMLElement[] {
  const slides = loadSlideDocs(validated, {
    dir: join(ROOT, 'slides'),
    dropNotes: mode === 'public',
    dropLiveOnly: mode === 'public',
  });
  return buildDeck(model, schedule, slides, {
    viewerZone,
    includeNotes: mode === 'host',
    keyHints: mode === 'public',
  });
}

const html = (sections: readonly Element[]): string[] => sections.map((s) => s.outerHTML);

beforeAll(async () => {
  await build('production', outDirs.host);
  await build('public', outDirs.public);
  laterSlides.host = readLaterSlides(outDirs.host);
  laterSlides.public = readLaterSlides(outDirs.public);
}, 120_000);

afterAll(() => {
  for (const dir of Object.values(outDirs)) rmSync(dir, { recursive: true, force: true });
});

describe.each(['host', 'public'] as const)('the %s build', (mode) => {
  it('puts only the first slide into index.html, so the page is small', () => {
    const inPage = [...builtPage(mode).querySelectorAll('.reveal > .slides > section')];
    expect(inPage.map((s) => s.id)).toEqual([browserSections(mode, EVENT_ZONE)[0]?.id]);
    expect(readFileSync(join(outDirs[mode], 'index.html'), 'utf8').length).toBeLessThan(8000);
  });

  it('pre-renders every slide as the browser would build it in the event’s zone', () => {
    const built = builtSections(mode);
    expect(built.map((s) => s.id)).toEqual(browserSections(mode, EVENT_ZONE).map((s) => s.id));
    expect(html(built)).toEqual(html(browserSections(mode, EVENT_ZONE)));
  });

  it(mode === 'host' ? 'keeps the speaker notes' : 'leaves the speaker notes out', () => {
    const notes = builtSections(mode).flatMap((s) => [...s.querySelectorAll('aside.notes')]);
    if (mode === 'host') expect(notes.length).toBeGreaterThan(10);
    else expect(notes).toEqual([]);
  });

  it.each(VIEWER_ZONES)('adds the times of a viewer in %s to the same deck', (zone) => {
    const slides = builtSections(mode);
    const host = document.createElement('div');
    host.append(...slides);
    expect(addViewerTimes(host, model, schedule, zone)).toBe(true);
    expect(html([...host.children])).toEqual(html(browserSections(mode, zone)));
  });
});

it('a viewer in the event’s zone gets no change', () => {
  const host = document.createElement('div');
  host.append(...builtSections('host'));
  expect(addViewerTimes(host, model, schedule, EVENT_ZONE)).toBe(false);
});

describe('no page’s JS carries what only the build reads', () => {
  const scripts = (): string =>
    Object.values(outDirs)
      .flatMap((dir) =>
        readdirSync(join(dir, 'assets'))
          .filter((name) => name.endsWith('.js'))
          .map((name) => readFileSync(join(dir, 'assets', name), 'utf8')),
      )
      .join('\n');

  it('no validator message', () => {
    const js = scripts();
    expect(js).toContain(model.event.title);
    expect(js).not.toContain('Use a name from the tz database');
    expect(js).not.toContain('expected an http(s) URL');
  });

  it('no evidence or source notes of the speakers, the event or the conventions', () => {
    const js = scripts();
    for (const speaker of validated.speakers) expect(js).not.toContain(speaker.timeZoneEvidence);
    for (const c of validated.conventions) if (c.note) expect(js).not.toContain(c.note);
    expect(js).not.toContain(
      validated.event.fullTitle === model.event.title ? '\0' : validated.event.fullTitle,
    );
  });
});

describe('the first slide’s path (issue 13)', () => {
  /** The scripts the deck page loads before its first slide: its entry and what it preloads. */
  const firstSlideScripts = (dir: string): string => {
    const page = readFileSync(join(dir, 'index.html'), 'utf8');
    const files = [
      ...page.matchAll(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"/g),
      ...page.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"/g),
    ].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    return files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  };

  it.each(['host', 'public'] as const)(
    'the %s deck preloads the font file its first slide is set in, so it is laid out once',
    (mode) => {
      const links = [...builtPage(mode).querySelectorAll('link[rel="preload"][as="font"]')];
      expect(links).toHaveLength(1);
      const href = links[0]?.getAttribute('href') ?? '';
      expect(href).toMatch(/^\.\/assets\/source-sans-3-latin-wght-normal-[\w-]+\.woff2$/);
      // The stylesheet's Latin face (beside it in assets/) names the same file, or the preload
      // would be wasted.
      const css = readdirSync(join(outDirs[mode], 'assets')).filter((f) => f.endsWith('.css'));
      const faces = css.map((f) => readFileSync(join(outDirs[mode], 'assets', f), 'utf8')).join('');
      expect(faces).toContain(`url(${href.replace('./assets/', './')})`);
      expect(links[0]?.hasAttribute('crossorigin')).toBe(true);
    },
  );

  it.each(['host', 'public'] as const)(
    'the %s deck’s first slide waits for no luxon (the times come after the first paint)',
    (mode) => {
      const js = firstSlideScripts(outDirs[mode]);
      expect(js).toContain('Reveal');
      // luxon's own messages: any of its code on this path carries them.
      expect(js).not.toContain('Invalid DateTime');
      expect(js).not.toContain('Intl.DateTimeFormat');
    },
  );
});
