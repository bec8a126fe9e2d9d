// The live server end to end in Node: real sockets on loopback, real SQLite in a temporary
// folder, pages played by Hocuspocus providers. Each test stops what it starts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connectLive, type LiveShow, type LiveStatus } from '../../../src/live/connectLive.ts';
import { parseLiveKey } from '../../../src/live/liveKey.ts';
import { makeLiveKey } from '../../../src/server/liveKeys.ts';
import { makeLinkVersions } from '../../../src/server/linkVersions.ts';
import {
  makeLiveServer,
  type LiveServer,
  type LiveServerOptions,
} from '../../../src/server/makeLiveServer.ts';
import { closeDb, makeShowDatabase } from '../../../src/server/showDatabase.ts';

const secret = Buffer.alloc(32, 7);
const showId = 'test-show';
const speakerIds = ['nadia-starr', 'leila-loupis'];
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startServer(
  dataDir?: string,
  maxConnections?: number,
  extra: Partial<LiveServerOptions> = {},
): Promise<{ server: LiveServer; dataDir: string }> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'live-test-'));
  if (!dataDir) cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const server = await makeLiveServer({
    port: 0,
    siteDir: dir,
    dataDir: dir,
    secret,
    showId,
    speakerIds,
    ...(maxConnections ? { maxConnections } : {}),
    ...extra,
  });
  cleanups.push(() => server.close());
  return { server, dataDir: dir };
}

function wsUrl(server: LiveServer): string {
  return `${server.origin.replace('http', 'ws')}/live`;
}

function open(server: LiveServer, keyText: string, name = showId): LiveShow {
  const key = parseLiveKey(keyText);
  if (!key) throw new Error(`not a key: ${keyText}`);
  const live = connectLive({
    url: wsUrl(server),
    showId: name,
    key,
    persist: false,
    WebSocketPolyfill: WebSocket,
  });
  cleanups.push(() => live.destroy());
  return live;
}

