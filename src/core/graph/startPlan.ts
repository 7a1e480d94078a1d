// SPDX-License-Identifier: MIT
// What a plain `docker compose up` (no `--profile`, no service names) does with the services of a file:
// which it starts and in what order, which it leaves out, and whether it refuses the project instead.
// The rules follow Docker's source: compose-go types/project.go (WithProfiles), loader/validate.go
// (checkConsistency: a needed service that a profile disables is an error, unless `required: false`),
// graph/cycle.go (any loop is an error), and docker/compose pkg/compose/dependencies.go (NewGraph).
// The sentences are ours.
import type { ComposeEdge, ComposeNode, Refusal } from './types';
import { startOrder } from './startOrder';

export interface StartPlan {
  startOrder: string[];
  cycle?: string[];
  notStarted?: { name: string; profiles: string[] }[];
  refusals?: Refusal[];
}

const code = (s: string): string => `\`${s}\``;

/** The plan for `services` (service nodes, file order) and their `depends_on` edges, explicit and implicit. */
export function planStart(services: readonly ComposeNode[], dependencies: readonly ComposeEdge[]): StartPlan {
  const inactive = new Map(services.filter(s => s.profiles?.length).map(s => [s.label, s.profiles!]));
  const active = services.filter(s => !inactive.has(s.label)).map(s => s.label);
  const pairs: [string, string][] = [];
  const refusals: Refusal[] = [];
  for (const e of dependencies) {
    const from = e.from.slice('service:'.length);
    const to = e.to.slice('service:'.length);
    if (inactive.has(from)) continue;
    const profiles = inactive.get(to);
    if (!profiles) { pairs.push([from, to]); continue; }
    // A dependency left out by its profile: Compose drops an optional one and refuses a needed one.
    if (e.optional) continue;
    refusals.push({
      range: e.range,
      text: `${code(from)} needs ${code(to)}, but ${code(to)} only runs with ${profiles.map(p => code(`--profile ${p}`)).join(' or ')}, so Compose refuses the file (it reports ${code(to)} as an undefined service). Give ${code(from)} the same profile, or mark the dependency \`required: false\`.`,
    });
  }
  const order = startOrder(active, pairs);
  if (order.cycle) {
    const loop = order.cycle;
    refusals.push({
      range: services.find(s => s.label === loop[0])?.range,
      problem: 'DependencyCycle',
      text: `${loop.map(code).join(', ')} wait for each other in a loop (\`depends_on\`, \`links\`, \`volumes_from\` or \`network_mode: service:\`), so Compose cannot pick one to start first and refuses the file. Remove one of the waits.`,
    });
  }
  return {
    startOrder: order.order,
    cycle: order.cycle,
    notStarted: inactive.size ? [...inactive].map(([name, profiles]) => ({ name, profiles })) : undefined,
    refusals: refusals.length ? refusals : undefined,
  };
}
