import type { PartyState } from '../../data/types.ts';
import { h } from '../lib/h.ts';
import { formatDeposit, formatInForce } from './describeParty.ts';

/**
 * The tooltip's content for a State: its name, then each convention with its dates. The
 * convention's swatch uses the same class as the map (`in-i` for the i-th convention).
 */
export function renderPartyTooltip(
  state: PartyState,
  conventions: readonly string[],
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(
    h('p', { class: 'map-tooltip-name' }, state.name),
    h(
      'ul',
      { class: 'map-tooltip-list' },
      state.memberships.map((m) =>
        h(
          'li',
          { class: `map-tooltip-item in-${conventions.indexOf(m.convention.id)}` },
          h('span', { class: 'map-tooltip-convention' }, m.convention.shortName),
          h('span', { class: 'map-tooltip-date' }, formatDeposit(m)),
          h(
            'span',
            { class: 'map-tooltip-date' },
            formatInForce(m) ?? 'Entry into force not confirmed',
          ),
        ),
      ),
    ),
  );
  return fragment;
}
