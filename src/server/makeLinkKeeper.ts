/**
 * The live server's side of replacing a link ("New link"): it bumps the link's version, ends
 * every page and follower still on the old key, and, since another process (the `new-link`
 * command, or a server beside this one) may replace a link too, reads the versions again
 * every `checkMs` and ends whoever they no longer let in.
 */
import type { Hocuspocus } from '@hocuspocus/server';
import { parseLinkName } from '../live/liveKey.ts';
import { contextKey, endConnection } from './liveGate.ts';
import { checkLiveKey, makeLiveKey } from './liveKeys.ts';
import type { LinkVersions } from './linkVersions.ts';
import type { FollowPart } from './makeFollowPart.ts';

/** What the keeper needs: the show's keys, its versions, and who to end. */
export interface LinkKeeperOptions {
  readonly hocuspocus: Hocuspocus;
  readonly versions: LinkVersions;
  readonly follow: FollowPart | null;
  readonly secret: Buffer;
  readonly showId: string;
  readonly speakerIds: readonly string[];
  /** How often to read the link versions again. */
  readonly checkMs: number;
}

/** The running keeper. */
export interface LinkKeeper {
  /** Ends the link `linkName` (`deck`, `speaker:<id>`…) and resolves to its new key. */
  replaceLink(linkName: string): Promise<string>;
  /** Stops reading the versions again. */
  stop(): void;
}

/** Starts keeping the links of one server. */
export function makeLinkKeeper(options: LinkKeeperOptions): LinkKeeper {
  const { hocuspocus, versions, follow, secret, showId, speakerIds } = options;
  /** Ends every page whose key no longer holds (its link was replaced). */
  const endReplaced = (): void => {
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const key = contextKey(connection.context);
        if (key && !checkLiveKey(secret, showId, key.text, speakerIds, versions.versionOf)) {
          endConnection(connection, 'invalid-key');
        }
      }
    }
    follow?.endReplaced();
  };
  let checking = false;
  const linkCheck = setInterval(() => {
    if (checking) return;
    checking = true;
    versions
      .refresh()
      .then((changed) => changed && endReplaced())
      .catch((error: unknown) => console.error('[live] could not read the link versions:', error))
      .finally(() => (checking = false));
  }, options.checkMs);
  return {
    async replaceLink(linkName) {
      const parsed = parseLinkName(linkName, speakerIds);
      if ('error' in parsed) throw new Error(parsed.error);
      const version = await versions.replace(linkName);
      endReplaced();
      return makeLiveKey(secret, showId, parsed.role, parsed.speakerId, version);
    },
    stop: () => clearInterval(linkCheck),
  };
}
