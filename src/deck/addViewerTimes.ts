/**
 * Adds what depends on the viewer's zone onto sections the build rendered in the event's
 * zone: each time range gains the viewer's time where it differs, and the programme's
 * caption says so. Runs after the first paint; the result equals what `buildDeck` builds
 * for that zone (tests/build/prerender.test.ts).
 */
import type { DateTime } from 'luxon';
import type { Model } from '../../data/types.ts';
import type { Schedule } from '../show/schedule.ts';
import { renderProgrammeCaption } from './layouts/programme.ts';
import { renderTimes } from './layouts/times.ts';
import type { LayoutContext } from './layouts/layoutContext.ts';

/**
 * Replaces `el` with `next` unless they are the same, and says whether it did. Compared as
 * HTML: `h()` makes one text node per piece where parsed HTML has one for the whole run.
 */
function replaceIfChanged(el: Element, next: Element): boolean {
  if (el.outerHTML === next.outerHTML) return false;
  el.replaceWith(next);
  return true;
}

/**
 * Re-renders the time ranges and captions under `root` for `viewerZone`, and says whether
 * anything changed (so the deck can lay itself out again).
 */
export function addViewerTimes(
  root: ParentNode,
  model: Model,
  schedule: Schedule,
  viewerZone: string,
): boolean {
  const ctx: LayoutContext = { model, schedule, viewerZone, segment: null };
  const instants = new Map<string, DateTime>();
  for (const instant of [
    schedule.start,
    schedule.end,
    ...schedule.segments.flatMap((s) => [s.start, s.end]),
  ]) {
    const iso = instant.toISO();
    if (iso) instants.set(iso, instant);
  }
  let changed = false;
  for (const el of root.querySelectorAll<HTMLElement>('.times[data-start][data-end]')) {
    const start = instants.get(el.dataset.start ?? '');
    const end = instants.get(el.dataset.end ?? '');
    if (!start || !end) continue;
    const labelled = el.dataset.labelled !== undefined;
    changed = replaceIfChanged(el, renderTimes(ctx, start, end, { labelled })) || changed;
  }
  for (const el of root.querySelectorAll('.programme-caption')) {
    changed = replaceIfChanged(el, renderProgrammeCaption(ctx)) || changed;
  }
  return changed;
}
