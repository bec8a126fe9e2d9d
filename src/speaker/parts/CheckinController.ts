/**
 * The speaker's "I'm here and ready" (`speaker.ready`) on her live page: a check-in the server
 * records with its time on the show's clock, which the host's run-of-show shows beside her
 * name. Once recorded, the button gives way to when she checked in, in both zones.
 */
import { ControllerBase, onAbort } from '../../lib/controller.ts';
import { h } from '../../lib/h.ts';
import { makeButton } from '../../lib/makeButton.ts';
import { definePart, makePartRegion, type PartRegion } from '../../lib/part.ts';
import type { LiveShow } from '../../live/connectLive.ts';

/** Options for `CheckinController`. */
export interface CheckinOptions {
  readonly root: HTMLElement;
  readonly live: LiveShow;
  /** A check-in's time as the speaker reads it: the event's zone and hers. */
  readonly formatAt: (ms: number) => string;
}

/** What the line beside the button says: her check-in's time, or what to do. */
const checkinPart = definePart({
  view: (checkedInAt: string | null, asked: boolean) =>
    checkedInAt !== null
      ? `Checked in at ${checkedInAt}: the host sees you are here and ready.`
      : asked
        ? 'Checking in… it goes as soon as the connection allows.'
        : 'Press it when you are at your computer, so the host knows you are here.',
  render: (text: string) =>
    h(
      'span',
      { class: 'live-checkin-text', role: 'status', 'data-testid': 'speaker.checked-in' },
      text,
    ),
});

/** The check-in; it repaints when the show's document changes. */
export class CheckinController extends ControllerBase {
  readonly #options: CheckinOptions;
  readonly #text: PartRegion<[checkedInAt: string | null, asked: boolean]>;
  readonly #button: HTMLButtonElement;
  #asked = false;

  constructor(options: CheckinOptions) {
    super();
    this.#options = options;
    this.#text = makePartRegion(h('span', {}), checkinPart);
    this.#button = makeButton('speaker.ready', "I'm here and ready", 'btn-primary');
  }

  render(): void {
    this.#options.root.replaceChildren(
      h('div', { class: 'live-checkin' }, this.#button, this.#text.element),
    );
  }

  update(): void {
    const { live, formatAt } = this.#options;
    const mine = live.readCheckins().find((c) => c.by === live.key.speakerId);
    this.#button.hidden = mine !== undefined;
    this.#text.show(mine ? formatAt(mine.at) : null, this.#asked);
  }

  protected listen(signal: AbortSignal): void {
    this.#button.addEventListener(
      'click',
      () => {
        this.#asked = true;
        this.#options.live.checkIn();
        this.update();
      },
      { signal },
    );
    onAbort(
      signal,
      this.#options.live.onChange(() => this.update()),
    );
  }

  protected override clear(): void {
    this.#options.root.replaceChildren();
  }
}
