/**
 * The notices a page shows above its content (unreadable saved state, storage off, a bad
 * link), each with a download of the saved text it set aside. Shared by the run-of-show
 * and the speaker pages.
 */
import type { StoreNotice } from '../store/makeStore.ts';
import { makeDownloadLinks, type DownloadLinks } from './downloads.ts';
import { h } from './h.ts';
import { renderNotice } from './renderNotice.ts';

/** A page's notices: add any time; `update` shows the new ones. */
export interface NoticeList {
  readonly element: HTMLElement;
  add(notice: string | StoreNotice | null): void;
  /** Redraws the list when a notice was added since the last call. */
  update(): void;
  /** Frees the download links. */
  dispose(): void;
}

/** Makes the notice list of a page; test ids are `<capability>.notice`. */
export function makeNoticeList(
  capability: string,
  initial: readonly (string | StoreNotice | null)[] = [],
): NoticeList {
  const element = h('div', { class: 'page-notices' });
  const notices: (string | StoreNotice)[] = [];
  const linkSets: DownloadLinks[] = [];
  let shown = -1;

  function renderOne(notice: string | StoreNotice): HTMLElement {
    if (typeof notice === 'string') return renderNotice(capability, notice);
    if (notice.raw === null) return renderNotice(capability, notice.message);
    const links = makeDownloadLinks([
      {
        name: `${notice.backupKey ?? notice.key}.txt`.replace(/[^a-z0-9.-]+/gi, '-'),
        type: 'text/plain',
        text: notice.raw,
        label: 'Download the saved text',
      },
    ]);
    linkSets.push(links);
    // Text too large to copy aside is only written over once it was taken for download.
    const { release } = notice;
    if (release) for (const link of links.links) link.addEventListener('click', release);
    return renderNotice(capability, notice.message, ' ', links.links);
  }

  const list: NoticeList = {
    element,
    add(notice) {
      if (notice !== null) notices.push(notice);
    },
    update() {
      if (shown === notices.length) return;
      shown = notices.length;
      list.dispose();
      element.replaceChildren(...notices.map(renderOne));
    },
    dispose() {
      for (const links of linkSets.splice(0)) links.revoke();
    },
  };
  for (const notice of initial) list.add(notice);
  return list;
}
