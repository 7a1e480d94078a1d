// SPDX-License-Identifier: MIT
// The schema's `uniqueItems` on lists whose entries may be mappings (a service's `ports` and `volumes`), checked
// in one pass. ajv's code for it compares every two entries with a deep equality (fast-deep-equal): 10,000
// `ports` entries took seconds. scripts/generateComposeValidator.mjs puts this in the generated validator
// instead, with the same answer: the pair of equal entries ajv's loop finds first.

/** Keys whose own values change how fast-deep-equal compares two mappings: such data is compared its way. */
const SPECIAL_KEYS = ['constructor', 'valueOf', 'toString'];

/**
 * The entries ajv's loop reports: `i`, the last entry equal to an earlier one, and `j`, the last entry before
 * `i` equal to it. Undefined when all entries differ. `equal` is ajv's own deep equality, used as it does only
 * for data a key cannot stand for (a mapping with a `constructor`, `valueOf` or `toString` key of its own).
 */
export function lastDuplicate(items: readonly unknown[], equal: (a: unknown, b: unknown) => boolean): { i: number; j: number } | undefined {
  const keys = new Map<object, string>();
  const seen = new Map<string, number>();
  let found: { i: number; j: number } | undefined;
  try {
    for (let i = 0; i < items.length; i++) {
      const key = keyOf(items[i], keys);
      const j = seen.get(key);
      if (j !== undefined) found = { i, j };
      seen.set(key, i);
    }
  } catch (err) {
    if (err !== SPECIAL) throw err;
    return quadratic(items, equal);
  }
  return found;
}

const SPECIAL = new Error('a mapping fast-deep-equal compares its own way');

/**
 * A text equal for two values exactly when fast-deep-equal finds them equal: mappings by their keys in any order,
 * lists in order, NaN equal to NaN, 0 to -0. Kept per object, as an alias may put one mapping in many places.
 */
function keyOf(value: unknown, keys: Map<object, string>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string': return JSON.stringify(value);
    case 'number': return Number.isNaN(value) ? 'NaN' : `n${value === 0 ? 0 : value}`;
    case 'object': break;
    default: return `${typeof value}:${String(value)}`;
  }
  let key = keys.get(value);
  if (key !== undefined) return key;
  if (Array.isArray(value)) key = `[${value.map(v => keyOf(v, keys)).join(',')}]`;
  else {
    if (Object.getPrototypeOf(value) !== Object.prototype || SPECIAL_KEYS.some(k => Object.prototype.hasOwnProperty.call(value, k))) throw SPECIAL;
    const record = value as Record<string, unknown>;
    key = `{${Object.keys(record).sort().map(k => `${JSON.stringify(k)}:${keyOf(record[k], keys)}`).join(',')}}`;
  }
  keys.set(value, key);
  return key;
}

/** ajv's own loop: from the last entry back, each compared with those before it. */
function quadratic(items: readonly unknown[], equal: (a: unknown, b: unknown) => boolean): { i: number; j: number } | undefined {
  for (let i = items.length - 1; i > 0; i--) {
    for (let j = i - 1; j >= 0; j--) if (equal(items[i], items[j])) return { i, j };
  }
  return undefined;
}
