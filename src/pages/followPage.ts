/**
 * The follower's part of the viewers' deck, loaded with `import()` only when the page was
 * opened from a follow link: it connects to the live server's follow socket (a plain
 * WebSocket, no sync engine) and lets the deck follow the host's. A deck without a follow
 * key never loads it.
 */
import '../deck/follow.css';
import type { initDeck } from '../deck/initDeck.ts';
import { FollowController } from '../deck/FollowController.ts';
import type { Controller } from '../lib/controller.ts';
import { buildFollowSocketUrl, connectFollow } from '../live/connectFollow.ts';

/** Where a full live deck sends people: this deck, read on one's own (not following). */
const PUBLISHED_HREF = 'index.html?published';

const INVALID_MESSAGE =
  'This link is not valid for this show: ask the host for a new one. The slides here are yours to read.';

/** Starts following the host's deck on `deck` with the follow `key`. */
export function startFollowing(
  deck: Awaited<ReturnType<typeof initDeck>>,
  key: string,
): Controller {
  const source = connectFollow({ url: buildFollowSocketUrl(location), key });
  const root = document.createElement('div');
  root.className = 'follow-slot';
  document.body.append(root);
  const controller = new FollowController({
    root,
    deck,
    source,
    publishedHref: PUBLISHED_HREF,
    invalidMessage: INVALID_MESSAGE,
  });
  controller.render();
  controller.bind();
  controller.update();
  document.documentElement.dataset.follow = '1';
  return controller;
}
