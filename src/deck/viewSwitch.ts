/**
 * Switching between the slides and reveal.js's scroll view (`?view=scroll`), a readable page
 * for viewers, screen readers and phones. Pure helpers plus the link the title and closing
 * slides carry.
 */
import { h } from '../lib/h.ts';

/** How the deck is shown. */
export type DeckView = 'slides' | 'scroll';

/** The key that switches views (reveal lists it in its `?` help). */
export const VIEW_SWITCH_KEY = { keyCode: 87, key: 'W' } as const;

/** Reads the view a URL's query string asks for. */
export function parseDeckView(search: string): DeckView {
  return new URLSearchParams(search).get('view') === 'scroll' ? 'scroll' : 'slides';
}

/** Every `?view=` the deck knows: the two views, and reveal.js's print layout. */
const KNOWN_VIEWS: readonly string[] = ['slides', 'scroll', 'print'];

/**
 * The view a link asks for when the deck has no such view (it then opens as slides), or
 * `null` when it asks for none or a known one.
 * @example findUnknownView('?view=scrol') // "scrol"
 */
export function findUnknownView(search: string): string | null {
  const asked = new URLSearchParams(search).get('view');
  return asked === null || KNOWN_VIEWS.includes(asked) ? null : asked;
}

/**
 * The query string and hash that show the same slide in the other view, keeping every
 * other query parameter (e.g. `transition=none`).
 * @example buildViewSwitchHref('?transition=none', '#/programme') // "?transition=none&view=scroll#/programme"
 */
export function buildViewSwitchHref(search: string, hash: string): string {
  const params = new URLSearchParams(search);
  if (parseDeckView(search) === 'scroll') params.delete('view');
  else params.set('view', 'scroll');
  const query = params.toString();
  // An empty "?" keeps the page's own file name, which a bare "#…" or "./" would not on file://.
  return `?${query}${hash}`;
}

/**
 * The small link to the other view, shown on the title and closing slides. `keyHint` adds
 * "or press W", for readers of the published deck; a projected slide goes without it.
 */
export function renderViewSwitch(view: DeckView, { keyHint = true } = {}): HTMLElement {
  const [text, hint] =
    view === 'scroll'
      ? ['Show as slides', 'or press W']
      : ['Read the whole deck as one page', 'or press W'];
  return h(
    'p',
    { class: 'view-switch' },
    h(
      'a',
      {
        href: view === 'scroll' ? '?' : '?view=scroll',
        'data-testid': 'deck.view-switch',
      },
      text,
    ),
    keyHint ? ` ${hint}` : null,
  );
}
