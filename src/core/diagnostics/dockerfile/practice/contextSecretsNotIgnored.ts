// SPDX-License-Identifier: MIT
// ContextSecretsNotIgnored (off by default; the security review turns it on): `COPY . .` (or ADD) copies the
// whole build context, and no .dockerignore keeps `.env` out of it, so a local `.env` with passwords ends up
// in a layer of the image. SecretCopied finds a secret named in COPY; this finds the one that comes along.
// Reference: buildkit-dockerfile-docs/reference.md, ".dockerignore file" and "COPY";
// buildkit-dockerfile-docs/rules-secrets-used-in-arg-or-env.md (why a secret in a layer is readable).
import { leadingFlags } from '../../../dockerfile/words';
import type { DockerfileRule } from '../../types';
import { isIgnored, parseDockerignore } from '../dockerignore';
import { instructionsWith } from './byKeyword';
import { nonFlagWords, placedWords, rangeAt, unquote } from './ranges';

export const contextSecretsNotIgnored: DockerfileRule = {
  code: 'ContextSecretsNotIgnored',
  source: 'coach',
  severity: 'info',
  defaultOff: true,
  title: 'Whole context copied, `.env` not ignored',
  why: '`COPY . .` takes every file of the build context, including a `.env` with passwords if one is there. Once in a layer, anyone who can pull the image can read it, even if a later step deletes it.',
  fix: 'Add `.env` (and other secret files such as `*.pem` and `.git`) to a `.dockerignore` file at the root of the build context.',
  docsUrl: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
  reference: 'buildkit-dockerfile-docs/reference.md',
  check({ model, dockerignore }, report) {
    if (dockerignore !== undefined && isIgnored(parseDockerignore(dockerignore), '.env')) return;
    for (const inst of [...instructionsWith(model, 'COPY'), ...instructionsWith(model, 'ADD')]) {
      if (leadingFlags(model, inst).some(f => f.name === 'from')) continue;
      const words = nonFlagWords(placedWords(model, inst));
      const whole = words.slice(0, -1).find(w => /^(\.|\.\/)$/.test(unquote(w.text.replace(/^\[|,$|\]$/g, ''))));
      if (!whole) continue;
      report({
        range: rangeAt(model, whole.start, whole.end),
        message: dockerignore === undefined
          ? 'This copies the whole build context and there is no .dockerignore, so a `.env` or key file there goes into the image.'
          : 'This copies the whole build context and the .dockerignore does not leave out `.env`, so one there goes into the image.',
      });
    }
  },
};
