import { describe, expect, it } from 'vitest';
import {
  buildFigures,
  type Figure,
  type SiteFacts,
  type SiteRun,
} from '../../../bench/buildFigures.ts';
import { formatReport, formatSummary } from '../../../bench/formatReport.ts';

const idle = { cpuPercent: 0.1, taskMs: 10, seconds: 10, repaints: 0, styleRecalcs: 0, layouts: 0 };

function run(overrides: Partial<SiteRun> = {}): SiteRun {
  return {
    firstSlideMs: 200,
    firstSlideFontsMs: 210,
    firstSlideMainThreadMs: 50,
    firstSlideBytes: { js: 50_000, css: 13_000, fontBytes: 0, files: [] },
    settledBytes: { js: 60_000, css: 13_000, fontBytes: 0, files: [] },
    heapBytes: 1_500_000,
    idle,
    slideChange: { ms: 20, scriptMs: 2 },
    map: null,
    runOfShow: null,
    speaker: null,
    clock: null,
    ...overrides,
  };
}

const facts: SiteFacts = {
  slides: 2,
  heaviest: { slide: '1/0', elements: 5 },
  map: { none: 'n/a: no map slide' },
  pages: { runOfShow: null, speaker: null, clock: null },
  total: { js: 50_000, css: 13_000, fontBytes: 0, files: [] },
};

const byId = (figures: Figure[], id: string): Figure => figures.find((f) => f.id === id)!;

describe('buildFigures', () => {
  it('compares the first slide with the baseline against the 1.10× target', () => {
    const within = buildFigures([run({ firstSlideMs: 219 })], [run()], facts, facts);
    expect(byId(within, 'first-slide')).toMatchObject({ comparison: '1.09×', met: true });
    const over = buildFigures([run({ firstSlideMs: 230 })], [run()], facts, facts);
    expect(byId(over, 'first-slide')).toMatchObject({ comparison: '1.15×', met: false });
  });

  it('holds the main thread’s CPU to the first slide to 1.15× the baseline’s', () => {
    const within = buildFigures([run({ firstSlideMainThreadMs: 57 })], [run()], facts, facts);
    expect(byId(within, 'first-slide-cpu')).toMatchObject({ comparison: '1.14×', met: true });
    const over = buildFigures([run({ firstSlideMainThreadMs: 60 })], [run()], facts, facts);
    expect(byId(over, 'first-slide-cpu')).toMatchObject({ comparison: '1.20×', met: false });
  });

  it('allows 30 kB of gzipped JS beyond the baseline before the first slide', () => {
    const bytes = { js: 81_000, css: 13_000, fontBytes: 0, files: [] };
    const figure = byId(
      buildFigures([run({ firstSlideBytes: bytes })], [run()], facts, facts),
      'first-slide-js',
    );
    expect(figure).toMatchObject({ comparison: '+31.0 kB', met: false });
  });

  it('compares Lighthouse’s score (≥ baseline) and LCP (within 10 %), or says it did not run', () => {
    const sample = { score: 0.95, lcpMs: 2300, fcpMs: 2200, tbtMs: 50, lcpElement: 'h1' };
    const figures = buildFigures([run()], [run()], facts, facts, {
      deck: [{ ...sample, score: 0.94, lcpMs: 2520 }],
      baseline: [sample],
    });
    expect(byId(figures, 'lighthouse-score')).toMatchObject({ comparison: '−0.01', met: false });
    expect(byId(figures, 'lighthouse-lcp')).toMatchObject({ comparison: '1.10×', met: true });
    expect(byId(figures, 'lighthouse-lcp').note).toContain("deck's LCP element: h1");
    const skipped = buildFigures([run()], [run()], facts, facts);
    expect(byId(skipped, 'lighthouse-score')).toMatchObject({
      deck: null,
      met: null,
      note: 'n/a: not run (--lighthouse 0)',
    });
  });

  it('says why there is no map figure, and measures the map when there is one', () => {
    const none = buildFigures([run()], [run()], facts, facts);
    expect(byId(none, 'map-script')).toMatchObject({
      deck: null,
      met: null,
      note: 'n/a: no map slide',
    });
    const withMap = buildFigures(
      [run({ map: { ms: 80, scriptMs: 12 } })],
      [run()],
      { ...facts, map: { slide: 'map', shapes: 180 } },
      facts,
    );
    expect(byId(withMap, 'map-script')).toMatchObject({ met: true });
    expect(byId(withMap, 'map-drawn').note).toBe('slide map, 180 shapes and markers');
  });

  it('costs run-of-show ticks per DOM update, beyond the bare clock page measured in the same run', () => {
    const ticking = {
      ...idle,
      cpuPercent: 0.3,
      taskMs: 30,
      repaints: 20,
      styleRecalcs: 20,
      layouts: 10,
    };
    // The floor: 10 updates at 1 ms each, then 12 at 1.25 ms.
    const floor = (taskMs: number, repaints: number) => ({
      ...idle,
      cpuPercent: taskMs / 100,
      taskMs,
      repaints,
    });
    const deckFacts: SiteFacts = {
      ...facts,
      pages: { runOfShow: 'run-of-show.html', speaker: 'speaker.html', clock: null },
    };
    const baseFacts: SiteFacts = {
      ...facts,
      pages: { runOfShow: null, speaker: null, clock: 'clock.html' },
    };
    const figures = buildFigures(
      [run({ runOfShow: ticking, speaker: idle }), run({ runOfShow: { ...ticking, taskMs: 90 } })],
      [run({ clock: floor(10, 10) }), run({ clock: floor(15, 12) })],
      deckFacts,
      baseFacts,
    );
    // Absolute 1.5 and 4.5 ms; beyond the floor 0.5 and 3.25 ms: the median is 1.875 ms.
    expect(byId(figures, 'run-of-show-tick')).toMatchObject({
      comparison: '+1.9 ms',
      target: '≤ 2 ms beyond the clock page',
      met: true,
    });
    expect(byId(figures, 'run-of-show-tick').deck?.median).toBe(3);
    expect(byId(figures, 'run-of-show-tick').baseline?.median).toBe(1.125);
    expect(byId(figures, 'floor-clock').baseline?.median).toBe(1.125);
    expect(byId(figures, 'run-of-show-updates')).toMatchObject({ met: false });
    expect(byId(figures, 'run-of-show-updates').note).toContain(
      '2.00 style recalcs/s, 1.00 layouts/s',
    );
    // A page that changed nothing: no cost per update, its CPU against the floor's.
    expect(byId(figures, 'speaker-tick')).toMatchObject({ deck: null, met: null });
    expect(byId(figures, 'speaker-tick').note).toContain('no DOM update in the window');
    expect(byId(figures, 'idle-speaker')).toMatchObject({ comparison: '+0.00 %' });
    expect(byId(figures, 'idle-speaker').baseline?.median).toBe(0.125);

    const slow = buildFigures(
      [run({ runOfShow: { ...ticking, taskMs: 100 } })],
      [run({ clock: floor(10, 10) })],
      deckFacts,
      baseFacts,
    );
    expect(byId(slow, 'run-of-show-tick')).toMatchObject({ comparison: '+4.0 ms', met: false });
    const noFloor = buildFigures([run({ runOfShow: ticking })], [run()], deckFacts, facts);
    expect(byId(noFloor, 'run-of-show-tick')).toMatchObject({ met: null, comparison: '' });
    expect(byId(noFloor, 'floor-clock').note).toMatch(/^n\/a: /);
    expect(byId(noFloor, 'idle-speaker').note).toBe('speaker.html; baseline: the clock page');
  });
});

