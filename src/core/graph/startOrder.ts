// SPDX-License-Identifier: MIT
// The order `docker compose up` starts services in: a service starts after everything it depends on.
// Compose itself walks the dependency graph; among services that are free to start we keep file order,
// so the walk-through reads the way the file does.

/**
 * Services ordered so each comes after its dependencies (`pairs` are [waiter, waited-for]). Services in a
 * loop, and those waiting for one, cannot be ordered: they come last, in file order; the loop's own members
 * are reported as `cycle`.
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
  // Among the services that may start now, the first in the file goes first. They are kept in a min-heap
  // of file positions: a file of thousands of services without depends_on has them all ready at once.
  const ready = new MinHeap();
  services.forEach((s, i) => { if (waitsFor.get(s)!.size === 0) ready.push(i); });
  const order: string[] = [];
  const left = new Map(services.map(s => [s, waitsFor.get(s)!.size]));
  while (ready.size) {
    const next = services[ready.pop()];
    order.push(next);
    for (const w of waiters.get(next)!) {
      const n = left.get(w)! - 1;
      left.set(w, n);
      if (n === 0) ready.push(position.get(w)!);
    }
  }
  if (order.length === services.length) return { order };
  const placed = new Set(order);
  const stuck = services.filter(s => !placed.has(s));
  return { order: [...order, ...stuck], cycle: loopMembers(stuck, waiters, waitsFor) };
}

/**
 * The services of `stuck` that are in a loop themselves: a service nothing stuck waits for is only a bystander
 * (it waits for a loop); peeling bystanders off, one queue pass, leaves the loops, named without them.
 */
function loopMembers(stuck: readonly string[], waiters: ReadonlyMap<string, readonly string[]>, waitsFor: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const left = new Set(stuck);
  const stuckWaiters = new Map(stuck.map(s => [s, waiters.get(s)!.filter(w => left.has(w)).length]));
  const peel = stuck.filter(s => stuckWaiters.get(s) === 0);
  while (peel.length) {
    const s = peel.pop()!;
    left.delete(s);
    for (const dep of waitsFor.get(s)!) {
      if (!left.has(dep)) continue;
      const n = stuckWaiters.get(dep)! - 1;
      stuckWaiters.set(dep, n);
      if (n === 0) peel.push(dep);
    }
  }
  return stuck.filter(s => left.has(s));
}

/** A binary min-heap of numbers. */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number { return this.items.length; }

  push(value: number): void {
    const a = this.items;
    a.push(value);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }

  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
