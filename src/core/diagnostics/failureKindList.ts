// SPDX-License-Identifier: MIT
// The part of docs/rules.md about the terminal: every failure kind the coach explains, with the Docker source
// that prints its message (from knowledge/dockerErrors.ts), and for each Problem that names one of those
// messages, the kind that explains the same mistake when it reaches Docker anyway.
import { failureKinds } from '../failures/catalogue/index';
import type { FailureKind } from '../failures/types';
import { dockerErrors, type DockerErrorId } from '../knowledge/dockerErrors';
import type { RuleDoc } from './types';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The message a kind is built on, found by its wordings (messageKind hands them over as they are). */
function messageOf(kind: FailureKind): DockerErrorId | undefined {
  return (Object.keys(dockerErrors) as DockerErrorId[]).find(id => dockerErrors[id].patterns === kind.patterns);
}

/** The kind that reads message `id`, if any. */
function kindFor(id: DockerErrorId): FailureKind | undefined {
  return failureKinds.find(k => k.patterns === dockerErrors[id].patterns);
}

/** Markdown: the failure kinds in the order they are tried, then the Problem → kind links. */
export function renderFailureKinds(rules: readonly RuleDoc[]): string {
  const kinds = failureKinds.map(k => {
    const id = messageOf(k);
    return `| [\`${k.code}\`](${k.docsUrl}) | ${cell(k.title)} | ${id ? `\`${id}\`` : ''} | ${id ? cell(dockerErrors[id].source) : ''} |`;
  });
  const links = [...rules].filter(r => r.dockerErrors?.length).sort((a, b) => a.code.localeCompare(b.code)).flatMap(r =>
    r.dockerErrors!.map(id => `| \`${r.code}\` | \`${id}\` | ${kindFor(id) ? `\`${kindFor(id)!.code}\`` : ''} | ${cell(dockerErrors[id].says)} |`));
  return [
    `## In the terminal (${failureKinds.length} failure kinds)`,
    '',
    'When a `docker` or `docker compose` command fails in the terminal, the coach matches its output against these kinds, in this order, and explains the first that fits. A kind built on one of Docker\'s messages (`src/core/knowledge/dockerErrors.ts`) matches every wording of it, and the last column says where Docker prints it (repository, release tag, file and line). Kinds without a message id match output the coach recorded from the engine on a test machine, or words described in their module under `src/core/failures/catalogue/`.',
    '',
    '| code | what it explains | Docker message | printed by |',
    '| --- | --- | --- | --- |',
    ...kinds,
    '',
    '## The same mistake in the editor and in the terminal',
    '',
    'These checks find, before the run, a mistake Docker would stop on. Each Problem quotes the plain sentence of Docker\'s message, and the failure kind for that message explains with the same sentence when the file reaches Docker anyway.',
    '',
    '| check | Docker message | failure kind | the sentence both use |',
    '| --- | --- | --- | --- |',
    ...links,
    '',
  ].join('\n');
}
