/**
 * Takes a page's key out of its address as soon as the page starts: a key left in the
 * address bar shows on every shared screen and screenshot. The key goes to this tab's
 * sessionStorage, so a reload in the same tab keeps the live show, and no other tab, window
 * or later visit sees it. Keys come from the fragment only (`#live=…`), which browsers never
 * send; an old link with `?live=` in its query (which proxies log) is removed and refused.
 * Tiny and engine-free: the deck calls it before reveal.js reads the fragment.
 */
import { LIVE_KEY_PARAM } from './liveKey.ts';

/** What the page's address (or this tab) gave: a key, an old query-string link, or nothing. */
export type TakenKey =
  { readonly kind: 'key'; readonly text: string } | { readonly kind: 'query' } | null;

/** What a page says about an old `?live=` link. */
export const QUERY_KEY_MESSAGE =
  'This is an old kind of link, with its key in the address where proxies log it, so this show no longer takes it: ask the host for a new one. This page goes on from the clock, without the live show.';

const storageName = (page: string): string => `live-key:${page}`;

/** The parts of `window` this needs (tests pass their own). */
export interface KeyWindow {
  readonly location: Pick<Location, 'href'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Reads the key for `page` (`deck`, `run-of-show`, `speaker:<id>`) from the address and
 * removes it from there at once, or reads the one this tab kept.
 */
export function takeLiveKey(page: string, win: KeyWindow = window): TakenKey {
  const url = new URL(win.location.href);
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  const fromFragment = url.hash.startsWith(`#${LIVE_KEY_PARAM}=`)
    ? fragment.get(LIVE_KEY_PARAM)
    : null;
  const fromQuery = url.searchParams.has(LIVE_KEY_PARAM);
  if (fromQuery) url.searchParams.delete(LIVE_KEY_PARAM);
  if (fromFragment !== null) url.hash = '';
  if (fromQuery || fromFragment !== null) {
    win.history.replaceState(win.history.state, '', url.href);
  }
  if (fromQuery && fromFragment === null) return { kind: 'query' };
  try {
    if (fromFragment !== null) {
      win.sessionStorage.setItem(storageName(page), fromFragment);
      return { kind: 'key', text: fromFragment };
    }
    const kept = win.sessionStorage.getItem(storageName(page));
    return kept === null ? null : { kind: 'key', text: kept };
  } catch {
    // Storage blocked: the key still works until this page is reloaded.
    return fromFragment === null ? null : { kind: 'key', text: fromFragment };
  }
}

/** Keeps a key this tab was given another way (`hostKeyHandoff.ts`), as if it came in the address. */
export function keepLiveKey(
  page: string,
  text: string,
  win: Pick<KeyWindow, 'sessionStorage'> = window,
): void {
  try {
    win.sessionStorage.setItem(storageName(page), text);
  } catch {
    // Storage blocked: the key works until this page is reloaded.
  }
}
