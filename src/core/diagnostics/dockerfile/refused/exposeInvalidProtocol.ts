// SPDX-License-Identifier: MIT
// ExposeInvalidProtocol: `EXPOSE 80/tcpp`. A port's protocol is `tcp`, `udp` or `sctp`; anything else
// stops the build. Source: moby/buildkit frontend/dockerfile/dockerfile2llb/convert_expose.go
// (splitProtoPort: "invalid proto: …", wrapped as `invalid port: "80/tcpp"`).
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { DockerfileRule } from '../../types';
import { argumentTokens, instructionsWith, spanRange } from '../ranges';
import { suggestName } from '../buildkit/suggest';
import { unquoted } from '../buildkit/fromParts';

const PROTOCOLS = ['tcp', 'udp', 'sctp'];

export const exposeInvalidProtocol: DockerfileRule = {
  code: 'ExposeInvalidProtocol',
  source: 'coach',
  severity: 'error',
  title: 'EXPOSE with a protocol other than tcp, udp or sctp',
  why: 'After the `/` of a port comes its protocol: `tcp` (the default, for web servers and databases), `udp` or `sctp`. Docker knows no other, so the build stops at this line.',
  fix: 'Write `EXPOSE 80` (tcp is the default), `EXPOSE 53/udp` or `EXPOSE 80/tcp`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#expose',
  reference: 'buildkit-dockerfile-docs/reference.md#expose',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/dockerfile2llb/convert_expose.go',
  dockerErrors: ['invalidProto'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'EXPOSE')) {
      for (const token of argumentTokens(model, inst)) {
        if (token.text.includes('$')) continue;
        const raw = unquoted(token.text);
        const container = raw.slice(raw.lastIndexOf(':') + 1);
        const slash = container.indexOf('/');
        if (slash < 0) continue;
        const proto = container.slice(slash + 1);
        if (PROTOCOLS.includes(proto.toLowerCase())) continue;
        const end = token.end - (token.text === raw ? 0 : 1);
        const range = spanRange(model, end - proto.length, end);
        const guess = proto ? suggestName(proto.toLowerCase(), PROTOCOLS) : undefined;
        report({
          range,
          message: `\`${proto || '(nothing)'}\` is not a protocol: Docker stops with "invalid port: ${JSON.stringify(raw)}: invalid proto: ${proto}". ${dockerErrors.invalidProto.says}${guess ? ` Here probably \`${guess}\`.` : ''}`,
          fixes: guess ? [{ title: `Change to ${guess}`, edits: [{ range, newText: guess }] }] : undefined,
        });
      }
    }
  },
};
