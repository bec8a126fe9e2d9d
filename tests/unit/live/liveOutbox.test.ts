import { describe, expect, it } from 'vitest';
import {
  makeOutbox,
  type OutboxRequest,
  type PendingStorage,
} from '../../../src/live/liveOutbox.ts';

/** A page's storage that outlives a reload. */
function makeStorage(): PendingStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** Nadia's outbox on `storage`, as a page opens it (again, after a reload). */
function openOutbox(
  storage: PendingStorage,
  send: (request: OutboxRequest) => void,
  isDone: (id: string) => boolean = () => false,
) {
  return makeOutbox({ storage, storageKey: 'outbox', speakerId: 'nadia', isDone, send });
}

describe('a page’s outbox across a reload while offline', () => {
  it('sends again, after the reload, the message, the acknowledgement and the check-in left waiting', () => {
    const storage = makeStorage();
    // The line is down: nothing reaches the server.
    const offline = openOutbox(storage, () => undefined);
    offline.add('m1', { type: 'message', id: 'm1', to: 'nadia', text: 'Two minutes left' });
    offline.add('ack', { type: 'ack', messageId: 'm0' });
    offline.add('checkin', { type: 'checkin' });

    const sent: OutboxRequest[] = [];
    const reloaded = openOutbox(storage, (request) => sent.push(request));
    reloaded.flush(true);
    expect(sent.map((r) => r.type).sort()).toEqual(['ack', 'checkin', 'message']);
    expect(reloaded.waitingMessages()).toEqual([
      { id: 'm1', to: 'nadia', text: 'Two minutes left' },
    ]);
  });

  it('forgets what the show’s document shows done', () => {
    const storage = makeStorage();
    const outbox = openOutbox(
      storage,
      () => undefined,
      (id) => id === 'checkin',
    );
    outbox.add('checkin', { type: 'checkin' });
    const sent: OutboxRequest[] = [];
    openOutbox(storage, (request) => sent.push(request)).flush(true);
    expect(sent).toEqual([]);
  });
});
