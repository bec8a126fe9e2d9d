/**
 * The show's SQLite file in the data folder: the engine's documents table (through
 * Hocuspocus's own SQLite extension) and the table of link versions beside it, so one file
 * holds everything a restart must keep, and a second process (`npm run live -- new-link`)
 * can change a link while the server runs.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { schema, SQLite } from '@hocuspocus/extension-sqlite';

/** The SQLite handle the engine's extension opens. */
export type ShowDb = NonNullable<SQLite['db']>;

/** How long a statement waits for another process holding the file before it fails. */
const BUSY_TIMEOUT_MS = 5000;

/** Runs one statement. */
export function runSql(db: ShowDb, sql: string, params: readonly unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    db.run(sql, params, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

/** Runs one query and resolves with its rows. */
export function allSql<Row>(
  db: ShowDb,
  sql: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    db.all(sql, params, (error: Error | null, rows: Row[]) =>
      error ? reject(error) : resolve(rows),
    );
  });
}

/** Closes the handle (resolves at once when it was never opened). */
export function closeDb(db: ShowDb | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (db) db.close(() => resolve());
    else resolve();
  });
}

/**
 * The engine's SQLite extension, but ready only once its table exists: the extension creates
 * the table without waiting, so a show asked for at once could be read before it exists.
 */
export class DurableSQLite extends SQLite {
  private markReady: (result: Promise<void>) => void = () => undefined;
  /** Resolves once the database is open and its table exists. */
  readonly ready = new Promise<void>((resolve) => {
    this.markReady = (result) => resolve(result);
  });

  override async onConfigure(): Promise<void> {
    await super.onConfigure();
    const { db } = this;
    const ready = db
      ? (db.configure('busyTimeout', BUSY_TIMEOUT_MS), runSql(db, schema))
      : Promise.reject(new Error('[live] the SQLite extension did not open its database.'));
    this.markReady(ready);
    await ready;
  }
}

/** The show's SQLite file in `dataDir` (made if missing), as the engine's extension. */
export function makeShowDatabase(dataDir: string): DurableSQLite {
  mkdirSync(dataDir, { recursive: true });
  return new DurableSQLite({ database: join(dataDir, 'live.sqlite') });
}
