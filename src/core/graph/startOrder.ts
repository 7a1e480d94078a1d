// SPDX-License-Identifier: MIT
// The order `docker compose up` starts services in: a service starts after everything it depends on.
// Compose itself walks the dependency graph; among services that are free to start we keep file order,
// so the walk-through reads the way the file does.

/**
 * Services ordered so each comes after its dependencies (`pairs` are [waiter, waited-for]). Services in a
 * loop cannot be ordered: they come last, in file order, and are reported as `cycle`.
 */
export function startOrder(services: readonly string[], pairs: readonly (readonly [string, string])[]): { order: string[]; cycle?: string[] } {
  const known = new Set(services);
  const waitsFor = new Map<string, Set<string>>(services.map(s => [s, new Set()]));
  const waiters = new Map<string, string[]>(services.map(s => [s, []]));
  for (const [waiter, dep] of pairs) {
    if (!known.has(waiter) || !known.has(dep) || waiter === dep || waitsFor.get(waiter)!.has(dep)) continue;
    waitsFor.get(waiter)!.add(dep);
    waiters.get(dep)!.push(waiter);
  }
  const position = new Map(services.map((s, i) => [s, i]));
  const ready = services.filter(s => waitsFor.get(s)!.size === 0);
  const order: string[] = [];
  const left = new Map(services.map(s => [s, waitsFor.get(s)!.size]));
  while (ready.length) {
    // Keep file order among the services that may start now (the list stays short in practice).
    ready.sort((a, b) => position.get(a)! - position.get(b)!);
    const next = ready.shift()!;
    order.push(next);
    for (const w of waiters.get(next)!) {
      const n = left.get(w)! - 1;
      left.set(w, n);
      if (n === 0) ready.push(w);
    }
  }
  if (order.length === services.length) return { order };
  const placed = new Set(order);
  const cycle = services.filter(s => !placed.has(s));
  return { order: [...order, ...cycle], cycle };
}
