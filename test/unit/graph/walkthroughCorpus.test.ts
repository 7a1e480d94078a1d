// SPDX-License-Identifier: MIT
// Guard for the class "the walk-through tells a story `docker compose up` does not follow" (issue 22, item 3),
// over every corpus compose file (under its original name) and the samples. The expected start graph is read
// here from yaml's plain JS, independently of composeGraph: depends_on, links, `service:x` in network_mode /
// ipc / pid / uts / cgroup, and volumes_from (not `container:`), as compose-go's loader/normalize.go adds them.
// Services with `profiles:` are not started by a plain `up`. A file with an error-level Problem, a loop, or a
// needed service left out by its profile is refused: its walk-through narrates no start at all.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { composeDiagnostics, composeGraph, composeWalkthrough } from '../../../src/core/index';
import { corpusDir, corpusFiles, originalPaths } from '../corpusGuards';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

type Service = Record<string, unknown>;
interface Expected { active: string[]; inactive: string[]; waits: [string, string][]; neededButOff: boolean; loop: boolean; nothingToRun: boolean }

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What this service starts after: [name, required]. */
function dependencies(s: Service): [string, boolean][] {
  const out = new Map<string, boolean>();
  const d = s.depends_on;
  if (Array.isArray(d)) for (const n of d) if (typeof n === 'string') out.set(n, true);
  if (d && typeof d === 'object' && !Array.isArray(d)) {
    for (const [n, v] of Object.entries(d as Record<string, { required?: unknown }>)) out.set(n, !(v && (v.required === false || v.required === 'false')));
  }
  const implicit = (n: string | undefined) => { if (n && !out.has(n)) out.set(n, true); };
  for (const l of list(s.links)) implicit(str(l)?.split(':')[0]);
  for (const key of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
    const v = str(s[key]);
    if (v?.startsWith('service:')) implicit(v.slice('service:'.length));
  }
  for (const v of list(s.volumes_from)) if (str(v) && !str(v)!.startsWith('container:')) implicit(str(v)!.split(':')[0]);
  return [...out].filter(([n]) => !n.includes('$'));
}

function expectedOf(services: Record<string, Service | null>): Expected {
  const names = Object.keys(services);
  const profiled = (n: string) => list(services[n]?.profiles).length > 0;
  const active = names.filter(n => !profiled(n));
  const inactive = names.filter(profiled);
  const waits: [string, string][] = [];
  let neededButOff = false;
  for (const n of active) {
    for (const [dep, required] of dependencies(services[n] ?? {})) {
      if (active.includes(dep)) waits.push([n, dep]);
      else if (inactive.includes(dep) && required) neededButOff = true;
    }
  }
  // A loop: depth-first search over the waits among started services.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (n: string): boolean => {
    if (state.get(n) === 'open') return true;
    if (state.get(n) === 'done') return false;
    state.set(n, 'open');
    const found = waits.filter(([a]) => a === n).some(([, b]) => visit(b));
    state.set(n, 'done');
    return found;
  };
  const loop = active.some(visit);
  const nothingToRun = active.some(n => { const s = services[n] ?? {}; return !('image' in s) && !('build' in s) && !('extends' in s) && !('provider' in s); });
  return { active, inactive, waits, neededButOff, loop, nothingToRun };
}

