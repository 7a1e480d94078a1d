// SPDX-License-Identifier: MIT
// Hover on `$VAR`, `${VAR}`, `${VAR:-default}`...: who expands it, where it is defined, and its
// value or default in this stage; an undefined variable is called out.
import type { Heredoc, Instruction } from 'dockerfile-ast';
import { predefinedArg, unsetArgValue } from '../knowledge/predefinedArgs';
import { code } from '../render';
import { closestName } from '../spelling';
import { contains, type Position } from '../text';
import { describePort, readPort } from './exposeHover';
import type { DockerfileHit } from './hit';
import { argumentsOf, flagsOf, formOf, heredocsOf, locate, offsetRange } from './locate';
import type { DockerfileModel } from './model';
import { instructionsIn, lineOf } from './stageIndex';
import { stagesOf } from './stages';
import { activeShell, startsPowerShell, stepInterpreter, type Interpreter } from './activeShell';
import { argumentsText, argumentWords } from './words';
import { expandValue, namesInScope, resolveVariable, variableAtOffset, type Definition, type VariableRef } from './variables';

const DOCS = 'https://docs.docker.com/reference/dockerfile/#environment-replacement';

/** Variables a POSIX shell (or the container runtime) sets by itself, so no ARG or ENV is needed. */
const SHELL_VARIABLES: Readonly<Record<string, string>> = {
  PWD: 'the shell sets it to the current folder.',
  OLDPWD: 'the shell sets it to the previous folder after a `cd`.',
  HOME: 'the home folder of the current user, set for the process when it starts.',
  HOSTNAME: 'the container\'s host name, set when the container starts.',
  IFS: 'the shell\'s word separators.',
  PPID: 'the shell sets it to its parent\'s process ID.',
  RANDOM: 'the shell gives a new random number each time it is read (bash and some other shells; not every `sh`).',
};

/** Who expands a reference: the builder, a shell at build time, a shell at run time, or nobody. */
type Expander = 'builder' | 'build-shell' | 'run-shell' | 'none';

export function explainVariable(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const at = locate(model, pos);
  if (!at) return undefined;
  const offset = model.lines.offsetAt(pos);
  const ref = variableAtOffset(model, at.onbuild ?? at.inst, offset);
  if (!ref) return undefined;
  const { inst } = at;
  const expander = expanderOf(model, inst, pos);
  const written = model.text.slice(ref.start, ref.end);
  const facts: string[] = [];
  const watchOut: string[] = [];
  if (at.onbuild) facts.push('Inside `ONBUILD`: it is expanded when the trigger runs in the child build, with that build\'s variables.');
  if (ref.singleQuoted && expander !== 'none') {
    facts.push(`Inside single quotes, so it stays the literal text ${code(written)}.`);
  } else if (expander === 'none' && heredocContaining(model, inst, pos)) {
    facts.push(`The here-document's delimiter is quoted, so ${code(written)} is written into the file as is, not expanded at build time.`);
  } else if (expander === 'none' && inst.getKeyword() === 'SHELL') {
    facts.push(`\`SHELL\` stores its array as written: ${code(written)} is left for the shell program it names, which reads it when it runs each command.`);
  } else if (expander === 'none') {
    facts.push(isShellInExec(model, inst)
      ? `Exec form, but the program is a shell started with \`-c\`: that shell expands ${code('$' + ref.name)} when it runs.`
      : `Exec form has no shell, so ${code(written)} is passed on as those literal characters, not replaced by a value.`);
  }
  // In single quotes nothing expands it, so "undefined" is no bug there.
  const literal = ref.singleQuoted || (expander === 'none' && !isShellInExec(model, inst));
  const found = describeDefinition(model, inst, ref, literal ? 'none' : expander, facts, watchOut);
  const definedTag = literal ? 'not expanded' : found;
  facts.push(...describeModifier(ref, expander));
  if (inst.getKeyword() === 'EXPOSE') {
    const arg = argumentsOf(inst).find(a => contains(a.getRange(), pos));
    if (arg) facts.push(...describePort(readPort(model, inst, arg.getValue())));
  }
  return {
    range: offsetRange(model, ref.start, ref.end),
    topics: found === 'ENV' ? ['instruction:ENV'] : ['instruction:ARG'],
    content: {
      title: written,
      tags: ['variable', definedTag],
      what: whatFor(expander, inst.getKeyword(), stepInterpreter(model, inst, expander === 'build-shell' || expander === 'run-shell'), isEnvForm(written)),
      inThisLine: facts,
      watchOut,
      docsUrl: DOCS,
    },
  };
}

