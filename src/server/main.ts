/**
 * `npm run live`: builds the host site when it is missing or older than its sources, starts
 * the live server, and prints one line per role with its link, then nothing else. Everything
 * else (the build's output, warnings) goes to stderr, so the links can be read by a script.
 *
 * `npm run live -- new-link ROLE` (`deck`, `moderator`, `speaker:<id>`…) ends that link and
 * prints its successor as one line `ROLE: <link>`, whether or not a server is running on the
 * same data folder (a running one notices within a second).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadModel } from '../../data/index.ts';
import { loadSlideSources } from '../build/loadSlides.ts';
import { parseLinkName } from '../live/liveKey.ts';
import { formatLiveLink, formatLiveLinks, parsePublicUrl } from './formatLiveLinks.ts';
import { makeLinkVersions } from './linkVersions.ts';
import { loadSecret } from './liveKeys.ts';
import { makeLiveServer, type RedisAddress } from './makeLiveServer.ts';
import { closeDb, makeShowDatabase } from './showDatabase.ts';
import { makeShowClock } from './showClockRoutes.ts';
import { parseShowClockInstant } from '../time/showClock.ts';

const root = resolve(import.meta.dirname, '../..');
const siteDir = join(root, 'dist');
/** The viewers' build, which followers get (under /follow/). */
const publicSiteDir = join(root, 'dist-public');

/** The newest modification time under `path` (files and folders, recursively). */
function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

/** Whether a build (its file `built`) is missing or older than anything it is built from. */
function needsBuild(built: string): boolean {
  if (!existsSync(built)) return true;
  const sources = [
    'src',
    'data',
    'slides',
    'public',
    'index.html',
    'run-of-show.html',
    'speaker.html',
    'vite.config.ts',
  ];
  const newest = Math.max(
    ...sources
      .map((s) => join(root, s))
      .filter(existsSync)
      .map(newestChange),
  );
  return newest > statSync(built).mtimeMs;
}

/** Runs `vite build` (with `args`) when `built` is missing or stale; throws if it fails. */
function buildIfStale(built: string, args: readonly string[], what: string): void {
  if (!needsBuild(built)) return;
  console.error(`[live] Building ${what} (vite build ${args.join(' ')})…`);
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', ...args],
    { cwd: root, stdio: ['ignore', process.stderr, process.stderr] },
  );
  if (result.status !== 0) throw new Error('[live] The build failed: see its messages above.');
}

function parseCount(text: string, flag: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    throw new Error(`At ${flag}: expected a whole number from 1 to 1000000, got "${text}".`);
  }
  return count;
}

function parsePublishedUrl(text: string): string {
  let url: URL | null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw new Error(
      `At --published-url: expected the published deck's http(s) address, got "${text}".`,
    );
  }
  return url.href;
}

function parseRedis(text: string): RedisAddress {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL('invalid://');
  }
  if (url.protocol !== 'redis:' || url.hostname === '') {
    throw new Error(
      `At --redis: expected redis://HOST:PORT, got "${text}". Give the address of a running redis-server.`,
    );
  }
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 6379) };
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`At --port: expected a port number from 0 to 65535, got "${text}".`);
  }
  return port;
}

/** Options of both commands. */
interface LiveArgs {
  readonly dataDir: string;
  readonly secret: Buffer;
  readonly baseUrl: string | null;
}

/** `new-link ROLE`: stores the link's next version and prints the new link. */
async function newLink(linkName: string | undefined, args: LiveArgs, port: number): Promise<void> {
  const model = loadModel();
  const speakerIds = model.speakers.map((s) => s.id);
  const parsed = parseLinkName(linkName ?? '', speakerIds, 'new-link');
  if ('error' in parsed) throw new Error(parsed.error);
  const sqlite = makeShowDatabase(args.dataDir);
  await sqlite.onConfigure();
  await sqlite.ready;
  try {
    const db = sqlite.db;
    if (!db) throw new Error('[live] the SQLite extension did not open its database.');
    const versions = await makeLinkVersions({ db, showId: model.event.id });
    await versions.replace(linkName ?? '');
    const link = formatLiveLink(
      {
        baseUrl: args.baseUrl ?? `http://127.0.0.1:${port}/`,
        secret: args.secret,
        showId: model.event.id,
        versionOf: versions.versionOf,
      },
      parsed.role,
      parsed.speakerId,
    );
    process.stdout.write(`${linkName}: ${link}\n`);
  } finally {
    await closeDb(sqlite.db);
  }
}

