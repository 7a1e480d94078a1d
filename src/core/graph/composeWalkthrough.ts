// SPDX-License-Identifier: MIT
// What a plain `docker compose up` does with this file, step by step in start order, for the view under the
// diagram; or, when Compose refuses the file, that it starts nothing and why.
// Facts: compose-spec-docs/05-services.md (depends_on, links, pull_policy, ports, volumes), 06-networks.md
// (default network, external), 07-volumes.md (external, kept by down), 15-profiles.md; docker/compose
// pkg/compose/pull.go (mustPull) and build.go (what `up` pulls or builds). The sentences are ours.
import type { Diagnostic } from '../diagnostics/types';
import type { Range } from '../text';
import type { ComposeEdge, ComposeGraph, ComposeNode, ImplicitDependencyKey, Refusal } from './types';

/** One sentence of the walk-through; `nodeId` and `range` say what clicking it reveals. */
export interface WalkStep { text: string; nodeId?: string; range?: Range }

const waitWords: Record<string, string> = {
  service_started: 'has started',
  service_healthy: 'reports healthy (its healthcheck passes)',
  service_completed_successfully: 'has run to the end and exited with code 0',
};

function prepareStep(n: ComposeNode): string {
  const what = { network: 'network', volume: 'volume', secret: 'secret', config: 'config' }[n.kind as 'network'];
  if (n.external) return `Checks that the ${what} \`${n.label}\` already exists: it is external, so Compose does not create it and stops with an error if it is missing.`;
  if (n.kind === 'network') {
    const driver = n.driver && n.driver !== 'bridge' ? ` with the \`${n.driver}\` driver` : '';
    return n.id === 'network:default'
      ? `Creates the project's \`default\` network${driver}; services on it reach each other by service name.`
      : `Creates the network \`${n.label}\`${driver}; services on it reach each other by service name.`;
  }
  if (n.kind === 'volume') return `Creates the volume \`${n.label}\` if it does not exist yet. It keeps its data after \`docker compose down\`; only \`down -v\` deletes it.`;
  return `Reads the ${what} \`${n.label}\` so the services that use it can see it as a file.`;
}

/** Why a service waits for another one it does not list under `depends_on`. */
const viaWords: Record<ImplicitDependencyKey, string> = {
  links: 'it links to it', volumes_from: 'it mounts its volumes', network_mode: 'it shares its network',
  ipc: 'it shares its IPC namespace', pid: 'it shares its process namespace', uts: 'it shares its host name namespace', cgroup: 'it shares its cgroup',
};

const refreshWindow: Record<string, string> = { daily: 'a day', weekly: 'a week' };

/**
 * Where the service's image comes from on `up`, by `pull_policy` (docker/compose pkg/compose/pull.go mustPull,
 * build.go): `always` pulls every time, `never` never pulls, `build` always builds, `missing` (the default) pulls
 * or builds only when the image is not on your machine, and `daily`/`weekly`/`every_<time>` pull when the last
 * pull is older than that. A pull that fails for a service that can be built falls back to building.
 * Compose does all of this before it starts any container (ensureImagesExists runs before create and start).
 */
function imageWords(n: ComposeNode): string | undefined {
  const image = n.image && `\`${n.image}\``;
  const policy = n.pullPolicy?.includes('$') ? undefined : n.pullPolicy;
  const window = policy && (refreshWindow[policy] ?? (policy.startsWith('every_') ? policy.slice('every_'.length) : undefined));
  if (n.build !== undefined) {
    const from = `\`${n.build}\``;
    const tagged = image ? ` (tagged ${image})` : '';
    if (policy === 'build') return `it builds an image from ${from}${tagged} every time (\`pull_policy: build\`)`;
    if (!image || policy === 'never') return `it builds an image from ${from}${tagged} unless one exists already`;
    if (policy === 'always') return `it pulls ${image} every time (\`pull_policy: always\`), and builds it from ${from} only if the pull fails`;
    if (window) return `it pulls ${image} when it is missing or was last pulled more than ${window} ago, and builds it from ${from} if the pull fails`;
    return `it uses ${image} if your machine has it; if not, it tries to pull it and builds it from ${from} when the pull fails`;
  }
  if (!image) return undefined;
  if (policy === 'always') return `it pulls ${image} every time (\`pull_policy: always\`)`;
  if (policy === 'never' || policy === 'build') return `it uses ${image} as it is on your machine: it is never pulled (\`pull_policy: ${policy}\`), so it must be there already`;
  if (window) return `it pulls ${image} if it is missing or was last pulled more than ${window} ago`;
  return `it pulls ${image} if it is not on your machine yet`;
}

