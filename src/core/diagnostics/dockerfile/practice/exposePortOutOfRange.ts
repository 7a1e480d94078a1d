// SPDX-License-Identifier: MIT
// ExposePortOutOfRange: a port is a number from 1 to 65535. `EXPOSE 0`, `EXPOSE 70000` or a range
// such as `8000-70000` (or one that runs backwards) names no real port. BuildKit's
// ExposeInvalidFormat covers `IP:host:container` forms and ExposeProtoCasing the protocol's case;
// neither checks the numbers.
// Reference: buildkit-dockerfile-docs/reference.md, "EXPOSE" (the 1-65535 limit is TCP/UDP's own).
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { placedWords, rangeAt } from './ranges';

const MAX = 65535;

export const exposePortOutOfRange: DockerfileRule = {
  code: 'ExposePortOutOfRange',
  source: 'coach',
  severity: 'warning',
  title: 'EXPOSE port out of range',
  why: 'Network ports are numbered from 1 to 65535. A port outside that range (or a range that runs backwards) cannot be listened on or published, so the line documents a port that cannot exist.',
  fix: 'Use the port your program really listens on, between 1 and 65535, e.g. `EXPOSE 8080` or `EXPOSE 8000-8010/tcp`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#expose',
  reference: 'buildkit-dockerfile-docs/reference.md#expose',
  hadolint: ['DL3011'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'EXPOSE')) {
      for (const word of placedWords(model, inst)) {
        // Variables are filled in at build time; `IP:port` forms belong to ExposeInvalidFormat.
        const m = /^(\d+)(?:-(\d+))?(?:\/\w+)?$/.exec(word.text);
        if (!m) continue;
        const low = Number(m[1]);
        const high = m[2] === undefined ? low : Number(m[2]);
        const bad = [low, high].find(p => p < 1 || p > MAX);
        let message: string | undefined;
        if (bad !== undefined) message = `Port ${bad} is out of range: ports go from 1 to ${MAX}.`;
        else if (high < low) message = `The range ${m[1]}-${m[2]} runs backwards: write the lower port first.`;
        if (message) report({ range: rangeAt(model, word.start, word.start + m[0].replace(/\/\w+$/, '').length), message });
      }
    }
  },
};
