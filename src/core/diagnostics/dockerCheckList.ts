// SPDX-License-Identifier: MIT
// The part of docs/rules.md that lists Docker's own checks (knowledge/dockerChecks.ts), grouped by where
// Docker makes them, with the Problem or failure kind that catches the same mistake, or why none does.
import { dockerChecks, type DockerCheck, type DockerCheckWhere } from '../knowledge/dockerChecks';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const codes = (list: readonly string[] | undefined) => (list ?? []).map(c => `\`${c}\``).join(', ');

const headings: Record<DockerCheckWhere, string> = {
  compose: 'Compose (compose-go and docker/compose)',
  dockerfile: 'Dockerfile (BuildKit)',
  cli: 'Command line (docker/cli)',
  engine: 'Engine (moby)',
};

function row(c: DockerCheck): string {
  return `| ${cell(c.check)} | ${cell(c.source)} | ${codes(c.coveredBy?.problems)} | ${codes(c.coveredBy?.failureKinds)} | ${cell(c.note ?? '')} |`;
}

/** Markdown: Docker's checks by where, with the count of those the coach catches. */
export function renderDockerChecks(): string {
  const covered = dockerChecks.filter(c => c.coveredBy).length;
  const sections = (Object.keys(headings) as DockerCheckWhere[]).flatMap(where => {
    const checks = dockerChecks.filter(c => c.where === where);
    return [
      `### ${headings[where]} (${checks.filter(c => c.coveredBy).length} of ${checks.length} caught)`,
      '',
      '| Docker checks | source | Problem | failure kind | not caught because |',
      '| --- | --- | --- | --- | --- |',
      ...checks.map(row),
      '',
    ];
  });
  return [
    `## What Docker checks, and where Docker Coach catches it (${covered} of ${dockerChecks.length})`,
    '',
    'The checks Docker itself makes on a compose file, a Dockerfile or a command, read from Docker\'s source (`src/core/knowledge/dockerChecks.ts`). For each, the Problem that shows the mistake in the editor before the run, the failure kind that explains Docker\'s message in the terminal, or why the coach leaves it to Docker.',
    '',
    ...sections,
  ].join('\n');
}
