// SPDX-License-Identifier: MIT
// SecretInEnvironment: a password, token or key written into `environment:` ends up in git and in
// `docker inspect`. Compose's `secrets:` hands it to the container as a file instead.
// Reference: compose-spec-docs/05-services.md ("environment", "secrets") and 09-secrets.md.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ComposeRule } from '../../types';
import { nodeRange, scalarText, services, setting } from '../nodes';

/** Words that make a variable name look secret, as whole `_`-separated parts of the name. */
const secretWords = new Set(['PASSWORD', 'PASSWD', 'PASS', 'PASSPHRASE', 'TOKEN', 'SECRET', 'KEY', 'APIKEY', 'PRIVATEKEY', 'CREDENTIALS']);
/** A last part that says the value is not the secret itself but where or which one it is. */
const notTheSecret = new Set(['FILE', 'PATH', 'DIR', 'ID', 'NAME', 'URL', 'HOST', 'PORT', 'USER', 'USERNAME', 'LENGTH', 'TYPE', 'METHOD', 'ALGORITHM', 'POLICY']);

/** True for names like `DB_PASSWORD`, `JWT_SECRET`, `API_KEY`; not for `POSTGRES_PASSWORD_FILE` or `KEY_ID`. */
export function looksSecret(name: string): boolean {
  const parts = name.toUpperCase().split(/[_.-]+/).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!parts.length || notTheSecret.has(last)) return false;
  // `KEY` alone is the secret only at the end (`API_KEY`); inside a name it is usually a setting (`KEY_CONVERTER`).
  return parts.some(p => secretWords.has(p) && (p !== 'KEY' || p === last));
}

/** A written-out value: not empty, not a `${VAR}` filled in later, not a yes/no switch (`ALLOW_EMPTY_PASSWORD=yes`). */
function isLiteralSecret(value: string | undefined): boolean {
  if (!value || value.includes('$')) return false;
  // A path to the secret (`/run/secrets/db`, `certs/server.key`) is what we want, not the secret itself.
  if (/^(\.{0,2}\/|~\/)|\.(pem|key|crt|cert|txt|json)$/i.test(value.trim())) return false;
  return !/^(true|false|yes|no|on|off|0|1)$/i.test(value.trim());
}

export const secretInEnvironment: ComposeRule = {
  code: 'SecretInEnvironment',
  source: 'coach',
  severity: 'warning',
  title: 'Secret written into environment',
  why: 'A password written in the compose file goes into git with it, and anyone who can run `docker inspect` on the container can read it. Compose secrets reach the container as a file under `/run/secrets/` instead.',
  fix: 'Move the value into a file, declare it under the top-level `secrets:` and list it in the service\'s `secrets:`; many images read `*_FILE` variables such as `POSTGRES_PASSWORD_FILE=/run/secrets/db_password`. At least fill it in from `.env` with `${DB_PASSWORD}`.',
  docsUrl: 'https://docs.docker.com/compose/how-tos/use-secrets/',
  reference: 'compose-spec-docs/09-secrets.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      const env = setting(model, svc, 'environment');
      const found: { name: string; node: Node }[] = [];
      if (isMap(env)) {
        for (const p of env.items) {
          const name = scalarText(p.key);
          if (name && looksSecret(name) && isScalar(p.value) && isLiteralSecret(scalarText(p.value))) found.push({ name, node: p.value as Node });
        }
      } else if (isSeq(env)) {
        for (const it of env.items) {
          const text = scalarText(it);
          const eq = text?.indexOf('=') ?? -1;
          if (text && eq > 0 && looksSecret(text.slice(0, eq)) && isLiteralSecret(text.slice(eq + 1))) found.push({ name: text.slice(0, eq), node: it as Node });
        }
      }
      for (const f of found) {
        const range = nodeRange(model, f.node);
        if (range) report({ range, message: `\`${f.name}\` holds a secret written into the file; pass it with \`secrets:\` (or at least \`\${${f.name}}\` from \`.env\`).` });
      }
    }
  },
};
