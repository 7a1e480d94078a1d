// SPDX-License-Identifier: MIT
// RequiredVariableUnset: `${VAR:?message}` stops Compose when VAR is not set; the `.env` file next to
// the compose file does not set it (it may still come from the shell).
// Reference: compose-spec-docs/12-interpolation.md.
import { isMap, isScalar, isSeq } from 'yaml';
import { rangeOf } from '../../../compose/composeDocument';
import { findInterpolations } from '../../../compose/interpolation';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule } from '../../types';

/** Variable name → value, from `.env` text (`NAME=value`, `export NAME=value`, comments and blank lines skipped). */
export function parseDotEnv(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of (text ?? '').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(raw);
    if (!m) continue;
    let v = m[2].trim();
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1);
    else v = v.replace(/\s+#.*$/, '');
    out.set(m[1], v);
  }
  return out;
}

export const requiredVariableUnset: ComposeRule = {
  code: 'RequiredVariableUnset',
  source: 'coach',
  severity: 'info',
  title: 'Required variable not in `.env`',
  why: '`${VAR:?message}` makes the variable mandatory: when it is not set, `docker compose` stops with that message before doing anything. The `.env` file next to the compose file does not set it, so it has to come from your shell.',
  fix: 'Add `VAR=value` to the `.env` file next to the compose file, export it in your shell, or give a default with `${VAR:-value}`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/interpolation/',
  reference: 'compose-spec-docs/12-interpolation.md',
  dockerErrors: ['requiredVariable'],
  check({ model, env }, report) {
    const vars = parseDotEnv(env);
    const stack: unknown[] = [model.doc.contents];
    let budget = 500_000;
    while (stack.length && budget-- > 0) {
      const n = stack.pop();
      if (isMap(n)) { for (const p of n.items) stack.push(p.value); continue; }
      if (isSeq(n)) { for (const it of n.items) stack.push(it); continue; }
      if (!isScalar(n) || typeof n.value !== 'string' || !n.value.includes('$') || !n.range) continue;
      const source = model.text.slice(n.range[0], n.range[1]);
      for (const x of findInterpolations(n.value, 32)) {
        if (!x.name || (x.op !== ':?' && x.op !== '?')) continue;
        const value = vars.get(x.name);
        // `:?` also refuses an empty value; `?` only an unset one.
        if (value !== undefined && (x.op === '?' || value !== '')) continue;
        const at = source.indexOf(x.text);
        const range = at >= 0 ? rangeOf(model, n.range[0] + at, n.range[0] + at + x.text.length) : rangeOf(model, n.range[0], n.range[1]);
        report({ range, message: `\`${x.name}\` must be set${x.op === ':?' ? ' and not empty' : ''}, but the \`.env\` file does not set it; unless your shell does, Compose stops${x.arg ? ` with "${x.arg}"` : ''}. ${dockerErrors.requiredVariable.says}` });
      }
    }
  },
};
