// SPDX-License-Identifier: MIT
// "Watch out" bullets built from the hovered line and its file, never from a sample (issue 11): the
// port of this EXPOSE, the tool this HEALTHCHECK calls, this stage's ENTRYPOINT and CMD.
import type { Instruction } from 'dockerfile-ast';
import { looksSecret } from '../diagnostics/dockerfile/buildkit/secretsUsedInArgOrEnv';
import { isAutomaticArg } from '../knowledge/predefinedArgs';
import { code } from '../render';
import { activeShell, describeShell } from './activeShell';
import { type ExposedPort, readPort } from './exposeHover';
import { execArgs, execFormShell } from './forms';
import { commandText, formOf } from './locate';
import type { DockerfileModel } from './model';
import { instructionsIn, lineOf, parentStage } from './stageIndex';
import { stageOf } from './stages';
import { argumentWords, splitWords } from './words';

/**
 * Where an ARG value ends up. ref: buildkit-dockerfile-docs/reference.md#arg ("not embedded in the image",
 * "visible in the `docker history` command").
 */
export const ARG_PERSISTENCE = 'Its value is not stored in the image\'s settings, so containers started from the image do not see it, but `docker history` shows it.';

/** ARG: a name with a value sets a default; a bare name only declares the variable (BuildKit fills the platform ones). */
export function argFacts(model: DockerfileModel, inst: Instruction, words: string[], inStage: boolean): string[] {
  const withValue = words.filter(w => w.includes('=')).map(w => w.split('=')[0]);
  const bare = words.filter(w => !w.includes('=') && w);
  const automatic = bare.filter(isAutomaticArg);
  const plain = bare.filter(w => !isAutomaticArg(w));
  const list = (names: string[]) => names.map(k => code(k)).join(', ');
  const them = (names: string[]) => (names.length > 1 ? 'them' : 'it');
  const facts: string[] = [];
  // ref: buildkit-dockerfile-docs/reference.md#default-values (no value passed: the default; no default: empty)
  if (withValue.length) facts.push(`Declares ${list(withValue)} with a default value; \`docker build --build-arg NAME=...\` replaces it.`);
  // ref: buildkit-dockerfile-docs/reference.md#automatic-platform-args-in-the-global-scope
  if (automatic.length) {
    facts.push(inStage
      ? `Brings BuildKit's automatic ${list(automatic)} into this stage: BuildKit fills in ${automatic.length > 1 ? 'their values' : 'its value'} from the build's platforms, with no \`--build-arg\` needed.`
      : `BuildKit already sets ${list(automatic)} before the first \`FROM\`; a stage that needs ${them(automatic)} declares ${them(automatic)} again without a value.`);
  }
  if (plain.length) facts.push(`Declares ${list(plain)} without setting ${them(plain)}: empty unless \`docker build --build-arg\` passes a value${inStage ? ' (or a global `ARG` of the same name gives a default)' : ''}.`);
  if (inStage) {
    facts.push(ARG_PERSISTENCE);
    for (const name of [...withValue, ...bare]) {
      const copy = envCopyOf(model, inst, name);
      if (copy) facts.push(`Line ${lineOf(copy)} copies ${code(name)} into \`ENV\`, and \`ENV\` values are stored in the image: containers started from it see the value.`);
    }
  }
  return facts;
}

/** A later `ENV X=$NAME` (or `${NAME}`) in the same stage: it stores the build argument's value in the image. */
export function envCopyOf(model: DockerfileModel, inst: Instruction, name: string): Instruction | undefined {
  const line = inst.getRange().start.line;
  const use = new RegExp(`\\$(\\{${name}([:}+\\-?]|$)|${name}(?![\\w]))`);
  return instructionsIn(model, stageOf(model, inst), 'ENV').find(e => e.getRange().start.line > line && argumentWords(model, e).some(w => use.test(w)));
}

