/**
 * Versioned, validated `localStorage`. Each value is saved as `{ version, data }` under one
 * key and checked when read. Saved text that is corrupt, fails its check, or comes from an
 * unknown version is copied under a backup key, reported, and replaced by a clean start:
 * the page loads, says what happened, and nothing is silently lost. When storage is
 * disabled or full, the store says so once and keeps the value in memory.
 */
import { formatEnvelope, openEnvelope, type Unreadable } from './envelope.ts';

/** What went wrong with saved state. */
export type StoreNoticeKind = 'corrupt' | 'unknown-version' | 'unavailable' | 'full';

/** A problem with saved state, to show to the person using the page. */
export interface StoreNotice {
  readonly kind: StoreNoticeKind;
  readonly key: string;
  /** A sentence for people. */
  readonly message: string;
  /** Where the unreadable saved text was copied, if it was. */
  readonly backupKey: string | null;
  /** The unreadable saved text, so that the page can offer it for download. */
  readonly raw: string | null;
  /**
   * Set when the text was too large to copy aside and is left in place: nothing is saved
   * over it until the page calls this (once the text was offered and taken for download).
   */
  readonly release?: () => void;
}

/** Options for `makeStore`. */
export interface StoreOptions<T> {
  /** The `localStorage` key. */
  readonly key: string;
  /** The version of the saved shape; saved data of any other version is set aside. */
  readonly version: number;
  /** What the saved state is, for messages: "the actual start times". */
  readonly label: string;
  /** Checks saved data and returns it typed. @throws Error saying what does not fit. */
  readonly parse: (data: unknown) => T;
  /** The value when nothing is saved. */
  readonly initial: T;
  /**
   * Where to save. @defaultValue `window.localStorage`, or `null` (memory only) when it
   * cannot be reached
   */
  readonly storage?: Storage | null;
}

/** A typed, versioned slot in storage. */
export interface Store<T> {
  readonly key: string;
  /** Reads the saved value, or the initial one; a notice says why saved text was set aside. */
  load(): { readonly value: T; readonly notice: StoreNotice | null };
  /** Reads the saved value without setting anything aside: the initial value on any problem. */
  peek(): T;
  /** Saves `value`; a notice says when it could be kept in memory only. */
  save(value: T): StoreNotice | null;
  /** Calls `onChange` when another window of the same site changes this key. */
  watch(onChange: () => void): () => void;
}

/** `window.localStorage` if it can be used, else `null` (private modes, disabled storage). */
export function getLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = '__store-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** The notice for storage that cannot be used at all, or is full. */
function makeUnavailableNotice(
  kind: 'unavailable' | 'full',
  key: string,
  label: string,
): StoreNotice {
  return {
    kind,
    key,
    message:
      kind === 'full'
        ? `The browser's storage is full, so ${label} are kept in this window only and will be lost if it is closed or reloaded.`
        : `This browser does not let the page save anything (private mode or storage turned off), so ${label} are kept in this window only and will be lost if it is closed or reloaded.`,
    backupKey: null,
    raw: null,
  };
}

/**
 * Copies unreadable saved text under a backup key and clears `key`; returns the backup key,
 * or `null` when the text is too large to copy within the quota and stays where it is.
 */
function copyAside(storage: Storage | null, key: string, raw: string): string | null {
  const backupKey = `${key}:backup:${Date.now()}`;
  try {
    storage?.setItem(backupKey, raw);
    storage?.removeItem(key);
    return backupKey;
  } catch {
    // Too large to copy within the quota: the original stays where it is, and nothing is
    // written over it until the person has had the chance to download it.
    try {
      storage?.removeItem(backupKey);
    } catch {
      // Nothing was written under the backup key, so there is nothing to tidy.
    }
    return null;
  }
}

/**
 * The notice for saved text set aside as unreadable: copied to `backupKey`, or, when that is
 * `null`, left in place until `release` is called.
 */
function makeSetAsideNotice(
  key: string,
  label: string,
  raw: string,
  { kind, reason }: Unreadable,
  backupKey: string | null,
  release: () => void,
): StoreNotice {
  const start = `Saved ${label} could not be read (${reason}), so the page starts clean.`;
  if (backupKey !== null) {
    return {
      kind,
      key,
      message: `${start} The saved text is kept under “${backupKey}” and can be downloaded here.`,
      backupKey,
      raw,
    };
  }
  return {
    kind,
    key,
    message: `${start} The saved text is too large to copy aside in this browser's storage, so it is left as it was and nothing is saved over it: changes stay in this window until you download the saved text here.`,
    backupKey: null,
    raw,
    release,
  };
}

/** Makes a store for one key. */
export function makeStore<T>(options: StoreOptions<T>): Store<T> {
  const { key, version, label, parse, initial } = options;
  const storage = options.storage === undefined ? getLocalStorage() : options.storage;
  let memory: T | null = null;
  let reportedUnavailable = false;
  // True while unreadable text that could not be copied aside is left under `key`: saves
  // stay in memory so that the next change does not overwrite, and lose, that text.
  let held = false;

  const unavailable = (kind: 'unavailable' | 'full'): StoreNotice | null => {
    if (reportedUnavailable) return null;
    reportedUnavailable = true;
    return makeUnavailableNotice(kind, key, label);
  };

  const release = (): void => {
    if (!held) return;
    held = false;
    try {
      storage?.removeItem(key);
      if (memory !== null) storage?.setItem(key, formatEnvelope(version, memory));
      memory = null;
    } catch {
      // Still too full: the value stays in memory, as with a full storage.
    }
  };

  const setAside = (raw: string, unreadable: Unreadable): StoreNotice => {
    const backupKey = copyAside(storage, key, raw);
    if (backupKey === null) held = true;
    return makeSetAsideNotice(key, label, raw, unreadable, backupKey, release);
  };

  return {
    key,
    load() {
      if (memory !== null) return { value: memory, notice: null };
      if (held) return { value: initial, notice: null };
      if (!storage) return { value: initial, notice: unavailable('unavailable') };
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch {
        return { value: initial, notice: unavailable('unavailable') };
      }
      if (raw === null) return { value: initial, notice: null };
      const opened = openEnvelope(raw, version);
      if ('unreadable' in opened)
        return { value: initial, notice: setAside(raw, opened.unreadable) };
      try {
        return { value: parse(opened.data), notice: null };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { value: initial, notice: setAside(raw, { kind: 'corrupt', reason }) };
      }
    },
    peek() {
      if (memory !== null) return memory;
      try {
        const raw = storage?.getItem(key) ?? null;
        if (raw === null) return initial;
        const opened = openEnvelope(raw, version);
        return 'data' in opened ? parse(opened.data) : initial;
      } catch {
        return initial;
      }
    },
    save(value) {
      if (held) {
        memory = value;
        return null;
      }
      if (!storage) {
        memory = value;
        return unavailable('unavailable');
      }
      try {
        storage.setItem(key, formatEnvelope(version, value));
        memory = null;
        return null;
      } catch {
        memory = value;
        return unavailable('full');
      }
    },
    watch(onChange) {
      const listener = (event: StorageEvent): void => {
        if (event.key === key || event.key === null) onChange();
      };
      window.addEventListener('storage', listener);
      return () => window.removeEventListener('storage', listener);
    },
  };
}
