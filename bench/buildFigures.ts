/** Turns the runs of both sites into the bench's figures, with their targets. */
import type { LighthouseSample } from './lighthouse.ts';
import type { ByteTotals } from './loadAssetSizes.ts';
import type { ArrivalSample, IdleSample } from './measurePage.ts';
import { summarize, summarizeSome, type Summary } from './stats.ts';

/** Everything one run measured on one site; null where the site has no such thing. */
export interface SiteRun {
  readonly firstSlideMs: number;
  readonly firstSlideFontsMs: number;
  /** Main-thread CPU time until the first slide (see LoadSample.mainThreadMs). */
  readonly firstSlideMainThreadMs: number;
  /** What was loaded by the time the first slide was visible. */
  readonly firstSlideBytes: ByteTotals;
  /** What was loaded once the network was quiet after the load, on the first slide. */
  readonly settledBytes: ByteTotals;
  readonly heapBytes: number;
  readonly idle: IdleSample;
  readonly slideChange: ArrivalSample;
  readonly map: ArrivalSample | null;
  readonly runOfShow: IdleSample | null;
  readonly speaker: IdleSample | null;
  /** The baseline's bare clock page (one text changed each second): the floor of a tick. */
  readonly clock: IdleSample | null;
}

/** What was measured on a site, apart from the runs. */
export interface SiteFacts {
  readonly slides: number;
  /** The heaviest slide's id (or h/v) and element count. */
  readonly heaviest: { readonly slide: string; readonly elements: number };
  /** The map's slide id and shape count, or the reason there is no map figure. */
  readonly map: { readonly slide: string; readonly shapes: number } | { readonly none: string };
  /** Pages measured besides the deck, by figure name, or null when the site has none. */
  readonly pages: {
    readonly runOfShow: string | null;
    readonly speaker: string | null;
    readonly clock: string | null;
  };
  /** All JS and CSS of the built site. */
  readonly total: ByteTotals;
}

/** Units the figures are reported in; kB and MB are decimal (1 kB = 1000 bytes), as Vite's. */
export type Unit = 'ms' | 'kB' | 'MB' | '%' | '/s' | 'score';

/** One line of the report. */
export interface Figure {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly deck: Summary | null;
  readonly baseline: Summary | null;
  /** The deck against the baseline ("1.21×", "+30.9 kB"), or "" when there is no baseline. */
  readonly comparison: string;
  readonly target: string | null;
  /** Whether the target is met; null when there is no target or nothing measured. */
  readonly met: boolean | null;
  readonly note: string;
}

/** Lighthouse's runs of both sites; empty when the bench ran it 0 times. */
export interface LighthouseRuns {
  readonly deck: readonly LighthouseSample[];
  readonly baseline: readonly LighthouseSample[];
}

/** The targets of issue 13, against the baseline measured in the same run. */
export const TARGETS = {
  /** First slide visible: at most this times the baseline's median. */
  firstSlide: 1.1,
  /** Main-thread CPU to the first slide: at most this times the baseline's. */
  firstSlideCpu: 1.15,
  /** Gzipped JS before the first slide: at most this many kB beyond the baseline's. */
  firstSlideJsKb: 30,
  /** All gzipped JS loaded once the deck settles on its first slide: at most this many kB beyond the baseline's (issue 21, the published deck). */
  settledJsKb: 25,
  /** Lighthouse LCP: at most this times the baseline's. */
  lighthouseLcp: 1.1,
  /** A once-a-second update: at most this many ms beyond the bare clock page's, same run. */
  tickBeyondFloorMs: 2,
} as const;

const KB = 1000;
const MB = 1000 * 1000;

function ratio(deck: Summary | null, baseline: Summary | null): string {
  if (!deck || !baseline || baseline.median === 0) return '';
  return `${(deck.median / baseline.median).toFixed(2)}×`;
}

function over<T>(runs: readonly T[], pick: (run: T) => number): Summary | null {
  return runs.length === 0 ? null : summarize(runs.map(pick));
}

function overSome<T>(runs: readonly T[], pick: (run: T) => number | null): Summary | null {
  return summarizeSome(runs.map(pick));
}

const check = (summary: Summary | null, ok: (median: number) => boolean): boolean | null =>
  summary ? ok(summary.median) : null;

const perSecond = (idle: IdleSample | null): number | null =>
  idle ? idle.repaints / idle.seconds : null;

/** "1.0 style recalcs/s, 1.0 layouts/s" over the runs' medians, or "" with no page. */
function renderingNote(idles: readonly (IdleSample | null)[]): string {
  const rate = (pick: (idle: IdleSample) => number): string => {
    const summary = summarizeSome(idles.map((i) => (i ? pick(i) / i.seconds : null)));
    return summary ? summary.median.toFixed(2) : '0';
  };
  if (idles.every((i) => i === null)) return '';
  return `${rate((i) => i.styleRecalcs)} style recalcs/s, ${rate((i) => i.layouts)} layouts/s`;
}

