/**
 * The saved form of a store's value, `{ version, data }`, and how saved text is opened: kept
 * apart from `makeStore.ts` so that reading for real and peeking share one definition of
 * "readable".
 */

/** Why saved text cannot be used: the notice's kind and a reason for people. */
export interface Unreadable {
  readonly kind: 'corrupt' | 'unknown-version';
  readonly reason: string;
}

interface Envelope {
  readonly version: number;
  readonly data: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { version?: unknown }).version === 'number' &&
    'data' in value
  );
}

/** The text saved for `data` at `version`. */
export function formatEnvelope(version: number, data: unknown): string {
  return JSON.stringify({ version, data });
}

/**
 * The data inside saved text of `version`, not yet checked, or why it cannot be read.
 * @example openEnvelope('{"version":2,"data":[]}', 1) // { unreadable: { kind: 'unknown-version', … } }
 */
export function openEnvelope(
  raw: string,
  version: number,
): { readonly data: unknown } | { readonly unreadable: Unreadable } {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { unreadable: { kind: 'corrupt', reason: 'it is not valid JSON' } };
  }
  if (!isEnvelope(envelope))
    return { unreadable: { kind: 'corrupt', reason: 'it has no version' } };
  if (envelope.version !== version) {
    return {
      unreadable: {
        kind: 'unknown-version',
        reason: `it is version ${envelope.version}, and this page reads version ${version}`,
      },
    };
  }
  return { data: envelope.data };
}
