/**
 * What the live server does with a page's request (a stateless message): a new link for the
 * host, or a message, acknowledgement, check-in or slide that the server writes into the show's
 * document itself (`applyLiveRequest.ts`). A refused request is answered with a sentence the
 * page shows.
 */
import type { onStatelessPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { parseLinkName } from '../live/liveKey.ts';
import { parseLiveRequest, type LiveNewLink, type LiveRefusal } from '../live/liveMessages.ts';
import { applyLiveRequest } from './applyLiveRequest.ts';
import { contextKey } from './liveGate.ts';

/** What a request is checked against, and how a link is replaced. */
export interface PageRequestOptions {
  readonly speakerIds: readonly string[];
  /** The deck's slide ids, or `null` for any id. */
  readonly slideIds: readonly string[] | null;
  readonly maxDocumentBytes: number;
  /** The show's clock, epoch ms: when a request is recorded. */
  readonly nowMs: () => number;
  /** Ends the link `linkName` and resolves to its new key. */
  readonly replaceLink: (linkName: string) => Promise<string>;
}

/** Answers one page's request, as the engine's `onStateless` hook. */
export async function answerPageRequest(
  { connection, document, payload }: onStatelessPayload,
  options: PageRequestOptions,
): Promise<void> {
  const key = contextKey(connection.context);
  if (!key) return;
  const { speakerIds, maxDocumentBytes } = options;
  const answer = (value: LiveRefusal | LiveNewLink): void =>
    connection.sendStateless(JSON.stringify(value));
  const request = parseLiveRequest(payload);
  if (request?.type === 'new-link') {
    if (key.role !== 'host') {
      answer({ type: 'refused', reason: 'Only the host’s link can make new links.' });
      return;
    }
    const parsed = parseLinkName(request.link, speakerIds, 'New link');
    if ('error' in parsed) {
      answer({ type: 'refused', reason: parsed.error });
      return;
    }
    answer({ type: 'new-link', link: request.link, key: await options.replaceLink(request.link) });
    return;
  }
  const size = Y.encodeStateAsUpdate(document).byteLength;
  const result =
    size + payload.length > maxDocumentBytes
      ? { ok: false as const, reason: 'The show’s document is full: no more messages fit.' }
      : applyLiveRequest({
          doc: document,
          sender: key,
          payload,
          speakerIds,
          slideIds: options.slideIds,
          now: options.nowMs(),
        });
  if (!result.ok) answer({ type: 'refused', reason: result.reason });
}
