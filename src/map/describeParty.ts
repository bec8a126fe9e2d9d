/**
 * Words for a State Party's record, shared by the map's tooltip, its accessible names and
 * the table, so that all three say the same thing.
 */
import type { Membership, PartyDate, PartyState } from '../../data/types.ts';
import { formatCalendarDate } from '../time/format.ts';

/**
 * A date at the precision known, marked when inferred; `null` when unknown.
 * @example formatPartyDate(deposit) // "3 Mar 2031", "Apr 2031", "3 Mar 2031 (inferred)"
 */
export function formatPartyDate(date: PartyDate): string | null {
  if (!date.date || date.precision === 'none') return null;
  const text = formatCalendarDate(date.date, date.precision);
  return date.basis === 'inferred' ? `${text} (inferred)` : text;
}

/**
 * The deposit, with the instrument when known.
 * @example formatDeposit(membership) // "Deposited 3 Mar 2031 (acceptance)"
 */
export function formatDeposit(membership: Membership): string {
  const { party } = membership;
  const date = formatPartyDate(party.deposit);
  const instrument = party.instrument ? ` (${party.instrument})` : '';
  return date ? `Deposited ${date}${instrument}` : `Deposit date not confirmed${instrument}`;
}

/**
 * The entry into force for the State, or `null` when unknown.
 * @example formatInForce(membership) // "In force 3 Jun 2031"
 */
export function formatInForce(membership: Membership): string | null {
  const date = formatPartyDate(membership.party.entryIntoForce);
  return date ? `In force ${date}` : null;
}

/**
 * One membership in a sentence.
 * @example describeMembership(m) // "Lima Convention: deposited 3 Mar 2031 (acceptance); in force 3 Jun 2031"
 */
export function describeMembership(membership: Membership): string {
  const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
  const parts = [formatDeposit(membership), formatInForce(membership)].flatMap((p) =>
    p === null ? [] : [lowerFirst(p)],
  );
  return `${membership.convention.shortName}: ${parts.join('; ')}`;
}

/**
 * The State and all its memberships, for its accessible name on the map.
 * @example describeState(state) // "Ruritania. Lima Convention: deposited …. Oslo Convention: …."
 */
export function describeState(state: PartyState): string {
  return [state.name, ...state.memberships.map(describeMembership)].join('. ') + '.';
}