/** Checks one file; returns whether its walk-through refused it. */
function check(label: string, text: string, filePath: string): 'refused' | 'narrated' | 'skipped' {
  let js: { services?: Record<string, Service | null> } | null;
  try { js = parse(text, { merge: true, uniqueKeys: false, logLevel: 'error' }); } catch { return 'skipped'; }
  if (!js || typeof js !== 'object' || !js.services || typeof js.services !== 'object' || Array.isArray(js.services)) return 'skipped';
  const file = { path: filePath };
  const want = expectedOf(js.services);
  const graph = composeGraph(text, file);
  const problems = composeDiagnostics(text, { file });
  const steps = composeWalkthrough(graph, { problems });
  const refused = steps.length > 0 && steps[0].text.startsWith('Compose refuses to start anything');
  const errors = problems.filter(d => d.severity === 'error');
  if (errors.length || want.loop || want.neededButOff) assert.ok(refused, `${label}: Compose refuses this file (${errors.map(d => d.code).join(', ') || (want.loop ? 'a loop' : 'a needed service is off')}), but the walk-through narrates it`);
  if (refused) {
    assert.ok(errors.length || want.loop || want.neededButOff || want.nothingToRun, `${label}: refused for no reason the file shows: ${steps.map(s => s.text).join(' | ')}`);
    assert.ok(steps.every(s => !s.nodeId?.startsWith('service:')), `${label}: a refused file narrates a service`);
    assert.ok(!steps.some(s => /\bit starts `/i.test(s.text)), `${label}: a refused file narrates a start`);
    return 'refused';
  }
  // Narrated: exactly the started services, each after what it waits for; profiled services left out.
  assert.deepStrictEqual([...graph.startOrder].sort(), [...want.active].sort(), `${label}: the services a plain up starts`);
  const at = new Map(graph.startOrder.map((s, i) => [s, i]));
  for (const [a, b] of want.waits) assert.ok(at.get(b)! < at.get(a)!, `${label}: \`${b}\` starts before \`${a}\``);
  const narrated = steps.filter(s => s.nodeId?.startsWith('service:')).map(s => s.nodeId!.slice('service:'.length));
  const leaveOut = want.inactive.length ? narrated.pop() : undefined;
  assert.deepStrictEqual(narrated, graph.startOrder, `${label}: the steps follow the start order`);
  if (want.inactive.length) {
    assert.strictEqual(leaveOut, want.inactive[0], `${label}: the last step names the services left out`);
    const last = steps[steps.length - 1].text;
    for (const n of want.inactive) assert.ok(last.includes(`\`${n}\``), `${label}: \`${n}\` is named as left out`);
  }
  for (const n of want.inactive) {
    assert.ok(!steps.some(s => s.text.includes(`starts \`${n}\``)), `${label}: profiled \`${n}\` is not started`);
  }
  return 'narrated';
}

describe('the compose walk-through agrees with the dependency graph (corpus and samples)', function () {
  this.timeout(120_000);

  it('samples: the clean file is narrated in dependency order, the exercise is refused', () => {
    const clean = path.join(repoRoot, 'samples', 'docker-compose.yml');
    assert.strictEqual(check('samples/docker-compose.yml', fs.readFileSync(clean, 'utf8'), clean), 'narrated');
    const exercise = path.join(repoRoot, 'samples', 'exercises', 'compose.mistakes.yaml');
    assert.strictEqual(check('samples/exercises/compose.mistakes.yaml', fs.readFileSync(exercise, 'utf8'), exercise), 'refused');
  });

  it('every corpus compose file, under its original name', function () {
    const dir = corpusDir('compose', repoRoot);
    if (!dir) {
      console.log(`      corpus not found next to ${repoRoot} (../shared/corpus/compose): skipping`);
      this.skip();
    }
    const names = originalPaths(dir, 'compose');
    const counts = { refused: 0, narrated: 0, skipped: 0 };
    let refusedAsMain = 0;
    for (const f of corpusFiles(dir)) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      counts[check(f, text, names.get(f) ?? path.join(dir, f))]++;
      // Again as a main file on its own (as the audit ran them), where every reference rule applies.
      if (check(`${f} as compose.yaml`, text, '/project/compose.yaml') === 'refused') refusedAsMain++;
    }
    console.log(`      ${counts.narrated} narrated, ${counts.refused} refused, ${counts.skipped} without services; as compose.yaml, ${refusedAsMain} refused`);
    assert.ok(counts.narrated >= 100, `only ${counts.narrated} corpus files narrated`);
  });

  it('the audit\'s own inputs (W1-W3) pass the same checks', () => {
    assert.strictEqual(check('profiles', 'services:\n  web:\n    image: nginx\n  seed:\n    image: s\n    profiles: [seed]\n    depends_on: [web]\n', '/p/compose.yaml'), 'narrated');
    assert.strictEqual(check('implicit', 'services:\n  app:\n    image: a\n    network_mode: service:vpn\n    volumes_from: [data]\n    links: [cache]\n  cache:\n    image: c\n  vpn:\n    image: v\n  data:\n    image: d\n', '/p/compose.yaml'), 'narrated');
    assert.strictEqual(check('loop', 'services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: y\n    depends_on: [a]\n  c:\n    image: z\n', '/p/compose.yaml'), 'refused');
  });
});