describe('formatReport', () => {
  it('prints medians with their spread, and marks missed targets', () => {
    expect(formatSummary({ median: 412.4, min: 380, max: 455.6, n: 3, values: [] }, 'ms')).toBe(
      '412 (380–456) ms',
    );
    const report = formatReport(buildFigures([run({ firstSlideMs: 400 })], [run()], facts, facts));
    const line = report.split('\n').find((l) => l.includes('1. First slide visible'));
    expect(line).toContain('2.00×');
    expect(line).toContain('≤ 1.10× baseline ✗ missed');
  });
});

describe('formatReport of a ticking page', () => {
  it('shows the cost per update absolute, the floor beside it, and the difference', () => {
    const figures = buildFigures(
      [run({ runOfShow: { ...idle, taskMs: 125, repaints: 10 } })],
      [run({ clock: { ...idle, taskMs: 50, repaints: 10 } })],
      { ...facts, pages: { runOfShow: 'run-of-show.html', speaker: null, clock: null } },
      { ...facts, pages: { runOfShow: null, speaker: null, clock: 'clock.html' } },
    );
    const line = formatReport(figures)
      .split('\n')
      .find((l) => l.includes('5. run-of-show: cost per update'));
    expect(line).toContain('| 12.5 ms');
    expect(line).toContain('| 5.0 ms');
    expect(line).toContain('+7.5 ms');
    expect(line).toContain('≤ 2 ms beyond the clock page ✗ missed');
  });
});
