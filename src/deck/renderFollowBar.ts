/**
 * The follower's bar on the viewers' deck: whether it follows the live slide (`live`), has
 * stepped away (`paused`, with "Back to the live slide") or lost the server (`offline`), and
 * the polite live region that reads each live slide change to screen readers.
 */
import { h } from '../lib/h.ts';

/** What the bar says. */
export type FollowState = 'connecting' | 'live' | 'paused' | 'offline';

/** Words under the status, for each state. */
const DETAILS: Readonly<Record<FollowState, string>> = {
  connecting: 'Connecting to the live deck…',
  live: 'Following the host’s slides',
  paused: 'You stepped away from the live slide',
  offline: 'Reconnecting; the slides are yours meanwhile',
};

/** The bar's elements, built once and changed in place. */
export interface FollowBar {
  readonly root: HTMLElement;
  readonly status: HTMLElement;
  readonly detail: HTMLElement;
  readonly back: HTMLButtonElement;
  /** The polite live region for slide changes. */
  readonly announcer: HTMLElement;
}

/** Builds the bar; `onBack` runs when the attendee asks for the live slide again. */
export function renderFollowBar(onBack: () => void): FollowBar {
  const status = h('strong', { class: 'follow-status', 'data-testid': 'follow.status' });
  const detail = h('span', { class: 'follow-detail' });
  const back = h(
    'button',
    { type: 'button', class: 'follow-back', 'data-testid': 'follow.back', hidden: true },
    'Back to the live slide',
    h('kbd', { class: 'follow-key', 'aria-hidden': 'true' }, 'L'),
  );
  back.addEventListener('click', onBack);
  // Heard, not seen: the deck page's own visually-hidden class (map.css, loaded with every deck).
  const announcer = h('div', {
    class: 'visually-hidden',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    'data-testid': 'follow.announce',
  });
  const root = h(
    'aside',
    { class: 'follow-bar', 'aria-label': 'Live deck', 'data-state': 'connecting' },
    h('span', { class: 'follow-dot', 'aria-hidden': 'true' }),
    h('span', { class: 'follow-words' }, status, detail),
    back,
    announcer,
  );
  return { root, status, detail, back, announcer };
}

/** Shows `state` in the bar. */
export function showFollowState(bar: FollowBar, state: FollowState): void {
  if (bar.root.dataset.state === state && bar.status.textContent !== '') return;
  bar.root.dataset.state = state;
  bar.status.textContent = state;
  bar.detail.textContent = DETAILS[state];
  bar.back.hidden = state !== 'paused';
}

/**
 * The bar's place taken by a refusal: a full live deck (with the published deck's link) or a
 * link that is not valid. The deck stays the attendee's to read.
 */
export function renderFollowRefusal(
  reason: 'full' | 'invalid-key' | 'not-allowed',
  publishedHref: string,
  invalidMessage: string,
): HTMLElement {
  if (reason === 'full') {
    return h(
      'p',
      { class: 'follow-refusal', role: 'status', 'data-testid': 'follow.full' },
      'This live deck is full; the published deck is here: ',
      h('a', { href: publishedHref }, 'read the slides on your own'),
      '.',
    );
  }
  return h(
    'p',
    { class: 'follow-refusal', role: 'status', 'data-testid': 'follow.refused' },
    reason === 'invalid-key' ? invalidMessage : 'The live deck stopped this page from following.',
  );
}
