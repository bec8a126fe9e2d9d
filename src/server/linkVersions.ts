/**
 * Link versions: each link name (`deck`, `moderator`, `speaker:<id>`…) has a version, 0 until
 * its first replacement; a key is valid only at its link's current version. Versions live in
 * the show's SQLite file, so they survive a restart and a second process can replace a link
 * while the server runs; each server process reads them again every second. With `--redis`,
 * processes that keep their files apart also share versions through one Redis hash, each
 * taking the higher of what it has and what Redis has, so they agree within a second or two.
 */
import type { Redis } from '@hocuspocus/extension-redis';
import { allSql, runSql, type ShowDb } from './showDatabase.ts';

/** The client the engine's Redis extension already holds open. */
export type LinkRedis = Redis['pub'];

const SCHEMA = `CREATE TABLE IF NOT EXISTS "link_versions" (
  "show" TEXT NOT NULL,
  "link" TEXT NOT NULL,
  "version" INTEGER NOT NULL,
  PRIMARY KEY ("show", "link")
)`;

// Sets a link's version in Redis only when it is higher than the one there: two processes
// writing at once never move a link back to an older key.
const RAISE_SCRIPT = `local current = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if tonumber(ARGV[2]) > current then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return 0`;

/** Options for `makeLinkVersions`. */
export interface LinkVersionsOptions {
  readonly db: ShowDb;
  readonly showId: string;
  /** Shares versions with other processes through this client. @defaultValue null */
  readonly redis?: LinkRedis | null;
}

/** One show's link versions. */
export interface LinkVersions {
  /** The link's current version, as last read. */
  readonly versionOf: (linkName: string) => number;
  /** Ends the link's current key: stores and returns its next version. */
  readonly replace: (linkName: string) => Promise<number>;
  /** Reads the versions again; resolves whether any changed. */
  readonly refresh: () => Promise<boolean>;
}

/** Opens the versions of `showId` (making the table when missing) and reads them once. */
export async function makeLinkVersions(options: LinkVersionsOptions): Promise<LinkVersions> {
  const { db, showId } = options;
  const redis = options.redis ?? null;
  const redisKey = `recognition-live:link-versions:${showId}`;
  await runSql(db, SCHEMA);
  let current = new Map<string, number>();

  const raiseLocal = (link: string, version: number): Promise<void> =>
    runSql(
      db,
      `INSERT INTO "link_versions" ("show", "link", "version") VALUES (?, ?, ?)
       ON CONFLICT ("show", "link") DO UPDATE SET "version" = max("version", excluded."version")`,
      [showId, link, version],
    );
  const raiseRemote = async (link: string, version: number): Promise<void> => {
    await redis?.eval(RAISE_SCRIPT, 1, redisKey, link, String(version));
  };

  const refresh = async (): Promise<boolean> => {
    const rows = await allSql<{ link: string; version: number }>(
      db,
      'SELECT "link", "version" FROM "link_versions" WHERE "show" = ?',
      [showId],
    );
    const next = new Map(rows.map((r) => [r.link, r.version]));
    if (redis) {
      const remote = await redis.hgetall(redisKey);
      for (const [link, text] of Object.entries(remote)) {
        const version = Number(text);
        if (!Number.isSafeInteger(version) || version <= (next.get(link) ?? 0)) continue;
        next.set(link, version);
        await raiseLocal(link, version);
      }
      for (const [link, version] of next) {
        if (version > Number(remote[link] ?? 0)) await raiseRemote(link, version);
      }
    }
    const changed =
      next.size !== current.size || [...next].some(([link, v]) => current.get(link) !== v);
    current = next;
    return changed;
  };
  await refresh();

  return {
    versionOf: (link) => current.get(link) ?? 0,
    async replace(link) {
      await refresh();
      const [row] = await allSql<{ version: number }>(
        db,
        `INSERT INTO "link_versions" ("show", "link", "version") VALUES (?, ?, ?)
         ON CONFLICT ("show", "link") DO UPDATE SET "version" = max("version" + 1, excluded."version")
         RETURNING "version"`,
        [showId, link, (current.get(link) ?? 0) + 1],
      );
      const version = row?.version;
      if (version === undefined) throw new Error(`[live] no version stored for the link ${link}.`);
      await raiseRemote(link, version);
      current = new Map(current).set(link, version);
      return version;
    },
    refresh,
  };
}
