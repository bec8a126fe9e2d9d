/**
 * The run-of-show's links to every speaker's page.
 */
import { h } from '../../lib/h.ts';
import { formatSpeakerName } from '../../show/cues.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

/** Links to every speaker's page. */
export function renderSpeakerLinks(ctx: RunOfShowContext): HTMLElement {
  return h(
    'nav',
    { class: 'ros-speakers', 'aria-label': 'Speaker pages' },
    h('h2', { class: 'ros-section-title' }, 'Speaker pages'),
    h(
      'ul',
      {},
      ctx.model.speakers.map((s) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: ctx.speakerHref(s.id),
              'data-testid': 'run-of-show.speaker-link',
              'data-speaker': s.id,
            },
            formatSpeakerName(s),
          ),
          ` · ${s.timeZoneLabel}`,
        ),
      ),
    ),
  );
}
