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

/**
 * A button that makes a file only when clicked (so whatever makes it can be loaded lazily)
 * and downloads it; a failure shows as the button's own text, never a blank.
 */
export function makeLazyDownload(options: {
  readonly label: string;
  readonly testId: string;
  readonly name: string;
  readonly type: string;
  readonly make: () => Promise<string>;
}): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'btn btn-link', 'data-testid': options.testId },
    options.label,
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    options
      .make()
      .then((text) => {
        const url = URL.createObjectURL(new Blob([text], { type: options.type }));
        const link = h('a', { href: url, download: options.name, hidden: true });
        document.body.append(link);
        link.click();
        link.remove();
        // The download has taken the data by the next task; free the URL after it.
        setTimeout(() => URL.revokeObjectURL(url), 0);
        button.textContent = options.label;
      })
      .catch((error: unknown) => {
        button.textContent = `${options.label}: failed (${error instanceof Error ? error.message : String(error)})`;
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  return button;
}
