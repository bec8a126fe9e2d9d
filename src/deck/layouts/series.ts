/**
 * The series slide: the webinar's place in its series.
 */
import { h, type Child } from '../../lib/h.ts';
import { formatAnnouncedDate } from '../../time/format.ts';
import { type LayoutContext, renderText } from './layoutContext.ts';

/** The series slide's data: the webinar's place in its series. */
export function renderSeries(ctx: LayoutContext): Child[] {
  const { series, event } = ctx.model;
  return [
    renderText('h2', {}, ctx.text?.title),
    h(
      'ol',
      { class: 'series', 'data-testid': 'deck.series' },
      series.entries.map((entry) =>
        h(
          'li',
          { class: `series-${entry.kind}`, 'data-entry': entry.id },
          h(
            'span',
            { class: 'series-when' },
            entry.when && entry.precision !== 'none'
              ? formatAnnouncedDate(entry.when, event.timeZone, entry.precision)
              : 'Date to be announced',
          ),
          h('span', { class: 'series-title' }, entry.title),
        ),
      ),
    ),
  ];
}
