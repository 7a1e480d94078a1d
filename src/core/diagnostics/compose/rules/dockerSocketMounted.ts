// SPDX-License-Identifier: MIT
// DockerSocketMounted: mounting /var/run/docker.sock hands the container control of the Docker engine.
// Reference: compose-spec-docs/05-services.md, "volumes" (short and long syntax).
import { isScalar } from 'yaml';
import { parseVolume } from '../../../compose/volumes';
import type { ComposeRule } from '../../types';
import { itemsOf, nodeRange, scalarText, services, setting } from '../nodes';

const socket = /^(\/\/?var)?\/run\/docker\.sock$/;

export const dockerSocketMounted: ComposeRule = {
  code: 'DockerSocketMounted',
  source: 'coach',
  severity: 'warning',
  title: 'Docker socket mounted into a container',
  why: 'The Docker socket is the door to the Docker engine. A container that can open it can start other containers, including one that mounts your whole disk, so it is as powerful as root on the host.',
  fix: 'Mount it only into tools that must manage containers (a reverse proxy, a CI runner), and never into your own app. `:ro` does not help: it stops writes to the socket file, not calls to the engine through it; a socket proxy that allows only the calls a tool needs does.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#volumes',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const item of itemsOf(model, setting(model, svc, 'volumes'))) {
        const source = isScalar(item) ? parseVolume(scalarText(item) ?? '')?.source : scalarText(setting(model, item, 'source'));
        if (!source || !socket.test(source)) continue;
        const range = nodeRange(model, isScalar(item) ? item : setting(model, item, 'source') ?? item);
        if (range) report({ range, message: `Service \`${svc.name}\` gets the Docker socket, which gives it control of the Docker engine and so of the host.` });
      }
    }
  },
};
