/** The reveal.js plugin behind the W key: the same slide in the other view. */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { buildViewSwitchHref, parseDeckView, VIEW_SWITCH_KEY } from './viewSwitch.ts';

/**
 * Makes the plugin. reveal lists the key with its description in the `?` help overlay,
 * which is how viewers find it.
 */
export function makeViewSwitchPlugin(): RevealPlugin {
  return {
    id: 'view-switch',
    init(deck: RevealApi) {
      const description =
        parseDeckView(location.search) === 'scroll'
          ? 'Show as slides'
          : 'Read the whole deck as one scrolling page';
      deck.addKeyBinding({ ...VIEW_SWITCH_KEY, description }, () => {
        location.assign(buildViewSwitchHref(location.search, location.hash));
      });
    },
  };
}
