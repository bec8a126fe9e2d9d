// Followers against a real live server in Node: the host's page played by a Hocuspocus
// provider, followers by the follow client over `ws`. Each test stops what it starts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  connectFollow,
  type FollowConnection,
  type FollowSocket,
} from '../../../src/live/connectFollow.ts';
import { connectLive, type LiveShow } from '../../../src/live/connectLive.ts';
import { parseLiveKey } from '../../../src/live/liveKey.ts';
import { makeLiveKey } from '../../../src/server/liveKeys.ts';
import { makeLiveServer, type LiveServer } from '../../../src/server/makeLiveServer.ts';
import { makeShowEvent } from '../../../src/show/showLog.ts';

const secret = Buffer.alloc(32, 9);
const showId = 'follow-show';
const speakerIds = ['nadia-starr'];
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startServer(maxFollowers?: number): Promise<LiveServer> {
  const dir = mkdtempSync(join(tmpdir(), 'follow-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const server = await makeLiveServer({
    port: 0,
    siteDir: dir,
    publicSiteDir: dir,
    dataDir: dir,
    secret,
    showId,
    speakerIds,
    ...(maxFollowers ? { maxFollowers } : {}),
  });
  cleanups.push(() => server.close());
  return server;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const followUrl = (server: LiveServer): string =>
  `${server.origin.replace('http', 'ws')}/follow/socket`;

function follow(server: LiveServer, key = makeLiveKey(secret, showId, 'follow')): FollowConnection {
  const connection = connectFollow({
    url: followUrl(server),
    key,
    makeSocket: (url) => new WebSocket(url) as unknown as FollowSocket,
  });
  cleanups.push(() => connection.destroy());
  return connection;
}

function host(server: LiveServer): LiveShow {
  const key = parseLiveKey(makeLiveKey(secret, showId, 'host'));
  if (!key) throw new Error('no host key');
  const live = connectLive({
    url: `${server.origin.replace('http', 'ws')}/live`,
    showId,
    key,
    persist: false,
    WebSocketPolyfill: WebSocket,
  });
  cleanups.push(() => live.destroy());
  return live;
}

describe('followers', () => {
  it('get the host deck’s slide and step, and nothing else', async () => {
    const server = await startServer();
    const deck = host(server);
    await until(() => deck.status() === 'connected', 'the host');
    const a = follow(server);
    const b = follow(server);
    await until(() => a.status() === 'connected' && b.status() === 'connected', 'followers');
    expect(a.position()).toBeNull();
    deck.appendLog([makeShowEvent({ kind: 'slide', slideId: 'map' }, Date.now())]);
    await until(() => a.position()?.slideId === 'map', 'the slide');
    deck.appendLog([makeShowEvent({ kind: 'step', slideId: 'map', step: 2 }, Date.now())]);
    await until(() => b.position()?.step === 2, 'the step');
    expect(a.position()).toEqual({ slideId: 'map', step: 2 });
    deck.sendMessage('nadia-starr', 'Please wrap up');
    deck.appendLog([makeShowEvent({ kind: 'slide', slideId: 'questions' }, Date.now() + 1)]);
    await until(() => a.position()?.slideId === 'questions', 'the next slide');
    expect(a.position()).toEqual({ slideId: 'questions', step: 0 });
  });

  it('the host and moderator hear how many follow', async () => {
    const server = await startServer();
    const deck = host(server);
    follow(server);
    follow(server);
    await until(() => deck.followers() === 2, 'a count of 2');
  });

  it('a follower that writes is closed, a bad key is refused, and a full deck says so', async () => {
    const server = await startServer(1);
    const first = follow(server);
    await until(() => first.status() === 'connected', 'the first follower');
    const second = follow(server);
    await until(() => second.status() === 'refused', 'the second to be turned away');
    expect(second.refusal()).toBe('full');
    const forged = follow(server, `follow.${'A'.repeat(24)}`);
    await until(() => forged.status() === 'refused', 'the forged key to be refused');
    expect(forged.refusal()).toBe('invalid-key');

    const raw = new WebSocket(followUrl(server));
    const closed = new Promise<number>((resolve) => raw.on('close', (code) => resolve(code)));
    first.destroy();
    await new Promise((resolve) => raw.on('open', resolve));
    raw.send(JSON.stringify({ type: 'hello', key: makeLiveKey(secret, showId, 'follow') }));
    await new Promise((resolve) => raw.once('message', resolve));
    raw.send(JSON.stringify({ type: 'slide', slideId: 'title' }));
    expect(await closed).toBe(1008);
  });

  it('a new follow link ends the old one’s followers, and the new one follows', async () => {
    const server = await startServer();
    const old = follow(server);
    await until(() => old.status() === 'connected', 'the follower on the old link');
    const key = await server.replaceLink('follow');
    await until(() => old.status() === 'refused', 'the old link to be ended');
    expect(old.refusal()).toBe('invalid-key');
    const fresh = follow(server, key);
    await until(() => fresh.status() === 'connected', 'the follower on the new link');
  });

  it('a follow key cannot open the show’s document', async () => {
    const server = await startServer();
    const socket = new HocuspocusProviderWebsocket({
      url: `${server.origin.replace('http', 'ws')}/live`,
      WebSocketPolyfill: WebSocket,
    });
    let reason: string | null = null;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: showId,
      document: new Y.Doc(),
      token: makeLiveKey(secret, showId, 'follow'),
      onAuthenticationFailed: (data) => {
        reason = data.reason;
      },
    });
    provider.attach();
    cleanups.push(() => {
      provider.destroy();
      socket.destroy();
    });
    await until(() => reason !== null, 'the refusal');
    expect(reason).toBe('invalid-key');
  });
});
