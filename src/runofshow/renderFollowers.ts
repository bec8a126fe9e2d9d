/**
 * The run-of-show's count of attendees following the live deck on their own devices (the
 * follow link), as the live server adds it up over all its processes.
 */
import { h } from '../lib/h.ts';

/**
 * How many follow now, in a line for the live bar; nothing before the server has said.
 * @example renderFollowers(312).textContent // "312 following the deck"
 */
export function renderFollowers(count: number | null): HTMLElement | null {
  if (count === null) return null;
  return h(
    'p',
    {
      class: 'live-followers',
      'data-testid': 'run-of-show.followers',
      'data-count': String(count),
      title: 'Attendees following the live deck on their own screens, through the follow link',
    },
    `${count} following the deck`,
  );
}
