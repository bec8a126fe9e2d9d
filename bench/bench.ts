/**
 * `npm run bench`: builds the deck and the bare reveal.js baseline, serves both on
 * loopback, measures them in turn (A B A B) in headless Chromium, prints the figures and
 * writes them to bench/results.json. See bench/README.md for what each figure means.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { chromium, type BrowserContextOptions } from '@playwright/test';
import { build } from 'vite';
import { loadModel } from '../data/index.ts';
import playwrightConfig from '../playwright.config.ts';
import {
  buildFigures,
  type Figure,
  type LighthouseRuns,
  type SiteFacts,
  type SiteRun,
} from './buildFigures.ts';
import { startLighthouse, type LighthouseSample } from './lighthouse.ts';
import { formatReport } from './formatReport.ts';
import { loadAssetSizes, sumAssets, type Asset } from './loadAssetSizes.ts';
import {
  measureArrival,
  measureIdlePage,
  measureLoad,
  surveyDeck,
  type Lab,
  type Survey,
} from './measurePage.ts';
import { benchUsage, parseBenchArgs, type BenchOptions } from './parseBenchArgs.ts';
import { serveStatic } from '../scripts/serveStatic.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = resolve(ROOT, 'dist-bench');

/** One of the two sites under test. */
interface Site {
  readonly name: 'deck' | 'baseline';
  readonly dir: string;
  url: string;
  survey?: Survey;
  assets?: Map<string, Asset>;
  /**
   * Extra pages of the site, as URLs relative to it, when the build has them: the deck's
   * run-of-show and speaker page; the baseline's bare clock page.
   */
  pages: { runOfShow: string | null; speaker: string | null; clock: string | null };
  readonly runs: SiteRun[];
  readonly lighthouse: LighthouseSample[];
}

/** Everything `npm run bench` writes to its results file. */
export interface BenchResults {
  readonly date: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGB: number;
    /** The 1-minute load average when the measuring started and when it ended. */
    readonly loadAverage: { readonly start: number; readonly end: number };
    readonly node: string;
    readonly chromium: string;
  };
  readonly options: BenchOptions;
  readonly sites: { readonly deck: SiteFacts; readonly baseline: SiteFacts };
  readonly figures: readonly Figure[];
  readonly runs: { readonly deck: readonly SiteRun[]; readonly baseline: readonly SiteRun[] };
  /** Lighthouse's runs of each site (none with `--lighthouse 0`). */
  readonly lighthouse: LighthouseRuns;
  /** Console errors and page errors seen while measuring; none is expected. */
  readonly problems: readonly string[];
}

