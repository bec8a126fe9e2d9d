/**
 * The data-driven part of each slide layout, one renderer per layout (in src/deck/layouts/).
 * Pure: model in, DOM nodes out. Times come from the schedule and are formatted by
 * `src/time/format`.
 */
import type { Child } from '../lib/h.ts';
import type { Layout } from './layouts.ts';
import { renderMapLayout, renderPartiesOverview } from '../map/renderMapSlides.ts';
import type { LayoutContext } from './layouts/layoutContext.ts';
import { renderHolding } from './layouts/holding.ts';
import { renderTitle } from './layouts/title.ts';
import { renderProgramme } from './layouts/programme.ts';
import { renderSegmentOpening } from './layouts/segmentOpening.ts';
import { renderObjectives, renderGains } from './layouts/objectives.ts';
import { renderBackground } from './layouts/background.ts';
import { renderSeries } from './layouts/series.ts';
import { renderClosing } from './layouts/closing.ts';

const RENDERERS: Record<Layout, (ctx: LayoutContext) => Child[]> = {
  holding: renderHolding,
  title: renderTitle,
  programme: renderProgramme,
  segment: renderSegmentOpening,
  objectives: renderObjectives,
  gains: renderGains,
  background: renderBackground,
  series: renderSeries,
  map: (ctx) => renderMapLayout(ctx.model),
  'map-table': (ctx) => renderPartiesOverview(ctx.model),
  content: () => [],
  // The author's words alone; the layout sets its first list as a row of cards.
  points: () => [],
  closing: renderClosing,
};

/** Renders the data-driven part of a layout; the author's markdown follows it. */
export function renderLayout(layout: Layout, ctx: LayoutContext): Child[] {
  return RENDERERS[layout](ctx);
}
