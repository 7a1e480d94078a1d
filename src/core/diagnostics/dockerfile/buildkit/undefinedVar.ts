// SPDX-License-Identifier: MIT
// UndefinedVar: a `$VARIABLE` that no ARG or ENV defines at that point, in the places where the
// builder itself expands variables (not in RUN, CMD and ENTRYPOINT commands, which a shell expands).
// A name inside `${NAME:+…}` or `${NAME:-…}` counts as a use, as in BuildKit: shell/lex.go
// processDollar reads the value with getEnv for every modifier, and getEnv records a name it cannot
// find in `nonmatches` (returned as Unmatched); dockerfile2llb/validations.go reportUnmatchedVariables
// reports each of those, minus the names an ARG declared (a bare `ARG NAME` too, which stays unset).
// Reference: buildkit-dockerfile-docs/rules-undefined-var.md
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { instructionsIn, parentStage } from '../../../dockerfile/stageIndex';
import { stagesOf, type Stage } from '../../../dockerfile/stages';
import { assignmentsOf, resolveVariable, scanVariables } from '../../../dockerfile/variables';
import type { DockerfileRule } from '../../types';
import { argumentTokens, escapeOf, logicalLine, logicalOffset, spanRange } from '../ranges';
import { baseImageEnv } from './baseImageEnv';
import { suggestName } from './suggest';
import { refsOf } from './undefinedArgInFrom';

export const undefinedVar: DockerfileRule = {
  code: 'UndefinedVar',
  source: 'buildkit',
  severity: 'warning',
  title: 'Variable used before it is defined',
  why: 'Docker replaces an unknown `$NAME` with nothing, without an error. A typo such as `$PAHT`, or an ARG declared only before `FROM`, then quietly gives an empty path or value. Like `docker build --check`, it also reports a name used only to test it, as in `${NAME:+…}` or `${NAME:-default}`; when unset is on purpose, a bare `ARG NAME` declares it and leaves it unset.',
  fix: 'Define it first with `ARG NAME=default` or `ENV NAME=value` in this stage (a global ARG needs a bare `ARG NAME` inside the stage too), or correct the spelling.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/undefined-var/',
  reference: 'buildkit-dockerfile-docs/rules-undefined-var.md',
  check({ model }, report) {
    const escape = escapeOf(model);
    // The next `$` at or after an offset; instructions come in file order, so the scan stays linear.
    let dollar = -1;
    const hasDollar = (from: number, to: number) => {
      if (dollar !== Infinity && dollar < from) dollar = model.text.indexOf('$', from);
      if (dollar < 0) dollar = Infinity;
      return dollar < to;
    };
    for (const stage of stagesOf(model)) {
      if (stage.index < 0) continue;
      const imageEnv = rootImageEnv(model, stage);
      for (const inst of stage.instructions) {
        // Most lines hold no `$` at all: skip them before reading their words.
        const r = inst.getRange();
        if (!hasDollar(model.lines.offsetAt(r.start), model.lines.offsetAt(r.end))) continue;
        const spans = checkedSpans(model, inst);
        const reported = new Set<string>();
        for (const [from, to, definedBefore] of spans) {
          for (const ref of refsOf(model.text, scanVariables(model.text, from, to, escape))) {
            const name = ref.name;
            if (ref.singleQuoted || reported.has(name) || name === 'PATH' || imageEnv?.has(name) || definedBefore.has(name)) continue;
            const r = resolveVariable(model, name, inst);
            if (r.env || r.arg) continue;
            const suggestion = suggestName(name, candidates(model, stage, inst, imageEnv));
            // With a base image we do not know, an upper-case name may well come from its ENV: report
            // it only when it looks like a typo of a name this Dockerfile defines (not of PATH:
            // `$GOPATH` is not a typo).
            if (!imageEnv && !/[a-z]/.test(name) && (!suggestion || suggestion === 'PATH')) continue;
            reported.add(name);
            report({
              range: spanRange(model, ref.start, ref.end),
              message: `Usage of undefined variable '$${name}'${suggestion ? ` (did you mean $${suggestion}?)` : ''}`,
            });
          }
        }
      }
    }
  },
};

/** The ENV names of the image at the root of the stage's chain, or undefined when it is unknown. */
function rootImageEnv(model: DockerfileModel, stage: Stage): ReadonlySet<string> | undefined {
  let s = stage;
  for (let depth = 0; depth < 64; depth++) {
    const parent = parentStage(model, s);
    if (!parent) break;
    s = parent;
  }
  return baseImageEnv(s.image);
}

type Span = [from: number, to: number, definedBefore: ReadonlySet<string>];
const none: ReadonlySet<string> = new Set();

/** The parts of an instruction the builder expands, as offsets of the model text (BuildKit's Expand methods). */
function checkedSpans(model: DockerfileModel, inst: Instruction): Span[] {
  const keyword = inst.getKeyword();
  const tokens = () => argumentTokens(model, inst);
  // Leading `--name=value` words; only the named flags are expanded.
  const flagSpans = (names: string[]): Span[] => {
    const spans: Span[] = [];
    for (const t of tokens()) {
      if (!t.text.startsWith('--')) break;
      const eq = t.text.indexOf('=');
      if (eq > 0 && names.includes(t.text.slice(2, eq))) spans.push([t.start + eq + 1, t.end, none]);
    }
    return spans;
  };
  switch (keyword) {
    case 'ENV': case 'LABEL': case 'WORKDIR': case 'USER': case 'VOLUME': case 'STOPSIGNAL': {
      const line = logicalLine(model, inst);
      return line.text ? [[logicalOffset(line, 0), logicalOffset(line, line.text.length - 1) + 1, none]] : [];
    }
    case 'ARG': {
      // ARG reads its names one by one, so `ARG A=1 B=$A` is fine (ENV, by contrast, is not).
      const spans: Span[] = [];
      const before = new Set<string>();
      for (const t of tokens()) {
        const eq = t.text.indexOf('=');
        if (eq >= 0) spans.push([t.start + eq + 1, t.end, new Set(before)]);
        before.add(eq < 0 ? t.text : t.text.slice(0, eq));
      }
      return spans;
    }
    case 'COPY': case 'ADD': {
      const spans = flagSpans(['chown', 'chmod', 'checksum']);
      for (const t of tokens()) if (!t.text.startsWith('--')) spans.push([t.start, t.end, none]);
      return spans;
    }
    case 'RUN':
      return flagSpans(['mount']);
    default:
      return [];
  }
}

/** What BuildKit offers for "did you mean": the names set in the image, the stage chain, and this stage so far. */
function candidates(model: DockerfileModel, stage: Stage, inst: Instruction, imageEnv: ReadonlySet<string> | undefined): string[] {
  const names = new Set<string>(imageEnv ?? ['PATH']);
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage, depth = 0; s && depth < 64; s = parentStage(model, s), depth++) chain.unshift(s);
  const line = inst.getRange().start.line;
  for (const s of chain) {
    const defs = [...instructionsIn(model, s, 'ARG'), ...instructionsIn(model, s, 'ENV')]
      .filter(d => s !== stage || d.getRange().start.line < line)
      .sort((a, b) => a.getRange().start.line - b.getRange().start.line);
    for (const d of defs) for (const [name] of assignmentsOf(model, d)) names.add(name);
  }
  return [...names];
}