/** BuildKit's SecretsUsedInArgOrEnv, in words true for each keyword. ref: buildkit-dockerfile-docs/rules-secrets-used-in-arg-or-env.md */
export function secretSentence(keyword: 'ARG' | 'ENV', names?: string[]): string {
  const who = names ? `${names.map(n => code(n)).join(', ')} look${names.length > 1 ? '' : 's'} like a secret` : 'The name looks like a secret';
  const where = keyword === 'ARG'
    ? '`ARG` values show in `docker history` and in build provenance, where anyone who pulls the image can read them'
    : '`ENV` values are stored in the image, where anyone who pulls it can read them';
  return `${who}, and BuildKit's \`SecretsUsedInArgOrEnv\` check warns about it: ${where}. Pass it as a build secret instead (\`RUN --mount=type=secret,id=...\`, built with \`docker build --secret\`).`;
}

/** ARG/ENV names that look like secrets get BuildKit's SecretsUsedInArgOrEnv explanation; others the general one. */
export function secretWarnings(model: DockerfileModel, inst: Instruction, keyword: 'ARG' | 'ENV'): string[] {
  const names = argumentWords(model, inst).map(w => w.split('=')[0]).filter(Boolean);
  const secrets = names.filter(looksSecret);
  if (secrets.length) return [secretSentence(keyword, secrets)];
  // ref: buildkit-dockerfile-docs/reference.md#arg (build arguments are visible in docker history)
  return keyword === 'ARG'
    ? ['Build arguments show up in `docker history`: never pass secrets this way.']
    : ['The value is stored in the image, so never put passwords or tokens in `ENV`; pass them at run time or use a build secret.'];
}

/** FROM: pinning advice only where a tag can be pinned (not scratch, a stage, a digest or a variable). */
export function fromWarnings(model: DockerfileModel, inst: Instruction): string[] {
  const stage = stageOf(model, inst);
  const from = stage.from;
  const image = stage.image;
  if (!from || !image || image.includes('$') || image.toLowerCase() === 'scratch' || from.getImageDigest()) return [];
  if (parentStage(model, stage)) return [];
  const tag = from.getImageTag();
  // ref: buildkit-dockerfile-docs/reference.md#from (tag or digest optional; latest by default)
  if (!tag) return [`With no tag, ${code(image)} means ${code(image + ':latest')}, which moves whenever a new version is pushed: write a version tag, so rebuilds start from the same image.`];
  if (tag === 'latest') return ['`latest` moves whenever a new version is pushed: write a version tag, so rebuilds start from the same image.'];
  return [];
}

/** EXPOSE: the port of this line, and the `-p` that would publish it. */
export function exposeWarnings(model: DockerfileModel, inst: Instruction): string[] {
  const ports = argumentWords(model, inst).map(w => readPort(model, inst, w)).filter((p): p is ExposedPort & { port: string } => !!p.port);
  if (!ports.length) return [];
  const p = ports[0];
  const first = p.port.split('-')[0];
  const suffix = p.protocol === 'tcp' ? '' : `/${p.protocol}`;
  // ref: buildkit-dockerfile-docs/reference.md#expose (EXPOSE does not publish; use -p)
  if (p.protocol === 'udp') return [`Exposing does not publish: \`-p ${first}:${first}${suffix}\` is still needed, and a UDP port is not reached with a browser or \`curl\`.`];
  return [`\`EXPOSE ${p.written}\` alone does not make \`localhost:${first}\` work; you still need \`-p ${first}:${first}${suffix}\`.`];
}

/** HEALTHCHECK: the tool the check calls must exist in the image. Nothing to say for NONE. */
export function healthcheckWarnings(model: DockerfileModel, inst: Instruction): string[] {
  const command = commandText(model, inst).trim();
  if (!command || /^none\b/i.test(command)) return [];
  const exec = execArgs(command);
  const tool = (exec ? exec[0] : splitWords(command)[0]) ?? '';
  if (!tool || /^(CMD-SHELL|CMD)$/.test(tool)) return [];
  // ref: buildkit-dockerfile-docs/reference.md#healthcheck (the command runs inside the container)
  return [`The check runs inside the container, so ${code(tool.replace(/^.*\//, ''))} must be installed in the image.`];
}

