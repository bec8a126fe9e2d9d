/**
 * The speaker's "I'm here and ready" (`speaker.ready`) on her live page: a check-in the server
 * records with its time on the show's clock, which the host's run-of-show shows beside her
 * name. Once recorded, the button gives way to when she checked in, in both zones.
 */
import type { Controller } from '../../lib/controller.ts';
import { makeRegion } from '../../lib/morph.ts';
import { h } from '../../lib/h.ts';
import { makeButton } from '../../lib/makeButton.ts';
import type { LiveShow } from '../../live/connectLive.ts';

/** Options for `makeCheckinPart`. */
export interface CheckinPartOptions {
  readonly root: HTMLElement;
  readonly live: LiveShow;
  /** A check-in's time as the speaker reads it: the event's zone and hers. */
  readonly formatAt: (ms: number) => string;
}

/** Makes the check-in; it repaints when the show's document changes. */
export function makeCheckinPart(options: CheckinPartOptions): Controller {
  const { root, live } = options;
  const region = makeRegion(h('span', {}));
  let asked = false;
  const button = makeButton(
    'speaker.ready',
    "I'm here and ready",
    () => {
      asked = true;
      live.checkIn();
      update();
    },
    'btn-primary',
  );
  const stops: (() => void)[] = [];
  function update(): void {
    const mine = live.readCheckins().find((c) => c.by === live.key.speakerId);
    button.hidden = mine !== undefined;
    region.draw(
      h(
        'span',
        { class: 'live-checkin-text', role: 'status', 'data-testid': 'speaker.checked-in' },
        mine
          ? `Checked in at ${options.formatAt(mine.at)}: the host sees you are here and ready.`
          : asked
            ? 'Checking in… it goes as soon as the connection allows.'
            : 'Press it when you are at your computer, so the host knows you are here.',
      ),
    );
  }
  return {
    render() {
      root.replaceChildren(h('div', { class: 'live-checkin' }, button, region.element));
    },
    bind() {
      stops.push(live.onChange(update));
    },
    update,
    destroy() {
      for (const stop of stops.splice(0)) stop();
      root.replaceChildren();
    },
  };
}
