// SPDX-License-Identifier: MIT
// docs/rules.md, written from the rule table by scripts/syncRuleSettings.mjs; a unit test keeps it in step.
import { composeRules } from './compose/composeRules';
import { dockerfileRules } from './dockerfileDiagnostics';
import { renderDockerChecks } from './dockerCheckList';
import { renderFailureKinds } from './failureKindList';
import type { RuleDoc } from './types';

function table(rules: readonly RuleDoc[]): string {
  const rows = [...rules].sort((a, b) => a.code.localeCompare(b.code)).map(r =>
    `| [\`${r.code}\`](${r.docsUrl}) | ${r.source === 'buildkit' ? 'BuildKit' : 'Docker Coach'} | ${r.defaultOff ? 'off' : r.severity} | ${r.title} | ${r.fix.replace(/\|/g, '\\|').replace(/\n/g, ' ')} | ${r.rejectedBy ? `\`${r.rejectedBy}\`` : ''} | ${(r.hadolint ?? []).join(', ')} |`);
  return ['| code | from | default | what it finds | how to fix | Docker refuses it in | hadolint |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The markdown list of every rule, Dockerfile then compose, then the failure kinds of the terminal. */
export function renderRuleList(): string {
  return [
    '# Docker Coach checks',
    '',
    '<!-- Written by scripts/syncRuleSettings.mjs from the rule table in src/core/diagnostics; do not edit by hand. -->',
    '',
    'Every check has a stable code. Codes from BuildKit are the names `docker build --check` prints. Turn a check off or change its severity with `dockerCoach.diagnostics.rules`, or silence it on one instruction or line with a `# coach-ignore <code>` comment on the line above. In a Dockerfile, `# check=skip=<codes>` and `# check=error=true` work as they do for BuildKit.',
    '',
    `## Dockerfile (${dockerfileRules.length})`,
    '',
    table(dockerfileRules),
    '',
    `## Compose (${composeRules.length})`,
    '',
    table(composeRules),
    '',
    renderFailureKinds([...dockerfileRules, ...composeRules]),
    renderDockerChecks(),
  ].join('\n');
}