async function main(): Promise<void> {
  // Only the links go to stdout: libraries that log say it on stderr.
  console.log = console.error;
  console.info = console.error;
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4174' },
      host: { type: 'string', default: '127.0.0.1' },
      'secret-file': { type: 'string', default: join(root, '.live', 'secret') },
      'data-dir': { type: 'string', default: join(root, '.live') },
      redis: { type: 'string' },
      'max-connections': { type: 'string' },
      'max-followers': { type: 'string' },
      'published-url': { type: 'string' },
      'max-connections-per-key': { type: 'string' },
      'public-url': { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'show-clock': { type: 'string' },
    },
  });
  const args: LiveArgs = {
    dataDir: resolve(values['data-dir']),
    secret: loadSecret(resolve(values['secret-file'])),
    baseUrl: values['public-url'] === undefined ? null : parsePublicUrl(values['public-url']),
  };
  const [command, ...rest] = positionals;
  if (command === 'new-link') {
    if (rest.length !== 1) {
      throw new Error(
        `At new-link: expected one link name (deck, moderator, speaker:<id>, follow), got ${rest.length}.`,
      );
    }
    await newLink(rest[0], args, parsePort(values.port));
    return;
  }
  if (command !== undefined) {
    throw new Error(
      `At the command line: expected no command or "new-link ROLE", got "${positionals.join(' ')}".`,
    );
  }
  // Checked before the build: a mistyped rehearsal instant should not cost a minute's build.
  const showStart =
    values['show-clock'] === undefined ? null : parseShowClockInstant(values['show-clock']);
  if (!values['no-build']) {
    buildIfStale(join(siteDir, 'run-of-show.html'), [], 'the host site');
    buildIfStale(join(publicSiteDir, 'index.html'), ['--mode', 'public'], 'the viewers’ deck');
  }
  const model = loadModel();
  const speakerIds = model.speakers.map((s) => s.id);
  const { secret } = args;
  const server = await makeLiveServer({
    host: values.host,
    port: parsePort(values.port),
    siteDir,
    dataDir: args.dataDir,
    secret,
    showId: model.event.id,
    speakerIds,
    slideIds: loadSlideSources(join(root, 'slides')).map((s) => s.id),
    redis: values.redis === undefined ? null : parseRedis(values.redis),
    showClock: makeShowClock(model.event.id, showStart),
    ...(values['max-connections'] === undefined
      ? {}
      : { maxConnections: parsePort(values['max-connections']) }),
    publicSiteDir,
    ...(values['max-followers'] === undefined
      ? {}
      : { maxFollowers: parseCount(values['max-followers'], '--max-followers') }),
    publishedUrl:
      values['published-url'] === undefined
        ? (model.event.followUp?.slidesUrl ?? null)
        : parsePublishedUrl(values['published-url']),
    ...(values['max-connections-per-key'] === undefined
      ? {}
      : {
          maxConnectionsPerKey: parseCount(
            values['max-connections-per-key'],
            '--max-connections-per-key',
          ),
        }),
  });
  if (showStart !== null) {
    console.error(
      `[live] Rehearsal on the show's clock: it read ${values['show-clock'] ?? ''} at start and runs on; its record is the document "${server.documentName}", apart from the real show's.`,
    );
  }
  const lines = formatLiveLinks({
    baseUrl: args.baseUrl ?? `${server.origin}/`,
    secret,
    showId: model.event.id,
    speakerIds,
    versionOf: server.versionOf,
  });
  process.stdout.write(`${lines.join('\n')}\n`);

  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[live] while stopping:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
