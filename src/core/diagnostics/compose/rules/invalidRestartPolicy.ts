// SPDX-License-Identifier: MIT
// InvalidRestartPolicy: `restart:` (and `deploy.restart_policy.condition`) must name a policy the engine
// knows. Compose maps `none`/`any` to `no`/`always` and passes everything else on; the engine refuses
// the rest when it creates the container.
// Sources: docker/compose pkg/compose/create.go getRestartPolicy, mapRestartPolicyCondition;
// moby/moby api/types/container/hostconfig.go ValidateRestartPolicy (called from daemon/container.go).
import { isScalar, type Node } from 'yaml';
import { editDistance } from '../../../spelling';
import type { Range } from '../../../text';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule, Fix } from '../../types';
import { nodeRange, scalarText, services, setting } from '../nodes';

/** What to write instead, in the order a learner meets them. */
const policies = ['no', 'always', 'on-failure', 'unless-stopped'];

/** Engine names for the words Compose accepts (`none` and `any` come from `deploy.restart_policy`). */
const compose: Record<string, string> = { no: 'no', none: 'no', always: 'always', any: 'always', 'on-failure': 'on-failure', 'unless-stopped': 'unless-stopped' };

/** Docker's complaint about a restart value, in the engine's words, or undefined when it is accepted. */
export function restartProblem(value: string): string | undefined {
  const colon = value.indexOf(':');
  const name = colon < 0 ? value : value.slice(0, colon);
  const policy = compose[name];
  if (!policy) return `invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`;
  // Compose reads the count with strconv.Atoi and keeps 0 when it is not a number.
  const count = colon < 0 ? 0 : /^[+-]?\d+$/.test(value.slice(colon + 1)) ? Number(value.slice(colon + 1)) : 0;
  if (policy !== 'on-failure' && count !== 0) return `invalid restart policy: maximum retry count can only be used with 'on-failure'${count < 0 ? ' and cannot be negative' : ''}`;
  if (count < 0) return 'invalid restart policy: maximum retry count cannot be negative';
  return undefined;
}

/** Our sentence for the engine's complaint: the same one the terminal coach gives for it. */
function plainly(problem: string, known: boolean): string {
  if (!known) return `${dockerErrors.invalidRestartPolicy.says} Write \`"no"\` in quotes.`;
  return /can only be used with/.test(problem) ? dockerErrors.restartRetryCount.says : 'The retry count of `on-failure` cannot be negative.';
}

/** The four policies as fixes, nearest to what was written first. */
function policyFixes(written: string, range: Range, quote: boolean): Fix[] {
  const name = written.split(':')[0].toLowerCase();
  const ranked = policies.map((p, i) => ({ p, i, d: editDistance(name, p, 20) })).sort((a, b) => a.d - b.d || a.i - b.i);
  // `no` unquoted is the string "no" in YAML 1.2, but older tools read it as false: keep it quoted.
  return ranked.map(({ p }) => ({ title: `Change to ${p}`, edits: [{ range, newText: p === 'no' || quote ? `"${p}"` : p }] }));
}

export const invalidRestartPolicy: ComposeRule = {
  code: 'InvalidRestartPolicy',
  source: 'coach',
  severity: 'error',
  title: 'Restart policy Docker does not know',
  why: 'Docker knows four restart policies: `no`, `always`, `on-failure` (optionally `on-failure:5`, at most 5 tries) and `unless-stopped`. Any other word makes the engine refuse to create the container, so `docker compose up` stops.',
  fix: 'Write one of `"no"`, `always`, `on-failure` or `unless-stopped`; only `on-failure` takes a count after a colon.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#restart',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'moby/moby:api/types/container/hostconfig.go',
  dockerErrors: ['invalidRestartPolicy', 'restartRetryCount'],
  check({ model }, report) {
    for (const svc of services(model)) {
      const nodes: (Node | undefined)[] = [setting(model, svc, 'restart'), setting(model, setting(model, setting(model, svc, 'deploy'), 'restart_policy'), 'condition')];
      for (const node of nodes) {
        const value = scalarText(node);
        if (!isScalar(node) || typeof node.value !== 'string' || value === undefined || value.includes('$')) continue;
        const problem = restartProblem(value);
        const range = problem ? nodeRange(model, node) : undefined;
        if (!problem || !range) continue;
        const known = !!compose[value.split(':')[0]];
        report({
          range,
          message: `${known ? `Docker refuses \`${value}\`` : `\`${value}\` is not a restart policy: Docker refuses it`} ("${problem}"). ${plainly(problem, known)}`,
          fixes: policyFixes(value, range, node.type !== 'PLAIN'),
        });
      }
    }
  },
};