function serviceStep(n: ComposeNode, out: ComposeEdge[], nodes: Map<string, ComposeNode>, started: ReadonlySet<string>): string {
  const name = `\`${n.label}\``;
  const parts: string[] = [];
  const image = imageWords(n);
  if (image) parts.push(`${image[0].toUpperCase()}${image.slice(1)}.`);
  const deps = out.filter(e => e.kind === 'depends_on');
  const wait = deps.filter(e => started.has(e.to)).map(e => `\`${e.to.slice(8)}\` ${waitWords[e.condition ?? 'service_started'] ?? `meets \`${e.condition}\``}${e.via ? ` (${viaWords[e.via]})` : ''}`);
  parts.push(`${wait.length ? `Once ${wait.join(' and ')}, it` : 'It'} starts ${name}.`);
  const skipped = deps.filter(e => !started.has(e.to) && e.optional).map(e => `\`${e.to.slice(8)}\``);
  if (skipped.length) parts.push(`It does not wait for ${skipped.join(', ')}: that dependency is \`required: false\`, and a plain \`up\` does not start it.`);
  const ports = out.filter(e => e.kind === 'port');
  const portIns = ports.map(e => `${nodes.get(e.from)?.label ?? '?'} → ${e.containerPort}`);
  if (portIns.length) parts.push(`Your machine forwards ${portIns.map(p => `\`${p}\``).join(', ')} to it.`);
  const nets = out.filter(e => e.kind === 'network').map(e => nodes.get(e.to)?.label ?? e.to);
  if (n.networkMode) parts.push(`It uses \`network_mode: ${n.networkMode}\` instead of a project network.`);
  else if (nets.length) parts.push(`It joins ${nets.map(x => `\`${x}\``).join(', ')}.`);
  const mounts = out.filter(e => e.kind === 'volume').map(e => {
    const to = nodes.get(e.to);
    const what = to?.implicit && to.label === 'anonymous volume' ? 'an anonymous volume' : `\`${to?.label}\``;
    return `${what} at \`${e.target}\`${e.readOnly ? ' (read-only)' : ''}`;
  });
  if (mounts.length) parts.push(`It mounts ${mounts.join(', ')}.`);
  return parts.join(' ');
}

/** Options of the walk-through. */
export interface WalkthroughOptions {
  /** The file's Problems (`composeDiagnostics`): an error-level one means Compose refuses the file. */
  problems?: readonly Diagnostic[];
}

/** At most this many reasons are listed; Compose itself stops at the first. */
const maxReasons = 8;

/**
 * When Compose refuses the file, the walk-through is only that: one step saying nothing starts, and one per
 * reason, each revealing its line. The reasons are the error-level Problems plus what only the whole graph
 * shows (a loop, a needed service left out by its profile, a service with nothing to run).
 */
function refusalSteps(problems: readonly Diagnostic[], refusals: readonly Refusal[]): WalkStep[] {
  // A refusal the graph states once (a loop) stands for the Problems that mark each of its parts.
  const covered = new Set(refusals.map(r => r.problem));
  const reasons: WalkStep[] = [
    ...problems.filter(d => d.severity === 'error' && !covered.has(d.code)).map(d => ({ text: `Line ${d.range.start.line + 1}: ${d.message}`, range: d.range })),
    ...refusals.map(r => ({ text: r.text, range: r.range })),
  ];
  if (!reasons.length) return [];
  const lead = 'Compose refuses to start anything: it checks the whole file before it starts a single container';
  if (reasons.length === 1) return [{ text: `${lead}. ${reasons[0].text}`, range: reasons[0].range }];
  const shown = reasons.slice(0, maxReasons);
  const more = reasons.length - shown.length;
  return [
    { text: `${lead}, and this file has ${reasons.length} problems that stop it${more ? ` (the first ${maxReasons} follow)` : ''}. Fix them and this list shows the start order.` },
    ...shown,
  ];
}

/** The services a plain `up` leaves out, each with the profile that would start it. */
function notStartedStep(left: NonNullable<ComposeGraph['notStarted']>): string {
  const each = left.map(s => `\`${s.name}\` (${s.profiles.map(p => `\`--profile ${p}\``).join(' or ')})`);
  return `It leaves out ${each.join(', ')}: ${left.length === 1 ? 'that service has' : 'those services have'} \`profiles:\`, so only \`docker compose --profile <name> up\`, or naming the service (\`docker compose up <service>\`), starts ${left.length === 1 ? 'it' : 'them'}.`;
}

/**
 * The walk-through of a plain `docker compose up` (no profile active): networks, volumes, secrets and configs
 * first, then each service in start order, then the services left out. A file Compose refuses gets the
 * reasons instead.
 */
export function composeWalkthrough(graph: ComposeGraph, options: WalkthroughOptions = {}): WalkStep[] {
  const refused = refusalSteps(options.problems ?? [], graph.refusals ?? []);
  if (refused.length) return refused;
  const nodes = new Map(graph.nodes.map(n => [n.id, n]));
  const started = new Set(graph.startOrder.map(s => `service:${s}`));
  // Compose creates only what the started services use (compose-go WithoutUnnecessaryResources).
  const used = new Set(graph.edges.filter(e => started.has(e.kind === 'port' ? e.to : e.from)).map(e => e.to));
  const steps: WalkStep[] = [];
  // Compose pulls and builds every image before it creates networks, volumes or containers (docker/compose
  // pkg/compose/create.go calls ensureImagesExists first), so the image part of each service step comes first.
  if (graph.startOrder.length) steps.push({ text: 'First it gets every image the services need (each service below says whether it pulls or builds it). Then it prepares what they share and starts them in order:' });
  for (const n of graph.nodes) {
    if (n.kind === 'service' || n.kind === 'port' || n.kind === 'bind' || !used.has(n.id)) continue;
    if (n.kind === 'volume' && n.implicit && n.label === 'anonymous volume') continue;
    steps.push({ text: prepareStep(n), nodeId: n.id, range: n.range });
  }
  const outOf = new Map<string, ComposeEdge[]>();
  for (const e of graph.edges) {
    const key = e.kind === 'port' ? e.to : e.from;
    let list = outOf.get(key);
    if (!list) outOf.set(key, list = []);
    list.push(e);
  }
  for (const name of graph.startOrder) {
    const n = nodes.get(`service:${name}`);
    if (n) steps.push({ text: serviceStep(n, outOf.get(n.id) ?? [], nodes, started), nodeId: n.id, range: n.range });
  }
  if (graph.notStarted?.length) {
    const first = nodes.get(`service:${graph.notStarted[0].name}`);
    steps.push({ text: notStartedStep(graph.notStarted), nodeId: first?.id, range: first?.range });
  }
  return steps;
}