/** `$env:NAME` / `${env:NAME}`: PowerShell's way to read an environment variable. */
function isEnvForm(written: string): boolean {
  return /^\$\{?env:/i.test(written);
}

function whatFor(expander: Expander, keyword: string, interpreter: Interpreter = 'posix', envForm = false): string {
  // ref: buildkit-dockerfile-docs/reference.md#shell (cmd and powershell on Windows; ARG and ENV reach the step as environment variables)
  if (interpreter === 'powershell' && envForm) return 'PowerShell reads this environment variable when it runs the step; every `ARG` and `ENV` set above is in that environment.';
  if (interpreter === 'powershell') return 'PowerShell reads it, as one of its own variables; environment variables (every `ARG` and `ENV` set above) are `$env:NAME` there.';
  if (interpreter === 'cmd') return '`cmd` runs this step and leaves `$` text as it is; it reads environment variables as `%NAME%`.';
  switch (expander) {
    // ref: buildkit-dockerfile-docs/reference.md#understand-how-arg-and-from-interact (FROM sees only ARGs before the first FROM)
    case 'builder': return keyword === 'FROM'
      ? 'In `FROM` the builder fills in a variable from the `ARG` lines before the first `FROM` (or `--build-arg`); ARGs inside stages and `ENV` values are not visible here.'
      : `In \`${keyword}\` the builder replaces a variable with its value while it builds, using the \`ARG\` and \`ENV\` lines above it.`;
    case 'build-shell': return 'The shell running this build step expands it; every `ARG` and `ENV` set above is in that shell\'s environment.';
    case 'run-shell': return `The shell expands it when the container runs this \`${keyword}\`. By then only \`ENV\` values exist; \`ARG\` values were for the build only.`;
    case 'none': return 'A variable reference that nothing expands here.';
  }
}

/** Adds "where is it defined" bullets; returns the tag for the title line. */
function describeDefinition(model: DockerfileModel, inst: Instruction, ref: VariableRef, expander: Expander, facts: string[], watchOut: string[]): string {
  const name = ref.name;
  const v = code('$' + name);
  const r = resolveVariable(model, name, inst);
  const predefined = predefinedArg(name);
  const from = r.inheritedFrom ? ` in stage ${code(r.inheritedFrom.name ?? String(r.inheritedFrom.index))}, which this stage builds on` : '';
  const set = r.env ?? r.arg;
  if (set && stepInterpreter(model, inst, expander === 'build-shell' || expander === 'run-shell') === 'powershell' && !isEnvForm(model.text.slice(ref.start, ref.end))) {
    // PowerShell sees ARG and ENV values only as environment variables: `$NAME` is a different, script variable.
    facts.push(`PowerShell reads ${v} as its own script variable, not the \`${r.env ? 'ENV' : 'ARG'} ${name}\` of line ${lineOf(set.inst)}${from}: write \`$env:${name}\` to get that value.`);
    return 'PowerShell variable';
  }
  if (r.env) {
    facts.push(`Set by ${code(`ENV ${show(r.env)}`)} on line ${lineOf(r.env.inst)}${from}: ${v} is ${value(r.env.value)} here${withDefaults(model, r.env)}.`);
    if (r.arg) facts.push(`An \`ARG ${name}\` exists too (line ${lineOf(r.arg.inst)}), but \`ENV\` wins over an \`ARG\` of the same name.`);
    return 'ENV';
  }
  if (r.arg) {
    const arg = r.arg;
    if (arg.value !== undefined) {
      facts.push(`Declared by ${code(`ARG ${show(arg)}`)} on line ${lineOf(arg.inst)}${from}: its default is ${value(arg.value)}${withDefaults(model, arg)}; \`docker build --build-arg ${name}=...\` replaces it.`);
    } else if (r.global?.value !== undefined && inst.getKeyword() !== 'FROM') {
      facts.push(`Declared by \`ARG ${name}\` on line ${lineOf(arg.inst)}${from}, which takes the default ${value(r.global.value)} from the global \`ARG\` on line ${lineOf(r.global.inst)}.`);
    } else if (predefined?.kind === 'platform') {
      facts.push(`Declared by \`ARG ${name}\` on line ${lineOf(arg.inst)}${from}; BuildKit fills in its value. ${predefined.summary}`);
    } else {
      facts.push(`Declared by \`ARG ${name}\` on line ${lineOf(arg.inst)}${from} with no default: ${unsetArgValue(name)}.`);
    }
    if (expander === 'run-shell') {
      watchOut.push(`\`ARG\` values exist only during the build. When the container runs this command, ${v} is empty unless an \`ENV\` (here or in the base image) or \`docker run -e\` sets it. Add \`ENV ${name}=$${name}\` to keep it.`);
    }
    return 'ARG';
  }
  if (inst.getKeyword() === 'FROM' && r.global) {
    const g = r.global;
    facts.push(g.value !== undefined
      ? `Global ${code(`ARG ${show(g)}`)} on line ${lineOf(g.inst)}: its default is ${value(g.value)}; \`--build-arg ${name}=...\` replaces it.`
      : predefined?.kind === 'platform'
        ? `Global \`ARG ${name}\` on line ${lineOf(g.inst)}; BuildKit fills in its value. ${predefined.summary}`
        : `Global \`ARG ${name}\` on line ${lineOf(g.inst)} with no default: ${unsetArgValue(name)}.`);
    return 'global ARG';
  }
  if (predefined) {
    if (predefined.kind === 'platform' && inst.getKeyword() !== 'FROM') {
      facts.push(`${predefined.summary} BuildKit sets it automatically, but only in the global scope (for \`FROM\` lines). This stage has no \`ARG ${name}\`, so ${v} is empty here.`);
      watchOut.push(`Add \`ARG ${name}\` (no value) in this stage; BuildKit then fills it in.`);
    } else if (predefined.kind === 'buildkit') {
      // ref: buildkit-dockerfile-docs/reference.md#buildkit-built-in-build-args (settings read by BuildKit, not
      // predefined variables): without an `ARG` line no step sees them (moby/buildkit dockerfile2llb only
      // passes the proxy build args through).
      facts.push(`${predefined.summary} BuildKit reads it from \`--build-arg ${name}=...\` as a setting; this file has no \`ARG ${name}\` here, so ${v} is empty.`);
    } else {
      facts.push(`${predefined.summary}${predefined.kind === 'platform' ? ' Set automatically.' : ''}`);
    }
    return 'predefined ARG';
  }
  if (r.global) {
    facts.push(`\`ARG ${name}\` on line ${lineOf(r.global.inst)} is declared before the first \`FROM\`, so it is visible in \`FROM\` lines only, not in this stage.`);
    if (!hasFallback(ref) && expander !== 'none') watchOut.push(`Here ${v} is empty. Add \`ARG ${name}\` (no value) inside this stage to bring it in.`);
    return 'out of scope';
  }
  const shell = expander === 'build-shell' || expander === 'run-shell';
  const kind = shell ? activeShell(model, inst).kind : 'posix';
  // ref: buildkit-dockerfile-docs/reference.md#shell (SHELL ["powershell", ...] runs shell-form lines in PowerShell)
  const own = name.toLowerCase() === 'null' ? '`$null` is its empty value' : setInCommand(model, inst, name) ? 'assigned in this script' : 'set by the script itself';
  if (kind === 'powershell') {
    facts.push(`This stage's \`SHELL\` is PowerShell, which reads ${v} as one of its own variables (${own}), not as an \`ARG\` or \`ENV\` value; PowerShell reads environment variables as \`$env:NAME\`.`);
    return 'PowerShell variable';
  }
  if (kind === 'cmd' && startsPowerShell(model, inst)) {
    facts.push(`This step starts PowerShell, and ${v} is one of the script's own PowerShell variables (${own}). \`cmd\`, this stage's shell, passes it on untouched, so no \`ARG\` or \`ENV\` is involved.`);
    return 'PowerShell variable';
  }
  if (kind === 'cmd') {
    facts.push(`This stage's shell is \`cmd\`, which does not expand ${v}: it passes those characters on as written. \`cmd\` reads environment variables as \`%NAME%\`.`);
    return 'not expanded';
  }
  if (shell && setInCommand(model, inst, name)) {
    facts.push(`Set earlier in this same command, so the shell has it.`);
    return 'shell variable';
  }
  if (shell && SHELL_VARIABLES[name]) {
    facts.push(`${v}: ${SHELL_VARIABLES[name]}`);
    return 'shell variable';
  }
  if (name === 'PATH') {
    facts.push('Not set by this Dockerfile before this line; `PATH` comes from the base image\'s environment.');
    return 'from the base image';
  }
  if (inst.getKeyword() === 'FROM') {
    const inStage = argInsideAStage(model, name, inst);
    facts.push(inStage
      ? `\`ARG ${name}\` on line ${lineOf(inStage)} is inside a stage, so this \`FROM\` cannot see it. Move that \`ARG\` above the first \`FROM\` (a stage that also needs it declares \`ARG ${name}\` again).`
      : `No \`ARG ${name}\` before the first \`FROM\` declares it, so ${v} is empty here unless \`--build-arg ${name}=...\` is passed.`);
    return 'undefined';
  }
  facts.push(`Not set in this file: no \`ARG\` or \`ENV\` in this stage sets ${v} before this line. It may come from the base image's environment.`);
  const guess = closestName(name, namesInScope(model, inst).filter(n => n !== name));
  if (guess) facts.push(`Did you mean ${code('$' + guess)}?`);
  if (shell && sourcesAFile(model, inst)) facts.push('This command sources a script (`. file` or `source file`), which may set it.');
  if (!hasFallback(ref) && expander !== 'none') {
    watchOut.push(expander === 'builder'
      ? `Unless the base image sets it with \`ENV\`, it expands to an empty string; if the base image does not, a typo or a missing \`ARG\` is the usual cause.`
      : `Unless the base image's environment has it, the shell expands it to an empty string; a typo or a missing \`ARG\`/\`ENV\` is the usual cause.`);
  }
  return 'not set in this file';
}

/** An `ARG name` declared inside some stage before `inst`: what a FROM author usually meant. */
function argInsideAStage(model: DockerfileModel, name: string, inst: Instruction): Instruction | undefined {
  const line = inst.getRange().start.line;
  for (const stage of stagesOf(model)) {
    if (stage.index < 0) continue;
    for (const arg of instructionsIn(model, stage, 'ARG')) {
      if (arg.getRange().start.line >= line) return undefined;
      if (argumentWords(model, arg).some(w => w.split('=')[0] === name)) return arg;
    }
  }
  return undefined;
}

function describeModifier(ref: VariableRef, expander: Expander): string[] {
  const name = code(ref.name);
  const word = code(ref.word ?? '');
  switch (ref.modifier) {
    case undefined: return [];
    case ':-': return [`If ${name} is unset or empty, ${word} is used instead.`];
    case '-': return [`If ${name} is unset, ${word} is used instead (an empty value is kept).`];
    case ':+': return [`If ${name} is set and not empty, this becomes ${word}; otherwise it is empty.`];
    case '+': return [`If ${name} is set (even to empty), this becomes ${word}; otherwise it is empty.`];
    case ':?': case '?':
      return [expander === 'builder'
        ? `\`${ref.modifier}\` is not one of the modifiers the Dockerfile reference lists (\`:-\`, \`-\`, \`:+\`, \`+\`).`
        : `If ${name} is unset${ref.modifier === ':?' ? ' or empty' : ''}, the shell stops the command with an error.`];
    default: {
      const what = ref.modifier.startsWith('/') ? 'replaces a pattern in' : 'removes a pattern from';
      return [expander === 'builder'
        ? `\`${ref.modifier}\` ${what} ${name}. In Dockerfile lines this needs a pre-release syntax (\`# syntax=docker/dockerfile-upstream:master\`).`
        : `\`${ref.modifier}\` ${what} ${name}; the shell does this.`];
    }
  }
}

/** `${A:-x}` and `${A-x}` have a fallback, so an undefined A is fine there. */
function hasFallback(ref: VariableRef): boolean {
  return ref.modifier === ':-' || ref.modifier === '-' || ref.modifier === ':+' || ref.modifier === '+';
}

function expanderOf(model: DockerfileModel, inst: Instruction, pos: Position): Expander {
  const keyword = inst.getKeyword();
  // Flag values (`--chmod=$MODE`, `--mount=...,id=$ID`) are always expanded by the builder.
  if (flagsOf(model, inst).some(f => contains(f.range, pos))) return 'builder';
  const heredoc = heredocContaining(model, inst, pos);
  if (heredoc) {
    if (keyword === 'RUN') return 'build-shell';
    return /^<<-?["']/.test(model.text.slice(model.lines.offsetAt(heredoc.getStartRange().start))) ? 'none' : 'builder';
  }
  switch (keyword) {
    case 'RUN': return formOf(model, inst) === 'exec' ? 'none' : 'build-shell';
    case 'CMD': case 'ENTRYPOINT': case 'HEALTHCHECK': return formOf(model, inst) === 'exec' ? 'none' : 'run-shell';
    case 'SHELL': case 'MAINTAINER': case 'ONBUILD': return 'none';
    default: return 'builder';
  }
}

function heredocContaining(model: DockerfileModel, inst: Instruction, pos: Position): Heredoc | undefined {
  return heredocsOf(model, inst).find(h => { const r = h.getContentRange(); return r !== null && contains(r, pos); });
}

/** `["sh", "-c", "echo $HOME"]`: exec form whose program is a shell that expands the string. */
function isShellInExec(model: DockerfileModel, inst: Instruction): boolean {
  try {
    const args = JSON.parse(argumentsText(model, inst).replace(/^[^[]*/, '')) as unknown;
    return Array.isArray(args) && /(^|\/)(ba|da|z|a)?sh$/.test(String(args[0])) && args.includes('-c');
  } catch {
    return false;
  }
}

/** `RUN VERSION=1 && echo $VERSION`, `for f in ...; do echo $f`: a shell variable set in the command. */
function setInCommand(model: DockerfileModel, inst: Instruction, name: string): boolean {
  const r = inst.getRange();
  const text = model.text.slice(model.lines.offsetAt(r.start), model.lines.offsetAt(r.end));
  // POSIX `NAME=`, `export NAME=`, `for NAME in`, `read NAME`; PowerShell `$NAME =`; cmd `set NAME=`.
  return new RegExp(`(^|[\\s;&|(])(export\\s+|local\\s+|readonly\\s+|set\\s+)?${name}=|\\bfor\\s+${name}\\s+in\\b|\\bread\\s+(-\\w+\\s+)*(\\w+\\s+)*${name}\\b|\\$${name}\\s*=[^=]`, 'i').test(text);
}

/** ` (`3.9.3` with the default build arguments)` when the value is made of other variables. */
function withDefaults(model: DockerfileModel, d: Definition): string {
  if (!d.value?.includes('$')) return '';
  const expanded = expandValue(model, d.value, d.inst);
  return expanded === undefined ? '' : ` (${expanded ? code(expanded) : 'empty'} with the default build arguments)`;
}

/** `. "$APACHE_ENVVARS"` or `source ./env.sh`: a script that may set more variables. */
function sourcesAFile(model: DockerfileModel, inst: Instruction): boolean {
  const r = inst.getRange();
  return /(^|[\s;&|(])(\.|source)\s+["'$\w/~.]/.test(model.text.slice(model.lines.offsetAt(r.start), model.lines.offsetAt(r.end)));
}

function show(d: Definition): string {
  return d.value === undefined ? d.name : `${d.name}=${d.value}`;
}

function value(v: string | undefined): string {
  if (v === undefined || v === '' || v === '""' || v === "''") return 'empty';
  return code(v.length > 80 ? v.slice(0, 77) + '...' : v);
}
