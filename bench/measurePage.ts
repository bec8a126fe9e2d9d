/**
 * The measurements, one fresh browser context per page load so that every load starts
 * with an empty cache. CPU and heap figures come from the Chrome DevTools Protocol.
 */
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  CDPSession,
  Page,
} from '@playwright/test';
import {
  armArrival,
  countMapShapes,
  installProbe,
  listSlides,
  type FirstSlide,
  type ProbedWindow,
  type SlideInfo,
} from './probes.ts';
import { mainThreadEventsBefore, startTrace, stopTrace, TASK, threadMs } from './trace.ts';

/** The browser and the context options every measured page gets. */
export interface Lab {
  readonly browser: Browser;
  readonly contextOptions: BrowserContextOptions;
  /** Console errors and page errors seen so far, prefixed with the page's URL. */
  readonly problems: string[];
}

/** A page opened for measuring, with its CDP session. */
interface Probed {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
}

const TIMEOUT_MS = 20_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `url` in a fresh context with the probe installed. With `trace`, a Chromium trace
 * runs from before the navigation; the caller stops it (`stopTrace`).
 */
async function openProbed(
  lab: Lab,
  url: string,
  options: { trace?: boolean } = {},
): Promise<Probed> {
  const context = await lab.browser.newContext(lab.contextOptions);
  context.setDefaultTimeout(TIMEOUT_MS);
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  page.on('pageerror', (error) => lab.problems.push(`${url}: page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') lab.problems.push(`${url}: console error: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  // Thread time, not wall time: on a shared 2-core machine a task's wall time includes the
  // time the thread waited for a core, which is not the page's cost.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (options.trace) await startTrace(lab.browser, page);
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, cdp };
}

async function readMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Rejects after `ms`, so that a page that never gets there fails the run instead of hanging. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`[bench] Timed out after ${ms} ms: ${what}.`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const firstSlideOf = (page: Page): Promise<FirstSlide> =>
  within(
    TIMEOUT_MS,
    `the first slide of ${page.url()}`,
    page.evaluate(() => (window as unknown as ProbedWindow).__benchProbe.firstSlide),
  );

/** Waits until the network has been quiet for 500 ms and two frames have gone by. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
  });
}

/** CPU used by a page left alone. */
export interface IdleSample {
  /** Main-thread task time as a percentage of one core over the window. */
  readonly cpuPercent: number;
  readonly taskMs: number;
  readonly seconds: number;
  /** DOM mutation batches during the window: how often the page repainted its content. */
  readonly repaints: number;
  /** Style recalculations and layouts during the window (CSS animations show up here). */
  readonly styleRecalcs: number;
  readonly layouts: number;
}

async function measureIdle(probed: Probed, seconds: number): Promise<IdleSample> {
  const { page, cdp } = probed;
  const batches = (): Promise<number> =>
    page.evaluate(() => (window as unknown as ProbedWindow).__benchProbe.mutationBatches);
  // Reading the batch count is a task in the page, so it stays outside the metrics window.
  const batchesBefore = await batches();
  const before = await readMetrics(cdp);
  await sleep(seconds * 1000);
  const after = await readMetrics(cdp);
  const batchesAfter = await batches();
  const taskSeconds = (after.TaskDuration ?? 0) - (before.TaskDuration ?? 0);
  const wallSeconds = (after.Timestamp ?? 0) - (before.Timestamp ?? 0);
  return {
    cpuPercent: (100 * taskSeconds) / wallSeconds,
    taskMs: taskSeconds * 1000,
    seconds: wallSeconds,
    repaints: batchesAfter - batchesBefore,
    styleRecalcs: (after.RecalcStyleCount ?? 0) - (before.RecalcStyleCount ?? 0),
    layouts: (after.LayoutCount ?? 0) - (before.LayoutCount ?? 0),
  };
}

/** What one load of a deck measured. */
export interface LoadSample {
  readonly firstSlide: FirstSlide;
  readonly fontsSettledMs: number;
  /**
   * Main-thread time (thread CPU time, not wall time) of the tasks that started between the
   * navigation and the paint of the first slide, from a Chromium trace: unlike the
   * wall-clock figures, it hardly moves when other processes compete for the cores, and
   * unlike a CDP counter read afterwards, it leaves out what the page does after that paint.
   */
  readonly mainThreadMs: number;
  readonly heapBytes: number;
  /** URLs of every resource the page had loaded once the network was quiet after the load. */
  readonly settledResources: readonly string[];
  readonly idle: IdleSample;
}

/**
 * Loads the deck at `url` cold: the first slide, what it loaded, the JS heap once the
 * network is quiet (after a forced GC), then the CPU used while it sits idle.
 */
export async function measureLoad(lab: Lab, url: string, idleSeconds: number): Promise<LoadSample> {
  const probed = await openProbed(lab, url, { trace: true });
  const { page } = probed;
  try {
    const firstSlide = await firstSlideOf(page);
    const events = mainThreadEventsBefore(await stopTrace(lab.browser), firstSlide.at);
    const mainThreadMs = threadMs(events, TASK);
    const fontsSettledMs = await page.evaluate(
      () => (window as unknown as ProbedWindow).__benchProbe.fontsSettled,
    );
    await settle(page);
    const settledResources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    await probed.cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = (await readMetrics(probed.cdp)).JSHeapUsedSize ?? 0;
    const idle = await measureIdle(probed, idleSeconds);
    return { firstSlide, fontsSettledMs, mainThreadMs, heapBytes, settledResources, idle };
  } finally {
    await probed.context.close();
  }
}

/** Opens another page of the site (the run-of-show, a speaker page) and measures it idle. */
export async function measureIdlePage(lab: Lab, url: string, seconds: number): Promise<IdleSample> {
  const probed = await openProbed(lab, url);
  try {
    await probed.page.waitForLoadState('load');
    await settle(probed.page);
    return await measureIdle(probed, seconds);
  } finally {
    await probed.context.close();
  }
}

/** A slide change, from the keypress to the paint after it. */
export interface ArrivalSample {
  readonly ms: number;
  /** Script time (CDP ScriptDuration) between the keypress and that paint. */
  readonly scriptMs: number;
}

/** The slide to start from and the key that goes from it to `to`, skipping fragments. */
export function planArrival(
  slides: readonly SlideInfo[],
  to: SlideInfo,
): { from: SlideInfo; key: string } {
  const find = (h: number, v: number): SlideInfo | undefined =>
    slides.find((s) => s.h === h && s.v === v);
  // Alt makes reveal.js skip the fragments of the slide it leaves.
  const above = to.v > 0 ? find(to.h, to.v - 1) : undefined;
  if (above) return { from: above, key: 'Alt+ArrowDown' };
  const left = find(to.h - 1, 0);
  if (left) return { from: left, key: 'Alt+ArrowRight' };
  const right = find(to.h + 1, 0);
  if (right) return { from: right, key: 'Alt+ArrowLeft' };
  throw new Error('[bench] A deck with one slide has no slide change to measure.');
}

/**
 * Opens the deck at the slide before `to`, lets it settle, then presses the key that
 * moves to `to` and times it until the paint after `slidechanged`, or, when `shapes` > 0,
 * until the paint that completed the map on `to` (see `armArrival`).
 */
export async function measureArrival(
  lab: Lab,
  siteUrl: string,
  slides: readonly SlideInfo[],
  to: SlideInfo,
  shapes = 0,
): Promise<ArrivalSample> {
  const { from, key } = planArrival(slides, to);
  const probed = await openProbed(lab, `${siteUrl}#/${from.h}/${from.v}`);
  const { page, cdp } = probed;
  try {
    await firstSlideOf(page);
    await settle(page);
    await page.evaluate(armArrival, shapes);
    const before = await readMetrics(cdp);
    await page.keyboard.press(key);
    const ms = await within(
      TIMEOUT_MS,
      `the slide change to ${to.id || `${to.h}/${to.v}`}`,
      page.evaluate(() => (window as unknown as ProbedWindow).__benchProbe.arrival!),
    );
    const after = await readMetrics(cdp);
    const scriptMs = ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000;
    return { ms, scriptMs };
  } finally {
    await probed.context.close();
  }
}

/** What the survey found out about a deck before any timing. */
export interface Survey {
  readonly slides: readonly SlideInfo[];
  /** The slide with the most elements once everything on it is drawn. */
  readonly heaviest: SlideInfo;
  /** The map's slide and how many shapes it draws, or why there is none. */
  readonly map: { readonly slide: SlideInfo; readonly shapes: number } | { readonly none: string };
}

/**
 * Lists the deck's slides, finds the map's slide (the one whose `data-testid="map"` draws
 * `[data-iso]` shapes once visited) and, with the map drawn, the heaviest slide.
 */
export async function surveyDeck(lab: Lab, siteUrl: string): Promise<Survey> {
  let slides: SlideInfo[];
  let candidates: SlideInfo[];
  {
    const probed = await openProbed(lab, siteUrl);
    try {
      await firstSlideOf(probed.page);
      slides = await probed.page.evaluate(listSlides);
      candidates = slides.filter((s) => s.mayHaveMap).sort((a, b) => +b.hasMap - +a.hasMap);
      if (!candidates.some((s) => s.hasMap)) {
        // The map's root may only appear once its slide is visited: walk the deck once.
        await walkDeck(probed.page, slides.length);
        await probed.page
          .waitForFunction(() => document.querySelector('.slides [data-testid="map"]'), undefined, {
            timeout: 1000,
          })
          .catch(() => null);
        const walked = (await probed.page.evaluate(listSlides)).filter((s) => s.hasMap);
        candidates = [
          ...walked,
          ...candidates.filter((c) => !walked.some((w) => w.h === c.h && w.v === c.v)),
        ];
      }
    } finally {
      await probed.context.close();
    }
  }
  for (const candidate of candidates) {
    const probed = await openProbed(lab, `${siteUrl}#/${candidate.h}/${candidate.v}`);
    try {
      await firstSlideOf(probed.page);
      await probed.page
        .waitForFunction(countMapShapes, undefined, { polling: 'raf', timeout: 10_000 })
        .catch(() => null);
      // The join may add shapes over several frames: wait until two reads 300 ms apart agree.
      let shapes = -1;
      for (let now = await probed.page.evaluate(countMapShapes); now !== shapes;) {
        shapes = now;
        await sleep(300);
        now = await probed.page.evaluate(countMapShapes);
      }
      if (shapes > 0) {
        const drawn = await probed.page.evaluate(listSlides);
        const slide = drawn.find((s) => s.h === candidate.h && s.v === candidate.v)!;
        return { slides: drawn, heaviest: heaviestOf(drawn), map: { slide, shapes } };
      }
    } finally {
      await probed.context.close();
    }
  }
  const none =
    candidates.length === 0
      ? 'n/a: no map slide'
      : `n/a: no map drawn (no [data-testid="map"] [data-iso] on ${candidates.map((c) => c.id || `${c.h}/${c.v}`).join(', ')})`;
  return { slides, heaviest: heaviestOf(slides), map: { none } };
}

/** Visits every slide in reading order, skipping fragments, until each one is present. */
async function walkDeck(page: Page, count: number): Promise<void> {
  const present = (): string => {
    const all = [...document.querySelectorAll('.reveal .slides section')];
    return String(
      all.findIndex((s) => s.classList.contains('present') && !s.querySelector('section')),
    );
  };
  for (let i = 1; i < count; i++) {
    const before = await page.evaluate(present);
    // Alt makes reveal.js skip fragments; PageDown is "next", through vertical slides too.
    await page.keyboard.press('Alt+PageDown');
    await page
      .waitForFunction(
        (previous) => {
          const all = [...document.querySelectorAll('.reveal .slides section')];
          const now = all.findIndex(
            (s) => s.classList.contains('present') && !s.querySelector('section'),
          );
          return String(now) !== previous;
        },
        before,
        { polling: 'raf', timeout: 2000 },
      )
      .catch(() => null);
  }
}

function heaviestOf(slides: readonly SlideInfo[]): SlideInfo {
  const heaviest = slides.reduce<SlideInfo | undefined>(
    (best, s) => (best === undefined || s.elements > best.elements ? s : best),
    undefined,
  );
  if (!heaviest) throw new Error('[bench] The deck has no slides.');
  return heaviest;
}