/** Builds the baseline, and the deck unless it is measured from an existing build. */
async function buildSites(buildDeck: boolean): Promise<void> {
  console.log(
    buildDeck ? '[bench] Building the deck and the baseline…' : '[bench] Building the baseline…',
  );
  if (buildDeck) {
    await build({
      configFile: resolve(ROOT, 'vite.config.ts'),
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: resolve(OUT_DIR, 'deck'), emptyOutDir: true },
    });
  }
  await build({ configFile: resolve(ROOT, 'bench/baseline/vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: resolve(ROOT, 'bench/baseline/clock.config.ts'), logLevel: 'warn' });
}

/** The browser settings of the e2e project, so the bench sees what the tests see. */
function labSettings(): {
  launch: Parameters<typeof chromium.launch>[0];
  context: BrowserContextOptions;
} {
  const project = playwrightConfig.projects?.[0];
  if (!project?.use) throw new Error('[bench] playwright.config.ts has no project to copy.');
  const { launchOptions, viewport, deviceScaleFactor, userAgent, isMobile, hasTouch } = project.use;
  return {
    launch: { ...launchOptions, headless: true },
    context: { viewport, deviceScaleFactor, userAgent, isMobile, hasTouch },
  };
}

/**
 * One round of `site`. `floorUrl` is the baseline's bare clock page, measured in the deck's
 * turn just before its ticking pages; the result keeps it in the baseline's run of the
 * round (`SiteRun.clock`), where the figures read the floor.
 */
async function runSite(
  lab: Lab,
  site: Site,
  idleSeconds: number,
  floorUrl: string | null = null,
): Promise<SiteRun> {
  const survey = site.survey!;
  const load = await measureLoad(lab, site.url, idleSeconds);
  const slideChange = await measureArrival(lab, site.url, survey.slides, survey.heaviest);
  const map =
    'slide' in survey.map
      ? await measureArrival(lab, site.url, survey.slides, survey.map.slide, survey.map.shapes)
      : null;
  const page = async (path: string | null) =>
    path ? measureIdlePage(lab, new URL(path, site.url).href, idleSeconds) : null;
  // The floor is measured right before the pages it is compared with, so that both windows
  // see the machine in the same state.
  const floor = floorUrl ? await measureIdlePage(lab, floorUrl, idleSeconds) : null;
  return {
    firstSlideMs: load.firstSlide.at,
    firstSlideFontsMs: load.fontsSettledMs,
    firstSlideMainThreadMs: load.mainThreadMs,
    firstSlideBytes: sumAssets(site.assets!, site.url, load.firstSlide.resources),
    settledBytes: sumAssets(site.assets!, site.url, load.settledResources),
    heapBytes: load.heapBytes,
    idle: load.idle,
    slideChange,
    map,
    runOfShow: await page(site.pages.runOfShow),
    speaker: await page(site.pages.speaker),
    clock: floor,
  };
}

/**
 * Lighthouse's rounds, after the others so that its browser does not compete with them:
 * deck, baseline, deck, baseline…, each a cold load in Lighthouse's own clean profile.
 */
async function runLighthouse(sites: readonly Site[], runs: number): Promise<void> {
  if (runs === 0) return;
  const lighthouse = await startLighthouse();
  try {
    for (let run = 0; run < runs; run++) {
      for (const site of sites) {
        console.log(`[bench] Lighthouse ${run + 1}/${runs}: ${site.name}`);
        site.lighthouse.push(await lighthouse.run(site.url));
      }
    }
  } finally {
    lighthouse.close();
  }
}

function factsOf(site: Site): SiteFacts {
  const survey = site.survey!;
  const name = (s: { id: string; h: number; v: number }): string => s.id || `${s.h}/${s.v}`;
  return {
    slides: survey.slides.length,
    heaviest: { slide: name(survey.heaviest), elements: survey.heaviest.elements },
    map:
      'slide' in survey.map
        ? { slide: name(survey.map.slide), shapes: survey.map.shapes }
        : { none: survey.map.none },
    pages: site.pages,
    total: sumAssets(site.assets!, site.url),
  };
}

/** Runs the bench with the command-line arguments `argv`; resolves when results are written. */
export async function main(argv: readonly string[]): Promise<BenchResults | null> {
  if (argv.includes('--help')) {
    console.log(benchUsage);
    return null;
  }
  const options = parseBenchArgs(argv);
  if (options.build) await buildSites(options.deckDir === null);
  const loadAtStart = loadavg()[0] ?? 0;
  if (loadAtStart > cpus().length / 2) {
    console.warn(
      `[bench] The load average is ${loadAtStart.toFixed(1)} on ${cpus().length} cores: other processes ` +
        'compete for the CPU, so the wall-clock figures will be slow and noisy. Figure 1c ' +
        '(main-thread CPU) and the byte counts are not affected.',
    );
  }

  const speakerId = loadModel().speakers[0]?.id;
  const deckDir = options.deckDir ? resolve(ROOT, options.deckDir) : resolve(OUT_DIR, 'deck');
  const sites: Site[] = [
    {
      name: 'deck',
      dir: deckDir,
      url: '',
      lighthouse: [],
      pages: {
        runOfShow: existsSync(resolve(deckDir, 'run-of-show.html')) ? 'run-of-show.html' : null,
        speaker:
          existsSync(resolve(deckDir, 'speaker.html')) && speakerId
            ? `speaker.html?speaker=${encodeURIComponent(speakerId)}`
            : null,
        clock: null,
      },
      runs: [],
    },
    {
      name: 'baseline',
      dir: resolve(OUT_DIR, 'baseline'),
      url: '',
      pages: {
        runOfShow: null,
        speaker: null,
        clock: existsSync(resolve(OUT_DIR, 'baseline', 'clock.html')) ? 'clock.html' : null,
      },
      runs: [],
      lighthouse: [],
    },
  ];
  for (const site of sites) {
    if (!existsSync(resolve(site.dir, 'index.html'))) {
      throw new Error(`[bench] No build in ${site.dir}. Run npm run bench without --no-build.`);
    }
  }

  const servers = await Promise.all(
    // Each site on its own origin, the same server for both so neither is favoured.
    sites.map((site, i) =>
      serveStatic({ '/': site.dir }, { port: options.port === 0 ? 0 : options.port + i }),
    ),
  );
  const settings = labSettings();
  const browser = await chromium.launch(settings.launch);
  const lab: Lab = { browser, contextOptions: settings.context, problems: [] };
  try {
    for (const [i, site] of sites.entries()) {
      site.url = `${servers[i]!.origin}/`;
      site.assets = await loadAssetSizes(site.dir);
      site.survey = await surveyDeck(lab, site.url);
    }
    const total = options.warmup + options.runs;
    const [deckSite, baselineSite] = sites as [Site, Site];
    const floorUrl = baselineSite.pages.clock
      ? new URL(baselineSite.pages.clock, baselineSite.url).href
      : null;
    for (let run = 0; run < total; run++) {
      const warm = run < options.warmup;
      const label = warm ? `warm-up ${run + 1}` : `run ${run - options.warmup + 1}/${options.runs}`;
      const idle = warm ? Math.min(1, options.idleSeconds) : options.idleSeconds;
      console.log(`[bench] ${label}: deck`);
      const deckRun = await runSite(lab, deckSite, idle, floorUrl);
      console.log(`[bench] ${label}: baseline`);
      const baselineRun = await runSite(lab, baselineSite, idle);
      if (!warm) {
        deckSite.runs.push({ ...deckRun, clock: null });
        baselineSite.runs.push({ ...baselineRun, clock: deckRun.clock });
      }
    }
    await runLighthouse(sites, options.lighthouseRuns);
    const [deck, baseline] = sites as [Site, Site];
    const facts = { deck: factsOf(deck), baseline: factsOf(baseline) };
    const lighthouse = { deck: deck.lighthouse, baseline: baseline.lighthouse };
    const figures = buildFigures(deck.runs, baseline.runs, facts.deck, facts.baseline, lighthouse);
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGB: Math.round(totalmem() / 1e9),
        loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
        node: process.version,
        chromium: browser.version(),
      },
      options,
      sites: facts,
      figures,
      runs: { deck: deck.runs, baseline: baseline.runs },
      lighthouse,
      problems: lab.problems,
    };
    const { start, end } = results.machine.loadAverage;
    console.log(
      `\nDeck against a bare reveal.js deck: median (min–max) of ${options.runs} run(s) each, ` +
        `${results.machine.cpus} cores, load average ${start.toFixed(1)} → ${end.toFixed(1)}, ` +
        `Chromium ${results.machine.chromium}\n`,
    );
    console.log(formatReport(figures));
    for (const problem of lab.problems) console.warn(`[bench] ${problem}`);
    const out = resolve(ROOT, options.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n[bench] Wrote ${out}`);
    return results;
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}
