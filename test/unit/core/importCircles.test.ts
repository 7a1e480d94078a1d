// SPDX-License-Identifier: MIT
// No import circles in src/: each module can be read, loaded and tested after the ones it names. Type-only
// imports count too, since a circle of types is still two modules that cannot be understood apart.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const src = path.resolve(__dirname, '..', '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The modules each file imports or re-exports by a relative path (packages are not ours to order). */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gm)) {
      const base = path.join(path.dirname(file), m[1]);
      const found = [`${base}.ts`, path.join(base, 'index.ts')].find(f => fs.existsSync(f));
      if (found) targets.push(found);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Each circle as the files on it, found as the strongly connected components of more than one file. */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) { onStack.delete(w); component.push(w); if (w === v) break; }
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import circles', () => {
  it('finds a circle, through type imports and re-exports too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-circles-'));
    try {
      fs.mkdirSync(path.join(dir, 'b'));
      fs.writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b/index';\nexport type A = B;\n");
      fs.writeFileSync(path.join(dir, 'b', 'index.ts'), "export { c } from '../c';\nexport type B = number;\n");
      fs.writeFileSync(path.join(dir, 'c.ts'), "import {\n  type A,\n} from './a';\nexport const c: A | 1 = 1;\n");
      fs.writeFileSync(path.join(dir, 'd.ts'), "import { c } from './c';\nimport * as fs from 'fs';\nexport const d = [c, fs];\n");
      assert.deepStrictEqual(circles(importGraph(dir)).map(c => c.map(f => path.relative(dir, f))), [['a.ts', path.join('b', 'index.ts'), 'c.ts']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has none in src/', () => {
    const graph = importGraph(src);
    assert.ok(graph.size > 100, `read ${graph.size} modules`);
    assert.ok([...graph.values()].some(targets => targets.length > 0), 'read their imports');
    assert.deepStrictEqual(circles(graph).map(c => c.map(f => path.relative(src, f)).join(' → ')), []);
  });
});
