// SPDX-License-Identifier: MIT
// EnvUsesItsOwnName: `ENV APP_HOME=/app APP_BIN=$APP_HOME/bin`. Docker replaces variables in an ENV
// with the values from before that instruction, so `$APP_HOME` here is still empty (or the base
// image's value): APP_BIN becomes `/bin`. Reference: buildkit-dockerfile-docs/reference.md,
// "Environment replacement" (`ENV abc=bye def=$abc` gives def the old value `hello`). Same condition
// as hadolint's DL3044 (hadolint/hadolint src/Hadolint/Rule/DL3044.hs): a name set in this ENV and
// used by another pair of it, unless an earlier ARG or ENV of the file set that name already.
import type { DockerfileRule } from '../../types';
import { argumentTokens, instructionsWith, spanRange } from '../ranges';

export const envUsesItsOwnName: DockerfileRule = {
  code: 'EnvUsesItsOwnName',
  source: 'coach',
  severity: 'warning',
  title: 'ENV uses a variable it sets itself',
  why: 'Docker fills in `$NAME` in an ENV with the values from before that line. A variable set earlier in the same ENV line is not there yet, so `ENV DIR=/app BIN=$DIR/bin` sets BIN to `/bin`, not `/app/bin`.',
  fix: 'Set the variable on its own ENV line first, then use it on the next: `ENV DIR=/app` and below it `ENV BIN=$DIR/bin`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#environment-replacement',
  reference: 'buildkit-dockerfile-docs/reference.md#environment-replacement',
  hadolint: ['DL3044'],
  check({ model }, report) {
    const known = new Set<string>();
    for (const inst of instructionsWith(model, 'ENV', 'ARG')) {
      const tokens = argumentTokens(model, inst);
      // Legacy `ENV NAME value words`: one pair, nothing to refer to.
      const pairs = tokens.filter(t => /^[A-Za-z_][A-Za-z0-9_]*=/.test(t.text))
        .map(t => ({ token: t, name: t.text.slice(0, t.text.indexOf('=')), value: t.text.slice(t.text.indexOf('=') + 1) }));
      if (inst.getKeyword() === 'ENV' && pairs.length > 1) {
        // Each pair's value is read once for the names it uses, and a name leads to the pairs that set it: an ENV
        // of 5,000 pairs had compiled a pattern for every two of them (seconds).
        const setBy = new Map<string, number[]>();
        pairs.forEach((p, i) => { const list = setBy.get(p.name); if (list) list.push(i); else setBy.set(p.name, [i]); });
        for (const [u, used] of pairs.entries()) {
          let first = -1;
          for (const name of namesUsedIn(used.value)) {
            if (known.has(name)) continue;
            const at = setBy.get(name)?.find(i => i !== u);
            if (at !== undefined && (first < 0 || at < first)) first = at;
          }
          if (first < 0) continue;
          const set = pairs[first];
          report({
            range: spanRange(model, used.token.start, used.token.end),
            message: `\`$${set.name}\` here is not \`${set.value}\`: Docker fills in an ENV line with the values from before it, and ${set.name} is set on this same line.`,
          });
        }
      }
      for (const p of pairs) known.add(p.name);
      if (inst.getKeyword() === 'ARG') for (const t of tokens) known.add(t.text.split('=')[0]);
      else if (!pairs.length && tokens.length) known.add(tokens[0].text);
    }
  },
};

/** The names `value` uses as `$NAME`, `${NAME}` or `${NAME:…}`, outside single quotes and not escaped. */
function namesUsedIn(value: string): Set<string> {
  const text = value.replace(/'[^']*'/g, '').replace(/\\\$/g, '');
  const names = new Set<string>();
  for (const m of text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[}:]|([A-Za-z_][A-Za-z0-9_]*))/g)) names.add(m[1] ?? m[2]);
  return names;
}