const perRepaint = (idle: IdleSample | null): number | null =>
  idle && idle.repaints > 0 ? idle.taskMs / idle.repaints : null;

/**
 * The median of each run's difference from the floor page of the baseline's run of the
 * same round (they are measured one after the other), or null when no pair was measured.
 */
function beyondFloor(
  deck: readonly SiteRun[],
  baseline: readonly SiteRun[],
  pick: (run: SiteRun) => number | null,
  floor: (run: SiteRun) => number | null,
): Summary | null {
  return summarizeSome(
    deck.map((run, i) => {
      const mine = pick(run);
      const base = baseline[i] ? floor(baseline[i]) : null;
      return mine === null || base === null ? null : mine - base;
    }),
  );
}

/** "+1.3 ms" or "−0.2 %": a difference from the floor, signed. */
function formatBeyond(summary: Summary | null, unit: string, digits: number): string {
  if (!summary) return '';
  const d = summary.median;
  return `${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(digits)} ${unit}`;
}

/** Builds the figures from the deck's and the baseline's runs and facts. */
export function buildFigures(
  deck: readonly SiteRun[],
  baseline: readonly SiteRun[],
  deckFacts: SiteFacts,
  baselineFacts: SiteFacts,
  lighthouse: LighthouseRuns = { deck: [], baseline: [] },
): Figure[] {
  const figures: Figure[] = [];
  const add = (figure: Omit<Figure, 'comparison'> & { comparison?: string }): void => {
    figures.push({ comparison: ratio(figure.deck, figure.baseline), ...figure });
  };

  const firstSlide = over(deck, (r) => r.firstSlideMs);
  const firstSlideBase = over(baseline, (r) => r.firstSlideMs);
  add({
    id: 'first-slide',
    label: '1. First slide visible',
    unit: 'ms',
    deck: firstSlide,
    baseline: firstSlideBase,
    target: `≤ ${TARGETS.firstSlide.toFixed(2)}× baseline`,
    met:
      firstSlide && firstSlideBase
        ? firstSlide.median <= TARGETS.firstSlide * firstSlideBase.median
        : null,
    note: 'navigation → paint of the present slide of .reveal.ready',
  });
  add({
    id: 'first-slide-fonts',
    label: '1b. … in its web fonts',
    unit: 'ms',
    deck: over(deck, (r) => r.firstSlideFontsMs),
    baseline: over(baseline, (r) => r.firstSlideFontsMs),
    target: null,
    met: null,
    note: 'the same, once document.fonts.ready',
  });
  const cpu = over(deck, (r) => r.firstSlideMainThreadMs);
  const cpuBase = over(baseline, (r) => r.firstSlideMainThreadMs);
  add({
    id: 'first-slide-cpu',
    label: '1c. Main-thread CPU to first slide',
    unit: 'ms',
    deck: cpu,
    baseline: cpuBase,
    target: `≤ ${TARGETS.firstSlideCpu.toFixed(2)}× baseline`,
    met: cpu && cpuBase ? cpu.median <= TARGETS.firstSlideCpu * cpuBase.median : null,
    note: 'thread time of the tasks before that paint (Chromium trace): steadier than 1 under load',
  });

  const js = over(deck, (r) => r.firstSlideBytes.js / KB);
  const jsBase = over(baseline, (r) => r.firstSlideBytes.js / KB);
  const jsExtra = js && jsBase ? js.median - jsBase.median : null;
  add({
    id: 'first-slide-js',
    label: '2. JS before first slide, gzip',
    unit: 'kB',
    deck: js,
    baseline: jsBase,
    comparison: jsExtra === null ? '' : `${jsExtra >= 0 ? '+' : ''}${jsExtra.toFixed(1)} kB`,
    target: `≤ baseline + ${TARGETS.firstSlideJsKb} kB`,
    met: jsExtra === null ? null : jsExtra <= TARGETS.firstSlideJsKb,
    note: `site total ${(deckFacts.total.js / KB).toFixed(1)} kB (baseline ${(baselineFacts.total.js / KB).toFixed(1)} kB)`,
  });
  const all = over(deck, (r) => r.settledBytes.js / KB);
  const allBase = over(baseline, (r) => r.settledBytes.js / KB);
  const allExtra = all && allBase ? all.median - allBase.median : null;
  add({
    id: 'settled-js',
    label: '2d. All JS once settled, gzip',
    unit: 'kB',
    deck: all,
    baseline: allBase,
    comparison: allExtra === null ? '' : `${allExtra >= 0 ? '+' : ''}${allExtra.toFixed(1)} kB`,
    target: `≤ baseline + ${TARGETS.settledJsKb} kB`,
    met: allExtra === null ? null : allExtra <= TARGETS.settledJsKb,
    note: 'every JS file loaded on the first slide once the network is quiet (the map loads later); the target is the published deck’s (--deck dist-public)',
  });
  add({
    id: 'first-slide-css',
    label: '2b. CSS before first slide, gzip',
    unit: 'kB',
    deck: over(deck, (r) => r.firstSlideBytes.css / KB),
    baseline: over(baseline, (r) => r.firstSlideBytes.css / KB),
    target: null,
    met: null,
    note: `site total ${(deckFacts.total.css / KB).toFixed(1)} kB (baseline ${(baselineFacts.total.css / KB).toFixed(1)} kB)`,
  });
  add({
    id: 'first-slide-fonts-bytes',
    label: '2c. Fonts before first slide',
    unit: 'kB',
    deck: over(deck, (r) => r.firstSlideBytes.fontBytes / KB),
    baseline: over(baseline, (r) => r.firstSlideBytes.fontBytes / KB),
    comparison: '',
    target: null,
    met: null,
    note: `woff2, already compressed; site total ${(deckFacts.total.fontBytes / KB).toFixed(1)} kB`,
  });

  const mapNote =
    'none' in deckFacts.map
      ? deckFacts.map.none
      : `slide ${deckFacts.map.slide}, ${deckFacts.map.shapes} shapes and markers`;
  add({
    id: 'map-drawn',
    label: '3. Map slide: keypress → map drawn',
    unit: 'ms',
    deck: overSome(deck, (r) => r.map?.ms ?? null),
    baseline: null,
    target: null,
    met: null,
    note: mapNote,
  });
  const mapScript = overSome(deck, (r) => r.map?.scriptMs ?? null);
  add({
    id: 'map-script',
    label: '3b. Map slide: scripting',
    unit: 'ms',
    deck: mapScript,
    baseline: null,
    target: '< 16 ms',
    met: check(mapScript, (m) => m < 16),
    note:
      'none' in deckFacts.map
        ? deckFacts.map.none
        : 'CDP ScriptDuration from keypress to map drawn (slide change included)',
  });

  add({
    id: 'heap',
    label: '4. JS heap after load',
    unit: 'MB',
    deck: over(deck, (r) => r.heapBytes / MB),
    baseline: over(baseline, (r) => r.heapBytes / MB),
    target: null,
    met: null,
    note: 'CDP JSHeapUsedSize after a forced GC, network quiet',
  });

  // The floor of a page that ticks, measured in the same run: on a machine where one wake-up
  // costs milliseconds whatever the page does, what the pages' own code costs is the rest.
  const floorTick = overSome(baseline, (r) => perRepaint(r.clock));
  const floorCpu = overSome(baseline, (r) => r.clock?.cpuPercent ?? null);
  const noFloor = 'n/a: no clock page in the baseline build';
  add({
    id: 'floor-clock',
    label: '5. Floor: bare clock page, per update',
    unit: 'ms',
    deck: null,
    baseline: floorTick,
    comparison: '',
    target: null,
    met: null,
    note: baselineFacts.pages.clock
      ? `${baselineFacts.pages.clock}: one text changed each second, the same timer and theme; ${floorCpu ? floorCpu.median.toFixed(2) : '–'} % of one core`
      : noFloor,
  });
  const tickTarget = `≤ ${TARGETS.tickBeyondFloorMs} ms beyond the clock page`;
  /** The cost per update of `pick`'s window, absolute and beyond the floor, with its target. */
  const tickFigure = (
    id: string,
    label: string,
    pick: (run: SiteRun) => IdleSample | null,
    note: string,
  ): void => {
    const tick = overSome(deck, (r) => perRepaint(pick(r)));
    const extra = beyondFloor(
      deck,
      baseline,
      (r) => perRepaint(pick(r)),
      (r) => perRepaint(r.clock),
    );
    add({
      id,
      label,
      unit: 'ms',
      deck: tick,
      baseline: floorTick,
      comparison: formatBeyond(extra, 'ms', 1),
      target: tickTarget,
      met: extra ? extra.median <= TARGETS.tickBeyondFloorMs : null,
      note: tick
        ? `${note}; task time in the window ÷ DOM updates, beyond: run by run against the clock page`
        : `${note}; no DOM update in the window (it sleeps until its text can change): see its CPU against the floor's`,
    });
  };

  const idle = over(deck, (r) => r.idle.cpuPercent);
  const idleRepaints = overSome(deck, (r) => perSecond(r.idle));
  add({
    id: 'idle-deck',
    label: '5. Idle CPU: deck, first slide',
    unit: '%',
    deck: idle,
    baseline: over(baseline, (r) => r.idle.cpuPercent),
    comparison: '',
    target: '< 0.5 % of one core',
    met: check(idle, (m) => m < 0.5),
    note: `% of one core (CDP TaskDuration); ${idleRepaints ? idleRepaints.median.toFixed(2) : '0'} DOM updates/s, ${renderingNote(deck.map((r) => r.idle))}; the clock page: ${floorCpu ? floorCpu.median.toFixed(2) : '–'} %`,
  });
  tickFigure(
    'deck-tick',
    '5. deck, holding slide: cost per update',
    (r) => r.idle,
    'its countdown',
  );
  const pageFigures = (key: 'runOfShow' | 'speaker', name: string, tickTarget: boolean): void => {
    const page = deckFacts.pages[key];
    const missing = `n/a: no ${name} page`;
    const cpu = overSome(deck, (r) => r[key]?.cpuPercent ?? null);
    const cpuExtra = beyondFloor(
      deck,
      baseline,
      (r) => r[key]?.cpuPercent ?? null,
      (r) => r.clock?.cpuPercent ?? null,
    );
    add({
      id: `idle-${name}`,
      label: `5. Idle CPU: ${name}`,
      unit: '%',
      deck: cpu,
      baseline: floorCpu,
      comparison: formatBeyond(cpuExtra, '%', 2),
      target: null,
      met: null,
      note: page ? `${page}; baseline: the clock page` : missing,
    });
    const rate = overSome(deck, (r) => perSecond(r[key]));
    add({
      id: `${name}-updates`,
      label: `5. ${name}: DOM updates`,
      unit: '/s',
      deck: rate,
      baseline: null,
      target: tickTarget ? '≤ 1 /s' : null,
      met: tickTarget ? check(rate, (m) => m <= 1.05) : null,
      note: page
        ? `MutationObserver batches on the whole document; ${renderingNote(deck.map((r) => r[key]))}`
        : missing,
    });
    if (page) tickFigure(`${name}-tick`, `5. ${name}: cost per update`, (r) => r[key], page);
    else
      add({
        id: `${name}-tick`,
        label: `5. ${name}: cost per update`,
        unit: 'ms',
        deck: null,
        baseline: null,
        target: null,
        met: null,
        note: missing,
      });
  };
  pageFigures('runOfShow', 'run-of-show', true);
  pageFigures('speaker', 'speaker', false);

  add({
    id: 'slide-change',
    label: '6. Slide change to the heaviest slide',
    unit: 'ms',
    deck: over(deck, (r) => r.slideChange.ms),
    baseline: over(baseline, (r) => r.slideChange.ms),
    target: null,
    met: null,
    note: `keypress → paint after slidechanged; deck: ${deckFacts.heaviest.slide} (${deckFacts.heaviest.elements} elements), baseline: ${baselineFacts.heaviest.slide} (${baselineFacts.heaviest.elements})`,
  });

  const skipped = 'n/a: not run (--lighthouse 0)';
  const score = over(lighthouse.deck, (r) => r.score);
  const scoreBase = over(lighthouse.baseline, (r) => r.score);
  const scoreDiff = score && scoreBase ? score.median - scoreBase.median : null;
  add({
    id: 'lighthouse-score',
    label: '7. Lighthouse performance (mobile)',
    unit: 'score',
    deck: score,
    baseline: scoreBase,
    comparison:
      scoreDiff === null ? '' : `${scoreDiff >= 0 ? '+' : '−'}${Math.abs(scoreDiff).toFixed(2)}`,
    target: '≥ baseline',
    met: scoreDiff === null ? null : scoreDiff >= 0,
    note:
      lighthouse.deck.length === 0
        ? skipped
        : `median of ${lighthouse.deck.length} run(s) each; simulated slow 4G and 4× CPU; TBT ${over(lighthouse.deck, (r) => r.tbtMs)!.median.toFixed(0)} vs ${over(lighthouse.baseline, (r) => r.tbtMs)?.median.toFixed(0) ?? '–'} ms`,
  });
  const lcp = over(lighthouse.deck, (r) => r.lcpMs);
  const lcpBase = over(lighthouse.baseline, (r) => r.lcpMs);
  const lcpElement = lighthouse.deck[0]?.lcpElement;
  add({
    id: 'lighthouse-lcp',
    label: '7b. Lighthouse LCP (mobile)',
    unit: 'ms',
    deck: lcp,
    baseline: lcpBase,
    target: `≤ ${TARGETS.lighthouseLcp.toFixed(2)}× baseline`,
    met: lcp && lcpBase ? lcp.median <= TARGETS.lighthouseLcp * lcpBase.median : null,
    note:
      lighthouse.deck.length === 0
        ? skipped
        : `FCP ${over(lighthouse.deck, (r) => r.fcpMs)!.median.toFixed(0)} vs ${over(lighthouse.baseline, (r) => r.fcpMs)?.median.toFixed(0) ?? '–'} ms; deck's LCP element: ${lcpElement || 'unknown'}`,
  });
  return figures;
}
