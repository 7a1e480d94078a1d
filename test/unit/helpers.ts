// SPDX-License-Identifier: MIT
// Small helpers shared by unit tests.

/** Joins lines with '\n', so test texts read like the file they stand for. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** The position of the `nth` occurrence of `needle` in `text`, plus `offset` characters. */
export function positionOf(text: string, needle: string, offset = 0, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' (#${nth}) not in text`);
  }
  const before = text.slice(0, at + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** A Memento kept in a Map, as workspaceState behaves within one session. */
export function memento(initial: Record<string, unknown> = {}) {
  const store = new Map<string, unknown>(Object.entries(initial));
  return {
    keys: () => [...store.keys()],
    get: <T>(key: string, fallback?: T) => (store.has(key) ? store.get(key) as T : fallback),
    update: async (key: string, value: unknown) => { store.set(key, value); },
  };
}