/** SHELL: the form, what later lines run through, and a fix for a line that is not a JSON array. */
export function shellFacts(model: DockerfileModel, inst: Instruction, args: string): string[] {
  const argv = execArgs(args);
  // ref: buildkit-dockerfile-docs/reference.md#shell (must be JSON; overrides all previous SHELL lines)
  if (!argv) {
    const words = splitWords(args).map(w => w.replace(/^[[,]+|[\],]+$/g, '').replace(/^['"]|['"]$/g, '')).filter(Boolean);
    return [`\`SHELL\` must be a JSON array with double quotes; anything else makes the build fail. Written as one, this line is ${code(`SHELL ${JSON.stringify(words).replace(/","/g, '", "')}`)}.`];
  }
  const shell = activeShell(model, inst);
  const later = shell.setBy === inst ? shell : { ...shell, setBy: inst };
  return ['Written as a JSON array with double quotes, as `SHELL` requires.', `Later shell-form \`RUN\`, \`CMD\` and \`ENTRYPOINT\` lines in this stage run through ${describeShell({ ...later, argv })}.`];
}

/** The command a container of this stage starts with: ENTRYPOINT's items followed by CMD's. */
export function startCommand(model: DockerfileModel, entrypoint: Instruction, cmd: Instruction): string {
  const e = execArgs(commandText(model, entrypoint)) ?? [];
  const c = execArgs(commandText(model, cmd)) ?? [];
  return [...e, ...c].join(' ');
}

/** `ENTRYPOINT []` / `CMD []`: an empty exec-form array, which clears the setting instead of naming a program. */
export function isEmptyExec(model: DockerfileModel, inst: Instruction): boolean {
  return execArgs(commandText(model, inst))?.length === 0;
}

/** CMD/ENTRYPOINT: what `docker run <image> <args>` does, built from this stage's own ENTRYPOINT and CMD. */
export function startCommandWarnings(model: DockerfileModel, inst: Instruction, name: 'CMD' | 'ENTRYPOINT'): string[] {
  const stage = stageOf(model, inst);
  const last = (k: string) => instructionsIn(model, stage, k).slice(-1)[0];
  // ref: buildkit-dockerfile-docs/reference.md#entrypoint (an empty ENTRYPOINT array names no program)
  const entrypoint = [last('ENTRYPOINT')].find(e => e && !isEmptyExec(model, e));
  const cmd = last('CMD');
  const out: string[] = [];
  if (isEmptyExec(model, inst)) {
    return [name === 'ENTRYPOINT'
      ? 'Anything typed after the image name in `docker run` becomes the whole command, as with no `ENTRYPOINT` at all.'
      : entrypoint
        ? `The \`ENTRYPOINT\` of line ${lineOf(entrypoint)} runs with no arguments, unless \`docker run <image> <args>\` adds some.`
        : 'With nothing in `CMD`, `docker run <image>` needs the command after the image name (unless the base image has an `ENTRYPOINT`).'];
  }
  // ref: buildkit-dockerfile-docs/reference.md#understand-how-cmd-and-entrypoint-interact
  if (name === 'CMD') {
    out.push('Not the same as `RUN`: `RUN` works while the image is built, `CMD` is what the container runs when it starts.');
    if (entrypoint && formOf(model, entrypoint) === 'exec') {
      const program = (execArgs(commandText(model, entrypoint)) ?? []).join(' ');
      out.push(`Arguments after the image name in \`docker run\` replace these defaults, not the program: \`docker run <image> bash\` runs ${code(`${program} bash`)}. Use \`docker run --entrypoint\` to start something else.`);
    } else if (!entrypoint) {
      out.push('Anything typed after the image name in `docker run` replaces this command: `docker run <image> bash` runs `bash` instead.');
    }
    return out;
  }
  if (formOf(model, inst) === 'exec') {
    const explicit = execFormShell(execArgs(commandText(model, inst)) ?? []);
    out.push(explicit
      ? `Arguments given to \`docker run\` are appended after the command string, where ${code(explicit)} reads them as \`$0\`, \`$1\`...; they do not change the script.`
      : `Arguments after the image name in \`docker run\` are appended to this program${cmd && formOf(model, cmd) === 'exec' ? `, replacing the \`CMD\` defaults of line ${lineOf(cmd)}` : ''}; \`docker run --entrypoint\` replaces the program itself.`);
  }
  return out;
}
