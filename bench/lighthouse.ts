/**
 * Lighthouse's performance audit of both sites, as an independent check of the bench's own
 * figures: its default mobile run (a mid-range phone, slow 4G and a 4× slower CPU, simulated
 * from one unthrottled load), on the same Debian Chromium and launch flags as the rest.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

/** What one Lighthouse run of one page found. */
export interface LighthouseSample {
  /** The performance category's score, 0–1. */
  readonly score: number;
  /** Largest Contentful Paint, simulated, in ms. */
  readonly lcpMs: number;
  /** First Contentful Paint, simulated, in ms. */
  readonly fcpMs: number;
  /** Total Blocking Time, simulated, in ms. */
  readonly tbtMs: number;
  /** The element Lighthouse took as the largest contentful paint (a CSS selector), or "". */
  readonly lcpElement: string;
}

/** A Chromium that Lighthouse drives over its remote-debugging port. */
export interface LighthouseLab {
  run(url: string): Promise<LighthouseSample>;
  close(): void;
}

/** Reads a numeric audit, failing clearly when Lighthouse could not compute it. */
function numeric(lhr: { audits: Record<string, { numericValue?: number }> }, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (typeof value !== 'number') throw new Error(`[bench] Lighthouse gave no value for ${id}.`);
  return value;
}

/** The LCP element's selector, from the `largest-contentful-paint-element` audit's table. */
function lcpElementOf(details: unknown): string {
  // details: { items: [{ items: [{ node: { selector } }] }] } (a list of tables).
  const table = (details as { items?: { items?: { node?: { selector?: string } }[] }[] } | null)
    ?.items?.[0]?.items?.[0];
  return table?.node?.selector ?? '';
}

/** Starts headless Chromium for Lighthouse. */
export async function startLighthouse(): Promise<LighthouseLab> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    // Lighthouse's own flags (no default-browser check, no extensions…) are added by it.
    logLevel: 'silent',
  });
  return {
    async run(url) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`[bench] Lighthouse returned no report for ${url}.`);
      if (lhr.runtimeError) {
        throw new Error(`[bench] Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      }
      const score = lhr.categories.performance?.score;
      if (typeof score !== 'number') {
        throw new Error(`[bench] Lighthouse gave no performance score for ${url}.`);
      }
      return {
        score,
        lcpMs: numeric(lhr, 'largest-contentful-paint'),
        fcpMs: numeric(lhr, 'first-contentful-paint'),
        tbtMs: numeric(lhr, 'total-blocking-time'),
        lcpElement: lcpElementOf(lhr.audits['largest-contentful-paint-element']?.details),
      };
    },
    close() {
      chrome.kill();
    },
  };
}
