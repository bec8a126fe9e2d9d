/**
 * The friendly page for a missing or unknown speaker: every speaker's link.
 */
import type { Model } from '../../data/types.ts';
import { h, type Child } from '../lib/h.ts';
import { formatSpeakerName } from '../show/cues.ts';

/** The friendly page for a missing or unknown `?speaker=`: every speaker's link. */
export function renderSpeakerIndex(
  model: Model,
  speakerHref: (id: string) => string,
  unknownId: string | null,
  extra: Child = null,
): HTMLElement {
  return h(
    'main',
    { class: 'sp sp-index', 'data-testid': 'speaker.index' },
    h('p', { class: 'sp-kicker' }, `Speaker pages · ${model.event.sessionLabel}`),
    h('h1', {}, 'Choose your page'),
    unknownId !== null
      ? h(
          'p',
          { class: 'notice', role: 'status', 'data-testid': 'speaker.notice' },
          `There is no speaker page for “${unknownId}”. The link may be mistyped; choose your name below.`,
        )
      : h(
          'p',
          { class: 'sp-muted' },
          'Each speaker has a page with their times, notes, cues and a rehearsal clock.',
        ),
    h(
      'ul',
      { class: 'sp-index-list' },
      model.speakers.map((s) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: speakerHref(s.id), 'data-testid': 'speaker.link', 'data-speaker': s.id },
            formatSpeakerName(s),
          ),
          h('span', { class: 'sp-muted' }, ` · ${s.role}, ${s.organisation} · ${s.timeZoneLabel}`),
        ),
      ),
    ),
    extra,
  );
}