/** Waits (at most 5 s, polling) until `check` holds. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 250; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const slides = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'slide'
    ? String((value as { slideId?: unknown }).slideId)
    : null;
const statusIs = (live: LiveShow, status: LiveStatus) => () => live.status() === status;
const ids = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
    ? (value as { id: string }).id
    : null;

describe('live server', () => {
  it('carries the host’s log to the moderator', async () => {
    const { server } = await startServer();
    const host = open(server, makeLiveKey(secret, showId, 'host'));
    const moderator = open(server, makeLiveKey(secret, showId, 'moderator'));
    await until(statusIs(host, 'connected'), 'the host to connect');
    await until(statusIs(moderator, 'connected'), 'the moderator to connect');
    host.appendLog([{ id: 'e1', kind: 'start', segmentId: 'opening', at: 1 } as { id: string }]);
    await until(() => moderator.readLog(ids).includes('e1'), 'the moderator to see the mark');
  });

  it('keeps the moderator and the speakers from writing the document', async () => {
    const { server } = await startServer();
    const host = open(server, makeLiveKey(secret, showId, 'host'));
    await until(statusIs(host, 'connected'), 'the host to connect');
    host.appendLog([{ id: 'by-host' }]);
    // A speaker's page that writes the document directly, past connectLive's checks.
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({
      url: wsUrl(server),
      WebSocketPolyfill: WebSocket,
    });
    const raw = new HocuspocusProvider({
      websocketProvider: socket,
      name: showId,
      document: doc,
      token: makeLiveKey(secret, showId, 'speaker', 'nadia-starr'),
    });
    raw.attach();
    cleanups.push(() => {
      raw.destroy();
      socket.destroy();
    });
    await until(() => raw.isSynced, 'the speaker’s raw provider to sync');
    const answered = new Promise<string>((resolve) => {
      raw.on('stateless', ({ payload }: { payload: string }) => resolve(payload));
    });
    doc.getArray('log').push([{ id: 'by-speaker', kind: 'start', segmentId: 'x', at: 1 }]);
    doc.getArray('messages').push([{ id: 'fake', at: 1, from: 'host', to: 'all', text: 'hi' }]);
    // The server handles one page's messages in order: once it answers this request, it has
    // dealt with the writes before it.
    raw.sendStateless(JSON.stringify({ type: 'ack', messageId: 'none' }));
    expect(await answered).toContain('That message is not in this show.');
    const moderator = open(server, makeLiveKey(secret, showId, 'moderator'));
    await until(statusIs(moderator, 'connected'), 'the moderator to connect');
    host.appendLog([{ id: 'after' }]);
    await until(() => moderator.readLog(ids).includes('after'), 'the host’s later entry');
    expect(moderator.readLog(ids)).toEqual(['by-host', 'after']);
    expect(moderator.readMessages()).toEqual([]);
  });

  it('carries a message to its speaker and her acknowledgement back', async () => {
    const { server } = await startServer();
    const host = open(server, makeLiveKey(secret, showId, 'host'));
    const nadia = open(server, makeLiveKey(secret, showId, 'speaker', 'nadia-starr'));
    const leila = open(server, makeLiveKey(secret, showId, 'speaker', 'leila-loupis'));
    await until(statusIs(host, 'connected'), 'the host to connect');
    await until(statusIs(nadia, 'connected'), 'Nadia to connect');
    await until(statusIs(leila, 'connected'), 'Leila to connect');
    expect(host.sendMessage('nadia-starr', '  2   minutes ')).toBeNull();
    await until(() => nadia.readMessages().length === 1, 'Nadia to get the message');
    const [message] = nadia.readMessages();
    expect(message).toMatchObject({ from: 'host', to: 'nadia-starr', text: '2 minutes' });
    // Leila may not acknowledge Nadia's message, nor send one.
    leila.acknowledge(message!.id);
    await until(() => leila.refusal() !== null, 'the server to refuse Leila’s acknowledgement');
    expect(leila.refusal()).toBe('That message is for another speaker.');
    nadia.acknowledge(message!.id);
    await until(() => host.readAcks().length === 1, 'the host to see the acknowledgement');
    expect(host.readAcks()[0]).toMatchObject({ messageId: message!.id, by: 'nadia-starr' });
    expect(leila.sendMessage('all', 'hello')).toBeNull();
    await until(() => leila.refusal() === 'A speaker’s link cannot send messages.', 'the refusal');
    expect(host.readMessages()).toHaveLength(1);
  });

  it('keeps a message sent offline across a reload and delivers it when the server answers', async () => {
    const { server } = await startServer();
    const hostKey = parseLiveKey(makeLiveKey(secret, showId, 'host'))!;
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
      removeItem: (k: string) => void saved.delete(k),
    };
    const connect = (url: string): LiveShow => {
      const live = connectLive({
        url,
        showId,
        key: hostKey,
        persist: false,
        storage,
        WebSocketPolyfill: WebSocket,
      });
      cleanups.push(() => live.destroy());
      return live;
    };
    // Port 9 on loopback has nobody listening: the host is offline.
    const offline = connect('ws://127.0.0.1:9/live');
    expect(offline.sendMessage('nadia-starr', 'Please wrap up')).toBeNull();
    expect(offline.waitingMessages()).toMatchObject([
      { to: 'nadia-starr', text: 'Please wrap up' },
    ]);
    // Node's WebSocket throws when closed mid-handshake (a browser's does not): wait for the
    // refused connection before the "reload".
    await until(statusIs(offline, 'offline'), 'the first page to find itself offline');
    offline.destroy();
    // The reload: a new page with the same storage, now reaching the server.
    const host = connect(wsUrl(server));
    expect(host.waitingMessages()).toHaveLength(1);
    const nadia = open(server, makeLiveKey(secret, showId, 'speaker', 'nadia-starr'));
    await until(() => nadia.readMessages().length === 1, 'Nadia to get the message sent offline');
    expect(nadia.readMessages()[0]).toMatchObject({ from: 'host', text: 'Please wrap up' });
    await until(() => host.waitingMessages().length === 0, 'the outbox to empty');
    expect(saved.size).toBe(0);
  });

  it('sets aside a damaged outbox and still connects', async () => {
    const { server } = await startServer();
    const key = parseLiveKey(makeLiveKey(secret, showId, 'host'))!;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    cleanups.push(() => warn.mockRestore());
    const storage = {
      getItem: () => '[{"type":"message","id":"ok-1","to":"all","text":"2 minutes"},{"bad":1}',
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const host = connectLive({
      url: wsUrl(server),
      showId,
      key,
      persist: false,
      storage,
      WebSocketPolyfill: WebSocket,
    });
    cleanups.push(() => host.destroy());
    expect(host.waitingMessages()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      '[live] set aside an unreadable list of messages waiting to be sent:',
      expect.any(String),
    );
    await until(statusIs(host, 'connected'), 'the host to connect');
  });

  it('refuses a message longer than a speaker can read at a glance', async () => {
    const { server } = await startServer();
    const moderator = open(server, makeLiveKey(secret, showId, 'moderator'));
    await until(statusIs(moderator, 'connected'), 'the moderator to connect');
    expect(moderator.sendMessage('all', 'x'.repeat(141))).toBe(
      'The message has 141 characters, more than the 140 a speaker can read at a glance: shorten it.',
    );
    expect(moderator.sendMessage('nobody', 'hi')).toBeNull();
    await until(() => moderator.refusal() !== null, 'the refusal');
    expect(moderator.refusal()).toBe('There is no speaker “nobody” in this show.');
  });

  it('refuses a forged key, another show’s key and another speaker’s name', async () => {
    const { server } = await startServer();
    const forged = open(server, 'host.AAAAAAAAAAAAAAAAAAAAAAAA');
    const otherShow = open(server, makeLiveKey(secret, 'another-show', 'host'));
    const renamed = open(
      server,
      makeLiveKey(secret, showId, 'speaker', 'nadia-starr').replace('nadia-starr', 'leila-loupis'),
    );
    for (const live of [forged, otherShow, renamed]) {
      await until(statusIs(live, 'refused'), 'the refusal');
      expect(live.refusal()).toBe('invalid-key');
    }
  });

  it('refuses pages past the room’s limit', async () => {
    const { server } = await startServer(undefined, 2);
    const a = open(server, makeLiveKey(secret, showId, 'moderator'));
    const b = open(server, makeLiveKey(secret, showId, 'moderator'));
    await until(() => a.status() === 'connected' && b.status() === 'connected', 'two pages');
    const c = open(server, makeLiveKey(secret, showId, 'moderator'));
    await until(statusIs(c, 'refused'), 'the third page’s refusal');
    expect(c.refusal()).toBe('too-many-connections');
  });

  it('keeps the show on disk across a restart', async () => {
    const first = await startServer();
    const host = open(first.server, makeLiveKey(secret, showId, 'host'));
    await until(statusIs(host, 'connected'), 'the host to connect');
    const watcher = open(first.server, makeLiveKey(secret, showId, 'moderator'));
    host.appendLog([{ id: 'kept' }]);
    await until(() => watcher.readLog(ids).includes('kept'), 'the server to have the entry');
    host.destroy();
    watcher.destroy();
    await first.server.close();
    const second = await startServer(first.dataDir);
    const moderator = open(second.server, makeLiveKey(secret, showId, 'moderator'));
    await until(() => moderator.readLog(ids).includes('kept'), 'the saved entry');
  });

  it('lets the deck’s key record the slide on screen, and nothing else', async () => {
    const { server } = await startServer(undefined, undefined, { slideIds: ['title', 'map'] });
    const deck = open(server, makeLiveKey(secret, showId, 'deck'));
    const moderator = open(server, makeLiveKey(secret, showId, 'moderator'));
    await until(statusIs(deck, 'connected'), 'the deck to connect');
    deck.recordSlide('map');
    await until(() => moderator.readLog(slides).includes('map'), 'the slide to reach the show');
    deck.recordSlide('nope');
    await until(() => deck.refusal() !== null, 'the refusal of an unknown slide');
    expect(deck.refusal()).toBe('There is no slide “nope” in this deck.');
    expect(deck.sendMessage('all', 'Hello')).toBeNull();
    await until(() => deck.refusal()?.includes('cannot send') === true, 'the message refusal');
    expect(deck.refusal()).toBe('A deck’s link cannot send messages.');
    expect(moderator.readLog(slides)).toEqual(['map']);
    expect(moderator.readMessages()).toEqual([]);
  });

  it('ends a replaced link’s pages at once, and its new key works', async () => {
    const { server } = await startServer();
    const old = open(server, makeLiveKey(secret, showId, 'speaker', 'nadia-starr'));
    const other = open(server, makeLiveKey(secret, showId, 'speaker', 'leila-loupis'));
    await until(() => old.status() === 'connected' && other.status() === 'connected', 'pages');
    const key = await server.replaceLink('speaker:nadia-starr');
    expect(key).not.toBe(old.key.text);
    await until(statusIs(old, 'refused'), 'the old link’s refusal');
    expect(old.refusal()).toBe('invalid-key');
    const renewed = open(server, key);
    await until(statusIs(renewed, 'connected'), 'the new link to connect');
    expect(other.status()).toBe('connected');
    await expect(server.replaceLink('speaker:nobody')).rejects.toThrow(/speaker:<id>/);
  });

  it('notices within seconds a link replaced by another process on the same data folder', async () => {
    const { server, dataDir } = await startServer();
    const old = open(server, makeLiveKey(secret, showId, 'moderator'));
    await until(statusIs(old, 'connected'), 'the moderator to connect');
    // What `npm run live -- new-link moderator` does, through its own handle on the file.
    const sqlite = makeShowDatabase(dataDir);
    await sqlite.onConfigure();
    await sqlite.ready;
    const db = sqlite.db;
    if (!db) throw new Error('no database');
    const version = await (await makeLinkVersions({ db, showId })).replace('moderator');
    await closeDb(db);
    await until(statusIs(old, 'refused'), 'the old link’s refusal');
    const renewed = open(server, makeLiveKey(secret, showId, 'moderator', null, version));
    await until(statusIs(renewed, 'connected'), 'the new link to connect');
  });

  it('holds each key to its own number of pages', async () => {
    const { server } = await startServer();
    const key = makeLiveKey(secret, showId, 'speaker', 'nadia-starr');
    const pages = [open(server, key), open(server, key), open(server, key)];
    await until(() => pages.every((p) => p.status() === 'connected'), 'three pages');
    const fourth = open(server, key);
    await until(statusIs(fourth, 'refused'), 'the fourth page’s refusal');
    expect(fourth.refusal()).toBe('too-many-for-link');
    // Another person's link is not held back by hers.
    const leila = open(server, makeLiveKey(secret, showId, 'speaker', 'leila-loupis'));
    await until(statusIs(leila, 'connected'), 'another speaker to connect');
  });

  it('pauses a connection that sends too much, and says why', async () => {
    const { server } = await startServer(undefined, undefined, { maxMessagesPerWindow: 8 });
    const moderator = open(server, makeLiveKey(secret, showId, 'moderator'));
    await until(statusIs(moderator, 'connected'), 'the moderator to connect');
    const seen = new Set<string | null>();
    let reconnected = false;
    // Heard as it happens, not polled: a page that resends more than a connection may send
    // is paused again soon after each reconnect, so a poll can miss the connected moment.
    moderator.onChange(() => {
      seen.add(moderator.refusal());
      if (seen.has('rate-limited') && moderator.status() === 'connected') reconnected = true;
    });
    for (let i = 0; i < 20; i++) moderator.sendMessage('all', `Message ${i}`);
    await until(() => seen.has('rate-limited'), 'the rate limit');
    // It reconnects by itself.
    await until(() => reconnected, 'the moderator to reconnect');
  });

  it('answers /healthz, and tells the pages when it stops', async () => {
    const { server } = await startServer();
    const response = await fetch(`${server.origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', store: 'ok', redis: 'off' });
    const moderator = open(server, makeLiveKey(secret, showId, 'moderator'));
    await until(statusIs(moderator, 'connected'), 'the moderator to connect');
    await server.close();
    await until(() => moderator.refusal() === 'server-restarting', 'the restart notice');
    expect(moderator.status()).toBe('offline');
  });
});
