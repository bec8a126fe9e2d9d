/**
 * The live show's keys: an HMAC of the show's id and the role (and speaker) under a secret
 * that stays on the server's disk. Knowing a key proves nothing about any other key, and a
 * key for one show is worthless for another.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatLiveKey, parseLiveKey, type LiveKey, type LiveRole } from '../live/liveKey.ts';

/** Signs one role of one show. */
function sign(secret: Buffer, showId: string, role: LiveRole, speakerId: string | null): string {
  return createHmac('sha256', secret)
    .update(`${showId}\n${role}\n${speakerId ?? ''}`)
    .digest()
    .subarray(0, 18)
    .toString('base64url');
}

/** Makes the key for `role` (and `speakerId`, for a speaker) in the show `showId`. */
export function makeLiveKey(
  secret: Buffer,
  showId: string,
  role: LiveRole,
  speakerId: string | null = null,
): string {
  return formatLiveKey(role, speakerId, sign(secret, showId, role, speakerId));
}

/**
 * Checks `text` as a key for the show `showId`, and returns it taken apart, or `null` when it
 * is malformed, forged, for another show, or for a speaker who is not on the programme.
 */
export function checkLiveKey(
  secret: Buffer,
  showId: string,
  text: string,
  speakerIds: readonly string[],
): LiveKey | null {
  const key = parseLiveKey(text);
  if (!key) return null;
  if (key.speakerId !== null && !speakerIds.includes(key.speakerId)) return null;
  const expected = Buffer.from(sign(secret, showId, key.role, key.speakerId));
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
