/**
 * `npm run bench:profile`: where the main thread's time goes before the first slide. Loads
 * each built site cold, `--runs` times (interleaved), with a Chromium trace up to the frame in
 * which the first slide is visible (the bench's own probe), and prints the main thread's
 * thread time by kind of work (layout, style, scripts, parsing, paint…), mean per load. With
 * `--js`, also the CDP CPU profile's functions with the most self time.
 *
 *   npm run bench -- --lighthouse 0      # builds dist-bench/deck and dist-bench/baseline
 *   npm run bench:profile                # profiles those two
 *   npm run bench:profile -- --runs 12 dist-bench/deck 'dist-bench/deck|?viewDistance=1'
 *
 * A site is a built folder, optionally with `|` and a query string (reveal.js reads its
 * options from it), so variants of one build can be compared without rebuilding.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serveStatic.mjs';
import { installProbe, type ProbedWindow } from './probes.ts';
import {
  DETAILED_TRACE_CATEGORIES,
  mainThreadEventsBefore,
  startTrace,
  stopTrace,
  TASK,
  threadMs,
} from './trace.ts';

/** The kinds of main-thread work reported, by trace event name. */
const KINDS: Readonly<Record<string, string>> = {
  [TASK]: 'Main thread, all tasks',
  RunMicrotasks: 'Scripts in promises (reveal.js start-up, the deck)',
  FunctionCall: 'Script callbacks',
  'v8.evaluateModule': 'Module evaluation',
  EvaluateScript: 'Script evaluation',
  Layout: 'Layout',
  UpdateLayoutTree: 'Style',
  ParseHTML: 'HTML parsing',
  ParseAuthorStyleSheet: 'CSS parsing',
  Paint: 'Paint',
  PaintImage: 'Image decoding at paint',
  PrePaint: 'Pre-paint',
  EventDispatch: 'DOM events',
  FireAnimationFrame: 'Animation frames',
};

/** Mean ms per load, by kind, for one site. */
type Profile = Map<string, number>;

function parseArgs(argv: readonly string[]): { runs: number; js: boolean; sites: string[] } {
  let runs = 10;
  let js = false;
  const sites: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--runs') {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1) {
        throw new Error(`[profile] --runs: expected an integer ≥ 1, got "${argv[i]}".`);
      }
    } else if (arg === '--js') js = true;
    else if (arg.startsWith('--')) throw new Error(`[profile] Unknown argument "${arg}".`);
    else sites.push(arg);
  }
  return {
    runs,
    js,
    sites: sites.length > 0 ? sites : ['dist-bench/deck', 'dist-bench/baseline'],
  };
}

/** Loads `url` once with a trace; adds its main thread's work before the first slide to `into`. */
async function traceOnce(browser: Browser, url: string, into: Profile): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    await startTrace(browser, page, DETAILED_TRACE_CATEGORIES);
    await page.goto(url, { waitUntil: 'commit' });
    const { at } = await page.evaluate(
      () => (window as unknown as ProbedWindow).__benchProbe.firstSlide,
    );
    const events = mainThreadEventsBefore(await stopTrace(browser), at);
    for (const name of Object.keys(KINDS)) {
      into.set(name, (into.get(name) ?? 0) + threadMs(events, name));
    }
    return at;
  } finally {
    await context.close();
  }
}

/** Loads `url` once with the CPU profiler; adds self time per function to `into`. */
async function profileJsOnce(browser: Browser, url: string, into: Profile): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    await page.evaluate(() => (window as unknown as ProbedWindow).__benchProbe.firstSlide);
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<number, number>();
    profile.samples?.forEach((node, i) => {
      self.set(node, (self.get(node) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
    });
    for (const node of profile.nodes) {
      const { functionName, url: file, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') continue;
      const key = `${functionName || '(anonymous)'} ${file.replace(/^.*\//, '') || '(native)'}:${lineNumber + 1}`;
      into.set(key, (into.get(key) ?? 0) + (self.get(node.id) ?? 0));
    }
  } finally {
    await context.close();
  }
}

/** Runs the profiler with the command-line arguments `argv`. */
export async function main(argv: readonly string[]): Promise<void> {
  const { runs, js, sites } = parseArgs(argv);
  const servers = await Promise.all(sites.map((site) => serveStatic({ '/': site.split('|')[0]! })));
  const urls = sites.map((site, i) => `${servers[i]!.origin}/${site.split('|')[1] ?? ''}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const traces = sites.map((): Profile => new Map());
  const scripts = sites.map((): Profile => new Map());
  const firstSlide = sites.map(() => 0);
  try {
    for (let run = 0; run < runs; run++) {
      for (const [i, url] of urls.entries()) {
        firstSlide[i]! += await traceOnce(browser, url, traces[i]!);
        if (js) await profileJsOnce(browser, url, scripts[i]!);
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  for (const [i, site] of sites.entries()) {
    console.log(
      `\n${site}: first slide visible at ${(firstSlide[i]! / runs).toFixed(0)} ms (mean of ${runs}); main-thread thread time before it, ms per load:`,
    );
    for (const [name, label] of Object.entries(KINDS)) {
      const ms = (traces[i]!.get(name) ?? 0) / runs;
      console.log(`${ms.toFixed(1).padStart(8)}  ${label}`);
    }
    if (!js) continue;
    console.log(
      '  Functions with the most self time (CPU profile, wall time; forced layout counts in its caller):',
    );
    const top = [...scripts[i]!.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
    for (const [key, ms] of top) console.log(`${(ms / runs).toFixed(1).padStart(8)}  ${key}`);
  }
}
