// SPDX-License-Identifier: MIT
// The schema's `uniqueItems` on lists whose entries may be mappings (a service's `ports` and `volumes`), checked
// in one pass. ajv's code for it compares every two entries with a deep equality (fast-deep-equal): 10,000
// `ports` entries took seconds. scripts/generateComposeValidator.mjs puts this in the generated validator
// instead, with the same answer: the pair of equal entries ajv's loop finds first.

/** Keys whose own values change how fast-deep-equal compares two mappings: such data is compared its way. */
const SPECIAL_KEYS = ['constructor', 'valueOf', 'toString'];

/**
 * The entries ajv's loop reports: `i`, the last entry equal to an earlier one, and `j`, the last entry before
 * `i` equal to it. Undefined when all entries differ. Entries are told apart by a key (keyOf); the few a key
 * cannot stand for (a mapping with a `constructor`, `valueOf` or `toString` key of its own, or a value that is
 * not plain data) are compared with `equal`, ajv's own deep equality, among themselves only: such an entry
 * never equals plain data. Where `equal` throws on them (ajv's loop would throw, and lose every schema
 * problem of the file), the pair counts as different; past SPECIAL_LIMIT of them, all do.
 */
export function lastDuplicate(items: readonly unknown[], equal: (a: unknown, b: unknown) => boolean): { i: number; j: number } | undefined {
  const keys = new Keys();
  const seen = new Map<number, number>();
  const special: number[] = [];
  let found: { i: number; j: number } | undefined;
  for (let i = 0; i < items.length; i++) {
    const key = keys.of(items[i]);
    if (key === undefined) {
      if (special.length >= SPECIAL_LIMIT) continue;
      for (let k = special.length - 1; k >= 0; k--) {
        const j = special[k];
        if (same(equal, items[i], items[j])) { found = { i, j }; break; }
      }
      special.push(i);
      continue;
    }
    const j = seen.get(key);
    if (j !== undefined) found = { i, j };
    seen.set(key, i);
  }
  return found;
}

/**
 * Odd entries compared pair by pair, at most: each pair can throw (a `valueOf: 1` key), and 1,000 of them took
 * seconds. Past this many, odd entries count as different. The schema refuses such an entry anyway (no port or
 * mount has a `valueOf` setting), so only which pair a duplicate message names could change.
 */
const SPECIAL_LIMIT = 64;

function same(equal: (a: unknown, b: unknown) => boolean, a: unknown, b: unknown): boolean {
  // No stack trace for a throw that is only read as "different".
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try { return equal(a, b); } catch { return false; } finally { Error.stackTraceLimit = limit; }
}

/**
 * A number per value, equal for two values exactly when fast-deep-equal finds them equal: mappings by their
 * keys in any order, lists in order, NaN equal to NaN, 0 to -0. A list's or mapping's number comes from its
 * entries' numbers, and each object is numbered once, so an alias that repeats a list (or a list of lists of
 * aliases, doubling at each step) costs its size once, not its expanded size. Undefined for what a number
 * cannot stand for (SPECIAL_KEYS, values other than plain data).
 */
class Keys {
  private readonly ids = new Map<string, number>();
  private readonly ofObject = new Map<object, number | undefined>();

  of(value: unknown): number | undefined {
    if (typeof value === 'function' || typeof value === 'symbol') return undefined;
    if (value === null || typeof value !== 'object') return this.id(scalarText(value));
    if (this.ofObject.has(value)) return this.ofObject.get(value);
    let text: string | undefined;
    if (Array.isArray(value)) {
      const parts: number[] = [];
      for (const v of value) {
        const id = this.of(v);
        if (id === undefined) { parts.length = 0; text = undefined; break; }
        parts.push(id);
      }
      text = parts.length === value.length ? `[${parts.join(',')}]` : undefined;
    } else if (Object.getPrototypeOf(value) === Object.prototype && !SPECIAL_KEYS.some(k => Object.prototype.hasOwnProperty.call(value, k))) {
      const record = value as Record<string, unknown>;
      const names = Object.keys(record).sort();
      const parts: string[] = [];
      for (const name of names) {
        const id = this.of(record[name]);
        if (id === undefined) break;
        parts.push(`${JSON.stringify(name)}:${id}`);
      }
      text = parts.length === names.length ? `{${parts.join(',')}}` : undefined;
    }
    const id = text === undefined ? undefined : this.id(text);
    this.ofObject.set(value, id);
    return id;
  }

  private id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, id = this.ids.size);
    return id;
  }
}

function scalarText(value: unknown): string {
  switch (typeof value) {
    case 'string': return JSON.stringify(value);
    case 'number': return Number.isNaN(value) ? 'NaN' : `n${value === 0 ? 0 : value}`;
    default: return value === null ? 'null' : `${typeof value}:${String(value)}`;
  }
}
