/**
 * The live show's keys: an HMAC of the show's id, the role (and speaker) and the link's
 * version under a secret that stays on the server's disk. Knowing a key proves nothing about
 * any other key, a key for one show is worthless for another, and a new version of a link
 * (`linkVersions.ts`) makes the old key worthless without touching anyone else's.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  formatLinkName,
  formatLiveKey,
  parseLiveKey,
  type LiveKey,
  type LiveRole,
} from '../live/liveKey.ts';

/** Signs one version of one role's link in one show (version 0 is the link as first made). */
function sign(
  secret: Buffer,
  showId: string,
  role: LiveRole,
  speakerId: string | null,
  version: number,
): string {
  const versionPart = version === 0 ? '' : `\n${version}`;
  return createHmac('sha256', secret)
    .update(`${showId}\n${role}\n${speakerId ?? ''}${versionPart}`)
    .digest()
    .subarray(0, 18)
    .toString('base64url');
}

/**
 * Makes the key for `role` (and `speakerId`, for a speaker) in the show `showId`, at the
 * link's `version` (see `linkVersions.ts`).
 */
export function makeLiveKey(
  secret: Buffer,
  showId: string,
  role: LiveRole,
  speakerId: string | null = null,
  version = 0,
): string {
  return formatLiveKey(role, speakerId, sign(secret, showId, role, speakerId, version));
}

/**
 * Checks `text` as a key for the show `showId`, and returns it taken apart, or `null` when it
 * is malformed, forged, for another show, for a speaker who is not on the programme, or of a
 * link that has been replaced (`versionOf` gives each link name's current version).
 */
export function checkLiveKey(
  secret: Buffer,
  showId: string,
  text: string,
  speakerIds: readonly string[],
  versionOf: (linkName: string) => number = () => 0,
): LiveKey | null {
  const key = parseLiveKey(text);
  if (!key) return null;
  if (key.speakerId !== null && !speakerIds.includes(key.speakerId)) return null;
  const version = versionOf(formatLinkName(key));
  const expected = Buffer.from(sign(secret, showId, key.role, key.speakerId, version));
  const given = Buffer.from(key.mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? key : null;
}

/**
 * Reads the secret from `file`, or makes a new one there (readable by this user only) on the
 * first run. Links made with one secret keep working for as long as the file is kept.
 * @throws Error when the file exists but holds too short a secret.
 */
export function loadSecret(file: string): Buffer {
  let text: string | null = null;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text === null) {
    const secret = randomBytes(32);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${secret.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  }
  const secret = Buffer.from(text, 'base64url');
  if (secret.length < 16) {
    throw new Error(
      `At ${file}: expected a secret of at least 16 bytes in base64url, got ${secret.length} bytes. Delete the file to make a new one (every link changes).`,
    );
  }
  return secret;
}
