// SPDX-License-Identifier: MIT
// ContainerNameWithReplicas: a fixed container_name can belong to one container only, so the service
// cannot be scaled to more than one.
// Reference: compose-spec-docs/05-services.md ("container_name", "scale") and deploy.md ("replicas").
import { isScalar, type Node } from 'yaml';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule } from '../../types';
import { nodeRange, services, setting } from '../nodes';

function count(n: Node | undefined): number | undefined {
  if (!isScalar(n)) return undefined;
  const v = typeof n.value === 'number' ? n.value : typeof n.value === 'string' && /^\d+$/.test(n.value) ? Number(n.value) : undefined;
  return v;
}

export const containerNameWithReplicas: ComposeRule = {
  code: 'ContainerNameWithReplicas',
  source: 'coach',
  severity: 'error',
  title: 'container_name with more than one replica',
  why: 'Container names are unique on a Docker host. With `container_name` set, Compose can make only one container for the service, so asking for several replicas is an error.',
  fix: 'Remove `container_name` (Compose then names them `project-service-1`, `-2`, ...), or keep one replica.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#container_name',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  dockerErrors: ['containerNameScale'],
  check({ model }, report) {
    for (const svc of services(model)) {
      const name = setting(model, svc, 'container_name');
      if (!name) continue;
      const replicas = count(setting(model, setting(model, svc, 'deploy'), 'replicas'));
      const scale = count(setting(model, svc, 'scale'));
      const n = Math.max(replicas ?? 0, scale ?? 0);
      const range = n > 1 ? nodeRange(model, name) : undefined;
      if (range) report({ range, message: `\`${svc.name}\` asks for ${n} containers, but \`container_name\` allows only one. ${dockerErrors.containerNameScale.says}` });
    }
  },
};
