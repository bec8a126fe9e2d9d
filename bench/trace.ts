/**
 * Reading a Chromium trace of one page load: the page's main thread and its work up to a
 * moment given in the page's own clock (`performance.now()`, from navigation start).
 */
import type { Browser, Page } from '@playwright/test';

/** One event of a Chromium trace (the fields used here). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** Start, in µs of the trace clock. */
  readonly ts: number;
  readonly dur?: number;
  /** Thread time in µs, which a busy machine inflates far less than `dur`. */
  readonly tdur?: number;
  readonly args?: { readonly data?: { readonly isLoadingMainFrame?: boolean } };
}

/**
 * The main thread's tasks (`toplevel`, with thread time), the kinds of work inside them
 * (`devtools.timeline`) and the navigation start (`blink.user_timing`): light enough to run
 * during the bench's measured loads.
 */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];

/** Also the scripts' and the layout's details, for profiling rather than measuring. */
export const DETAILED_TRACE_CATEGORIES = [
  ...TRACE_CATEGORIES,
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

/** The name of a task on the main thread in the `toplevel` category. */
export const TASK = 'ThreadControllerImpl::RunTask';

/** Starts a trace of `page`'s browser; call before the page navigates. */
export async function startTrace(
  browser: Browser,
  page: Page,
  categories: readonly string[] = TRACE_CATEGORIES,
): Promise<void> {
  await browser.startTracing(page, { categories: [...categories] });
}

/** Stops the trace and returns its events. */
export async function stopTrace(browser: Browser): Promise<TraceEvent[]> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  return trace.traceEvents;
}

/**
 * The complete events of the page's main thread (the thread that parsed its HTML) that
 * started between its navigation and `atMs` after it.
 * @throws Error when the trace holds no page load.
 */
export function mainThreadEventsBefore(events: readonly TraceEvent[], atMs: number): TraceEvent[] {
  const parse = events.find((e) => e.name === 'ParseHTML');
  const start = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame,
  );
  if (!parse || !start) throw new Error('[bench] The trace holds no page load.');
  const cutoff = start.ts + atMs * 1000;
  return events.filter(
    (e) =>
      e.pid === parse.pid &&
      e.tid === parse.tid &&
      e.ph === 'X' &&
      e.ts >= start.ts &&
      e.ts <= cutoff,
  );
}

/** Thread time in ms of the events named `name` (`TASK`: every task). */
export function threadMs(events: readonly TraceEvent[], name: string): number {
  return events
    .filter((e) => e.name === name)
    .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
}
