/**
 * The speaker's log of finished rehearsal runs as a room of its own: the log's part, and
 * its CSV and JSON links, whose Blob URLs live exactly as long as the log they were made
 * from is on screen.
 */
import { makeDownloadLinks, type DownloadLinks } from '../lib/downloads.ts';
import { h } from '../lib/h.ts';
import { makePartRegion, type PartRegion } from '../lib/part.ts';
import type { RehearsalRun } from '../show/rehearsal.ts';
import { buildRehearsalFiles } from './buildRehearsalFiles.ts';
import { LOG_EXPORTS_CLASS, rehearsalLogPart } from './parts/rehearsalLog.ts';
import type { SpeakerContext } from './speakerContext.ts';

/** The rehearsal log on a speaker's page; `show` it on every change of state, `destroy` it with the page. */
export class RehearsalLog {
  readonly element = h('div', { class: 'sp-region' });
  readonly #ctx: SpeakerContext;
  readonly #exportName: string;
  readonly #region: PartRegion<Parameters<typeof rehearsalLogPart.view>>;
  #links: DownloadLinks | null = null;

  /** `exportName` names the files, without extension. */
  constructor(ctx: SpeakerContext, exportName: string) {
    this.#ctx = ctx;
    this.#exportName = exportName;
    this.#region = makePartRegion(this.element, rehearsalLogPart);
  }

  /** Shows `log`; when the part redrew (the log changed), its links are made anew and the old freed. */
  show(log: readonly RehearsalRun[]): void {
    if (!this.#region.show(this.#ctx, log)) return;
    this.#revoke();
    const slot = this.element.querySelector(`.${LOG_EXPORTS_CLASS}`);
    if (!slot || log.length === 0) return;
    this.#links = makeDownloadLinks(buildRehearsalFiles(this.#ctx, log, this.#exportName));
    slot.append(...this.#links.links);
  }

  /** Frees the links' URLs. */
  destroy(): void {
    this.#revoke();
  }

  #revoke(): void {
    this.#links?.revoke();
    this.#links = null;
  }
}
