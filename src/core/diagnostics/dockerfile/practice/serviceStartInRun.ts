// SPDX-License-Identifier: MIT
// ServiceStartInRun: `RUN service mysql start` or `RUN systemctl enable nginx`. A RUN is one build
// step: whatever it starts is stopped when the step ends, and only the files it wrote are kept. A
// container runs one program, its CMD/ENTRYPOINT, with no init system, so nothing started here comes
// back at `docker run`, and `systemctl` fails in a container ("System has not been booted with
// systemd as init system"). Reference: buildkit-dockerfile-docs/reference.md, RUN and CMD. Part of
// hadolint's DL3001 (hadolint/hadolint src/Hadolint/Rule/DL3001.hs), which names `service` among
// commands that make no sense in a container; its other names (ps, top, vim, free…) only waste a
// step and are left out. A start followed by more commands in the same RUN (seeding a database)
// uses the service while it runs, so only a start that ends the RUN is reported.
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { rangeAt } from './ranges';
import { commandName, programWords, runScript } from './shellScript';

const STARTS = new Set(['start', 'restart', 'reload', 'enable']);

export const serviceStartInRun: DockerfileRule = {
  code: 'ServiceStartInRun',
  source: 'coach',
  severity: 'warning',
  title: 'Service started in a RUN',
  why: 'A RUN is one build step: whatever it starts stops when the step ends, and only the files it wrote are kept in the image. A container has no init system that starts services again; it runs only its CMD or ENTRYPOINT. So `service … start` in a RUN has no effect on the running container, and `systemctl` usually fails outright.',
  fix: 'Start the program in CMD, in the foreground: `CMD ["nginx", "-g", "daemon off;"]`. Run each service (a database, a web server) as its own container, for example with Docker Compose.',
  docsUrl: 'https://docs.docker.com/engine/containers/multi-service_container/',
  reference: 'buildkit-dockerfile-docs/reference.md#cmd',
  hadolint: ['DL3001'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      const cmds = runScript(model, inst).commands;
      for (const [i, cmd] of cmds.entries()) {
        // `service mysql start && mysql < seed.sql` uses the service within the step: that works.
        if (i < cmds.length - 1) continue;
        const tool = commandName(cmd);
        const words = programWords(cmd);
        // `service NAME start`, `systemctl [options] start NAME`.
        const action = tool === 'service' ? words[2]
          : tool === 'systemctl' ? words.find((w, i) => i > 0 && !w.value.startsWith('-')) : undefined;
        if (!action || !STARTS.has(action.value)) continue;
        report({
          range: rangeAt(model, words[0].start, action.end),
          message: `\`${tool} … ${action.value}\` in a RUN lasts only for this build step; the container runs only its CMD, so start the program there.`,
        });
      }
    }
  },
};
