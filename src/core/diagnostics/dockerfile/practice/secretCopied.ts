// SPDX-License-Identifier: MIT
// SecretCopied: a COPY or ADD of a file that holds secrets (`.env`, an SSH key, a private key, npm or
// cloud credentials) puts it in a layer of the image, where anyone who can pull the image can read
// it, even if a later step deletes it. Only sources from the build context count (`--from` copies
// what another stage or image already holds). Example and template files (`.env.example`) and
// certificates (`ca.pem`, `fullchain.pem`) and public signing keys (`nodesource.gpg.key`, `Release.key`,
// `*.asc`), which are public, are left alone.
// Reference: buildkit-dockerfile-docs/reference.md, "RUN --mount=type=secret";
// buildkit-dockerfile-docs/rules-secrets-used-in-arg-or-env.md (the same risk for ARG and ENV).
import type { DockerfileRule } from '../../types';
import { leadingFlags } from '../../../dockerfile/words';
import { instructionsWith } from './byKeyword';
import { nonFlagWords, placedWords, rangeAt, unquote } from './ranges';

/** What a secret-looking file name is, for the message; undefined when it is not one. */
export function secretKind(path: string): string | undefined {
  const name = path.replace(/\/+$/, '').slice(path.replace(/\/+$/, '').lastIndexOf('/') + 1).toLowerCase();
  if (!name || name.includes('$')) return undefined;
  if (/^\.env(\.[\w-]+)?$/.test(name) && !/\.(example|sample|template|dist|defaults?|tpl|schema)$/.test(name)) return 'an environment file with passwords and keys';
  if (/^id_(rsa|dsa|ecdsa|ed25519)$/.test(name) || name === '.ssh') return 'an SSH private key';
  // Repository signing keys (`nodesource.gpg.key`, `Release.key`, `*.asc`) are public keys, published to be downloaded.
  if (isPublicKeyName(name)) return undefined;
  if (/\.(key|p12|pfx|jks|keystore)$/.test(name) || /(^|[-_.])(priv|private)[-_.]?key/.test(name)) return 'a private key';
  if (name.endsWith('.pem') && !/(^|[-_.])(ca|cert|certs|certificate|chain|fullchain|bundle|root|public|pub)([-_.]|$)/.test(name)) return 'a PEM file, usually a private key';
  if (name === '.npmrc' || name === '.pypirc' || name === '.netrc' || name === '.git-credentials' || name === '.dockercfg') return 'a file that often holds registry or login tokens';
  if (name === '.aws' || name === 'credentials' || name === 'credentials.json' || /^(service[-_]?account|gcp[-_]?key)[\w-]*\.json$/.test(name)) return 'cloud credentials';
  if (name === 'config.json' && /(^|\/)\.docker\/config\.json$/.test(path)) return 'Docker login tokens';
  return undefined;
}

/** A public key file by its name: `.gpg`, `.asc`, `.pub`, `Release.key`, or a `gpg`/`pub`/`public` part (and no `priv`). */
function isPublicKeyName(name: string): boolean {
  if (name.includes('priv')) return false;
  return /\.(gpg|asc|pub)$/.test(name) || name === 'release.key' || /(^|[-_.])(gpg|pgp|pub|public)([-_.]|$)/.test(name);
}

export const secretCopied: DockerfileRule = {
  code: 'SecretCopied',
  source: 'coach',
  severity: 'warning',
  title: 'Secret file copied into the image',
  why: 'Everything COPY or ADD puts in the image stays in its layers: anyone who can pull the image can read the file, and deleting it in a later step does not remove it from the earlier layer.',
  fix: 'Keep secrets out of the image: pass them at run time (`docker run --env-file .env`), or, when a build step needs one, mount it for that step only: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`. List the file in `.dockerignore` too.',
  docsUrl: 'https://docs.docker.com/build/building/secrets/',
  reference: 'buildkit-dockerfile-docs/reference.md#run---mounttypesecret',
  check({ model }, report) {
    for (const inst of [...instructionsWith(model, 'COPY'), ...instructionsWith(model, 'ADD')]) {
      if (leadingFlags(model, inst).some(f => f.name === 'from')) continue;
      const words = nonFlagWords(placedWords(model, inst));
      // The last word is the destination; JSON form brackets and commas are trimmed off each word.
      for (const word of words.slice(0, -1)) {
        const path = unquote(word.text.replace(/^\[|,$|\]$/g, '').replace(/,$/, ''));
        if (/^(https?|git|ssh):\/\//.test(path) || path.startsWith('git@') || path.startsWith('<<')) continue;
        const kind = secretKind(path);
        if (!kind) continue;
        // Point at the path itself, not the quotes, bracket or comma of the JSON form around it.
        const at = Math.max(0, word.text.indexOf(path));
        report({
          range: rangeAt(model, word.start + at, word.start + at + path.length),
          message: `\`${path}\` looks like ${kind}; copied into the image, anyone who can pull the image can read it.`,
        });
      }
    }
  },
};
