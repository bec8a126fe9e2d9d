/**
 * Download links for text made in the page (exports, backups of unreadable saved state).
 * Each link holds a Blob URL; `revoke()` frees them when the links are replaced.
 */
import { h } from './h.ts';

/** A file to offer for download. */
export interface DownloadFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
  /** The link's words. */
  readonly label: string;
  readonly testId?: string;
}

/** Links made by `makeDownloadLinks`, and how to free their URLs. */
export interface DownloadLinks {
  readonly links: readonly HTMLAnchorElement[];
  revoke(): void;
}

/** Makes one `<a download>` per file, each with its own Blob URL. */
export function makeDownloadLinks(files: readonly DownloadFile[]): DownloadLinks {
  const urls: string[] = [];
  const links = files.map((file) => {
    const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    urls.push(url);
    return h(
      'a',
      { class: 'download', href: url, download: file.name, 'data-testid': file.testId },
      file.label,
    );
  });
  return {
    links,
    revoke() {
      for (const url of urls) URL.revokeObjectURL(url);
      urls.length = 0;
    },
  };
}
