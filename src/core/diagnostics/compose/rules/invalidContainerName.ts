// SPDX-License-Identifier: MIT
// InvalidContainerName: `container_name` becomes the container's name on the engine, which allows only
// letters, digits, `_`, `.` and `-`, starting with a letter or digit, and at least two characters.
// (The schema's pattern for it is not anchored, so `my app` passes the schema.)
// Source: moby/moby daemon/names.go ("Invalid container name (%s), only %s are allowed"),
// daemon/names/names.go RestrictedNamePattern.
import { isScalar } from 'yaml';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule, Fix } from '../../types';
import { nodeRange, services, setting, literalString } from '../nodes';

const containerName = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export const invalidContainerName: ComposeRule = {
  code: 'InvalidContainerName',
  source: 'coach',
  severity: 'error',
  title: 'Container name Docker refuses',
  why: 'A container name may hold only letters, digits, `_`, `.` and `-`, must start with a letter or digit, and needs at least two characters. Docker refuses to create a container with any other name, so `docker compose up` stops at that service.',
  fix: 'Use `-` or `_` instead of spaces and other signs, like `my-app-db`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#container_name',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'moby/moby:daemon/names.go',
  dockerErrors: ['invalidContainerName'],
  check({ model }, report) {
    for (const svc of services(model)) {
      const node = setting(model, svc, 'container_name');
      const name = literalString(node);
      if (!name || containerName.test(name)) continue;
      const range = nodeRange(model, node!);
      if (!range) continue;
      // Every run of other characters becomes one `-`: certain to give a name the engine takes, when one is left.
      const fixed = name.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[^a-zA-Z0-9]+/, '').replace(/-+$/, '');
      const fixes: Fix[] | undefined = containerName.test(fixed) && isScalar(node) && node.type === 'PLAIN' ? [{ title: `Change to ${fixed}`, edits: [{ range, newText: fixed }] }] : undefined;
      report({ range, message: `Docker refuses the name \`${name}\` ("Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"). ${dockerErrors.invalidContainerName.says}${fixes ? ` Write it like \`${fixed}\`.` : ''}`, fixes });
    }
  },
};
