/**
 * The organisers and their roles.
 */
import type { Model } from '../../../data/types.ts';
import { h } from '../../lib/h.ts';

const ORGANISER_ROLE_LABEL: Record<Model['event']['organisers'][number]['role'], string> = {
  host: 'Hosted by',
  partner: 'In cooperation with',
};

/**
 * The organisers as a row of marks along the foot of the cover slides, each under its role:
 * its logo file (from `public/`, named in data/event.ts) or, without one, its name set as a
 * wordmark in HTML, so that it is drawn in the deck's own web font (an `<img>` SVG cannot use
 * the page's fonts and falls back to whatever the viewer's system has).
 */
export function renderOrganisers(event: Model['event']): HTMLElement {
  return h(
    'ul',
    { class: 'organisers', 'aria-label': 'Organisers', 'data-testid': 'deck.organisers' },
    event.organisers.map((o) =>
      h(
        'li',
        { class: `organiser organiser-${o.role}` },
        h('span', { class: 'organiser-role' }, ORGANISER_ROLE_LABEL[o.role]),
        o.logo
          ? h('img', { class: 'organiser-logo', src: o.logo, alt: o.name })
          : h('span', { class: 'organiser-wordmark' }, o.shortName ?? o.name),
      ),
    ),
  );
}
