/**
 * Rules that check the shape of authored data, field by field, before anything reads it.
 * `vite build` strips types without checking them, so a misspelt union value or a missing
 * field would otherwise reach a page. A `Shape<T>` must name a rule for every key of `T`
 * (optional keys too), so the type checker refuses a new input field that has no rule.
 *
 * Messages follow `At <where>: expected <what>, got <value>. <fix>`; list entries are named by
 * their id where they have one (`agenda["panel"].participants["nadia-starr"].role`), so an
 * author can find them by searching the file.
 */
import { IANAZone } from 'luxon';

/** Where shape rules report problems; data/validate.ts's collector fits it. */
export interface ShapeSink {
  expected(where: string, what: string, got: unknown, fix: string): void;
}

/** Checks one value at `where`; returns whether it was well formed. */
export type Rule = (p: ShapeSink, where: string, value: unknown) => boolean;

/** A rule for every key of `T`, optional keys included. */
export type Shape<T> = { readonly [K in keyof T]-?: Rule };

/** A value as an author would recognise it in a message: JSON, or "nothing" when absent. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.stringify returns undefined for functions and symbols, despite its declared type.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty text; `what` names it in the message ("title"). */
export function text(what: string, fix = `Write the ${what}.`): Rule {
  return (p, where, value) => {
    if (typeof value === 'string' && value.trim() !== '') return true;
    p.expected(where, `a non-empty ${what}`, value, fix);
    return false;
  };
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A kebab-case id such as "wrap-up". */
export const kebabId: Rule = (p, where, value) => {
  if (typeof value === 'string' && ID_PATTERN.test(value)) return true;
  p.expected(
    where,
    'a kebab-case id',
    value,
    'Use lower-case words joined by "-", such as "wrap-up".',
  );
  return false;
};

/** A zone name from the tz database. */
export const ianaZone: Rule = (p, where, value) => {
  if (typeof value === 'string' && IANAZone.isValidZone(value)) return true;
  p.expected(
    where,
    'an IANA time zone',
    value,
    'Use a name from the tz database, such as "Europe/Paris".',
  );
  return false;
};

/**
 * One of a fixed set of words. Pass a record keyed by every member of the union
 * (`{ speaker: true, … } satisfies Record<ParticipantRole, true>`) so a new member can't be
 * forgotten here.
 */
export function oneOf(members: Readonly<Record<string, true>>, fix: string): Rule {
  const words = Object.keys(members);
  return (p, where, value) => {
    if (typeof value === 'string' && words.includes(value)) return true;
    p.expected(where, `one of ${words.map(show).join(', ')}`, value, fix);
    return false;
  };
}

/** A whole number from `min` to `max`. */
export function integer(min: number, max: number, fix: string): Rule {
  return (p, where, value) => {
    if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max) {
      return true;
    }
    p.expected(where, `a whole number from ${min} to ${max}`, value, fix);
    return false;
  };
}

/** A finite number from `min` to `max`. */
export function numberIn(min: number, max: number, fix: string): Rule {
  return (p, where, value) => {
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) {
      return true;
    }
    p.expected(where, `a number from ${min} to ${max}`, value, fix);
    return false;
  };
}

/** A value that may be `null`. */
export function nullable(rule: Rule): Rule {
  return (p, where, value) => value === null || rule(p, where, value);
}

/** A field that may be left out. */
export function optional(rule: Rule): Rule {
  return (p, where, value) => value === undefined || rule(p, where, value);
}

/** Options for `list`. */
export interface ListOptions {
  /** The fewest entries allowed. @defaultValue 0 */
  readonly min?: number;
  /** What one entry is called, for the message when there are too few ("segment"). */
  readonly what?: string;
  /** The fix when there are too few entries. */
  readonly fix?: string;
  /** The field that names an entry in messages instead of its index. */
  readonly key?: string;
}

/** How a list entry is named in messages: `["panel"]` by its key field, else `[2]`. */
export function entryName(item: unknown, index: number, key: string | undefined): string {
  const id = key && isRecord(item) ? item[key] : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `[${show(id)}]` : `[${index}]`;
}

/** An array whose every entry passes `rule`. */
export function list(rule: Rule, options: ListOptions = {}): Rule {
  const min = options.min ?? 0;
  return (p, where, value) => {
    if (!Array.isArray(value)) {
      p.expected(where, 'a list [ … ]', value, 'Write the entries between [ and ].');
      return false;
    }
    let ok = true;
    if (value.length < min) {
      const what = options.what ?? 'entry';
      p.expected(
        where,
        min === 1 ? `at least one ${what}` : `at least ${min} ${what}s`,
        value,
        options.fix ?? `Add the ${what}s.`,
      );
      ok = false;
    }
    value.forEach((item, i) => {
      ok = rule(p, `${where}${entryName(item, i, options.key)}`, item) && ok;
    });
    return ok;
  };
}

/** An object with exactly the fields of `shape`, each passing its rule. */
export function record<T>(shape: Shape<T>): Rule {
  const fields = Object.keys(shape);
  return (p, where, value) => {
    if (!isRecord(value)) {
      p.expected(where, 'an object { … }', value, 'Write the fields between { and }.');
      return false;
    }
    let ok = true;
    for (const key of Object.keys(value)) {
      if (!fields.includes(key)) {
        p.expected(
          where,
          `only the fields ${fields.join(', ')}`,
          key,
          `Remove "${key}" or correct its spelling.`,
        );
        ok = false;
      }
    }
    for (const [key, rule] of Object.entries<Rule>(shape)) {
      ok = rule(p, `${where}.${key}`, value[key]) && ok;
    }
    return ok;
  };
}

/** An object used as a dictionary: every key passes `key`, every value passes `rule`. */
export function dictionary(keyRule: Rule, rule: Rule): Rule {
  return (p, where, value) => {
    if (!isRecord(value)) {
      p.expected(where, 'an object { … }', value, 'Write the entries between { and }.');
      return false;
    }
    let ok = true;
    for (const [key, item] of Object.entries(value)) {
      ok = keyRule(p, where, key) && ok;
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${show(key)}]`;
      ok = rule(p, `${where}${name}`, item) && ok;
    }
    return ok;
  };
}
