// SPDX-License-Identifier: MIT
// SecretsUsedInArgOrEnv: an ARG or ENV whose name says it holds a secret (PASSWORD, TOKEN, ...).
// Reference: buildkit-dockerfile-docs/rules-secrets-used-in-arg-or-env.md
import type { DockerfileRule } from '../../types';
import { argumentTokens, instructionsWith, spanRange } from '../ranges';

// A whole name, or its first or last `_`-separated word (BuildKit's list). Case does not matter.
const secret = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
// Names that say they hold something harmless: a public key, a file path, a version.
const allowed = /(?:_|^)(?:public|file|version)(?:_|$)/i;

/** True when BuildKit would take `name` for a secret. */
export function looksSecret(name: string): boolean {
  return secret.test(name) && !allowed.test(name);
}

export const secretsUsedInArgOrEnv: DockerfileRule = {
  code: 'SecretsUsedInArgOrEnv',
  source: 'buildkit',
  severity: 'warning',
  title: 'Secret passed with ARG or ENV',
  why: 'ARG and ENV values are saved in the image: anyone who can pull it can read them with `docker history` or `docker inspect`, long after the build.',
  fix: 'Pass the secret as a build secret and read it only in the RUN that needs it: `RUN --mount=type=secret,id=token,env=TOKEN ...`, built with `docker build --secret id=token,env=TOKEN`.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/',
  reference: 'buildkit-dockerfile-docs/rules-secrets-used-in-arg-or-env.md',
  hadolint: ['DL3064'],
  check({ model }, report) {
    const firstFrom = instructionsWith(model, 'FROM')[0]?.getRange().start.line ?? Infinity;
    for (const inst of instructionsWith(model, 'ENV', 'ARG')) {
      const keyword = inst.getKeyword();
      // Global ARGs (before the first FROM) never reach the image, and BuildKit does not check them.
      if (keyword === 'ARG' && inst.getRange().start.line < firstFrom) continue;
      const tokens = argumentTokens(model, inst);
      // Legacy `ENV KEY value`: only the first word is a name.
      const names = keyword === 'ENV' && tokens.length && !tokens[0].text.includes('=') ? tokens.slice(0, 1) : tokens;
      for (const t of names) {
        const eq = t.text.indexOf('=');
        const name = eq < 0 ? t.text : t.text.slice(0, eq);
        if (!looksSecret(name)) continue;
        report({ range: spanRange(model, t.start, t.start + name.length), message: 'Potentially sensitive data should not be used in the ARG or ENV commands' });
      }
    }
  },
};
