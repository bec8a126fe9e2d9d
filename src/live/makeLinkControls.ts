/**
 * "New link" on the host's run-of-show: one row per link (the deck, the moderator, each
 * speaker). A first click asks to confirm (a new link ends the old one, mid-show); the second
 * asks the server, which ends the old link's pages within seconds and answers with the new
 * key; the row then shows the new link, built on this page's own address, to copy and send.
 */
import { h } from '../lib/h.ts';
import { makeButton } from '../lib/makeButton.ts';
import type { LiveShow } from './connectLive.ts';
import { formatLinkPath, LIVE_ROLES, type LiveRole } from './liveKey.ts';
import type { LivePerson } from './renderLive.ts';

/** One link the host can replace. */
interface LinkRow {
  readonly name: string;
  readonly role: LiveRole;
  readonly speakerId: string | null;
  readonly label: string;
}

/** The links a host may replace from the page: every role but the host's own. */
function listLinks(people: readonly LivePerson[]): LinkRow[] {
  return (Object.keys(LIVE_ROLES) as LiveRole[])
    .filter((role) => role !== 'host')
    .flatMap((role): LinkRow[] =>
      LIVE_ROLES[role].hasSubject
        ? people.map((p) => ({ name: `${role}:${p.id}`, role, speakerId: p.id, label: p.name }))
        : [{ name: role, role, speakerId: null, label: LIVE_ROLES[role].label }],
    );
}

/** The controls, and `update` to call after any change of the live show. */
export function makeLinkControls(
  live: LiveShow,
  people: readonly LivePerson[],
  baseUri: () => string = () => document.baseURI,
): { readonly element: HTMLElement; update(): void } {
  const rows = listLinks(people).map((link) => {
    const url = h('input', {
      type: 'text',
      readonly: true,
      class: 'live-links-url',
      'aria-label': `New link for ${link.label}`,
      'data-testid': 'run-of-show.new-link-url',
      'data-link': link.name,
      hidden: true,
    });
    // The two buttons live and go with the panel's list; nothing else holds their listeners.
    const confirm = makeButton('run-of-show.new-link-confirm', 'End the old link');
    confirm.addEventListener('click', () => {
      confirm.hidden = true;
      ask.hidden = false;
      live.requestNewLink(link.name);
    });
    confirm.hidden = true;
    confirm.dataset.link = link.name;
    const ask = makeButton('run-of-show.new-link', 'New link');
    ask.addEventListener('click', () => {
      ask.hidden = true;
      confirm.hidden = false;
      confirm.focus();
    });
    ask.dataset.link = link.name;
    let shown: string | null = null;
    return {
      element: h(
        'li',
        {},
        h('span', {}, link.label),
        h('span', {}, ask, confirm),
        h('span', { class: 'live-links-cell' }, url),
      ),
      update() {
        const key = live.newLinkKey(link.name);
        if (key === null || key === shown) return;
        shown = key;
        const path = formatLinkPath({ role: link.role, speakerId: link.speakerId, text: key });
        url.value = new URL(path, baseUri()).href;
        url.hidden = false;
        // Ready to copy: selected, so Ctrl+C (or the context menu) takes the whole link.
        url.focus();
        url.select();
      },
    };
  });
  const element = h(
    'details',
    { class: 'live-links', 'data-testid': 'run-of-show.links' },
    h('summary', {}, 'Links: replace a leaked link'),
    h(
      'p',
      { class: 'live-links-help' },
      'A new link ends the old one: pages open on it stop within seconds and say so. Send the new link to its person.',
    ),
    h(
      'ul',
      { class: 'live-links-list' },
      rows.map((r) => r.element),
    ),
  );
  return {
    element,
    update() {
      for (const row of rows) row.update();
    },
  };
}
