// SPDX-License-Identifier: MIT
// RootUser: the image `docker build` produces (its last stage) starts its program as root, because
// no USER line switched away from root, or the last one switches back to it (`root`, `0`, `0:0`…).
// Without a USER line the base image decides. Most (node, python, debian, alpine…) start as root,
// so the message says "most base images" rather than claiming to know this one; the few images
// known to start as non-root (a `nonroot` tag, grafana, k6…) are not reported at all, and daemon
// images that must start as root get the warning without a fix (knowledge/imageUsers.ts).
// The message names the image at the root of the stage chain: a stage name is not an image.
// The fix must name a user that can run the program, or the container fails to start (appUser.ts):
//   - a user the Dockerfile creates for the app itself (files chowned to it, or its home is the WORKDIR);
//   - the official `node` images ship a `node` user;
//   - otherwise the numeric user 65534 ("nobody" on Debian, Ubuntu and Alpine) needs no entry in
//     /etc/passwd to start, so it works even on `scratch`; the title says it cannot write to root's files.
// The fix the rule's text recommends comes first: create `app` (useradd, or adduser -D on Alpine and BusyBox)
// and switch to it; "nobody" second. The warning waits until the file has a CMD or ENTRYPOINT.
// No fix when the file packages a daemon (it creates a service account such as `nginx`) or starts
// through an entrypoint script, which may need root.
// Images that step down from root in their entrypoint (gosu, su-exec, setpriv) are skipped.
// Windows images are skipped: their users (ContainerUser, ContainerAdministrator) work differently.
// Reference: buildkit-dockerfile-docs/reference.md, "USER" (applies to RUN, CMD and ENTRYPOINT after it).
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { parseImageRef, type ImageRef } from '../../../dockerfile/imageHover';
import { instructionsIn, lineOf } from '../../../dockerfile/stageIndex';
import type { Stage } from '../../../dockerfile/stages';
import { argumentsText } from '../../../dockerfile/words';
import { imageUserFact } from '../../../knowledge/imageUsers';
import type { DockerfileRule, Fix } from '../../types';
import { instructionRange, keywordRange } from '../ranges';
import { userChoice } from './appUser';
import { nonFlagWords, placedWords, pointAt, rangeAt } from './ranges';
import { finalStage, stageChain } from './stageChain';

export const rootUser: DockerfileRule = {
  code: 'RootUser',
  source: 'coach',
  severity: 'warning',
  title: 'The container runs as root',
  why: 'Unless a `USER` line (here or in the base image) says otherwise, your program runs as root inside the container. If someone breaks into the program, they are root too: they can change any file in the container, and a bug in Docker or a careless volume mount can let them reach the host.',
  fix: 'Create a user and switch to it before the program starts: `RUN useradd --create-home app` (Alpine: `adduser -D app`), then `USER app` above `CMD`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#user',
  reference: 'buildkit-dockerfile-docs/reference.md#user',
  hadolint: ['DL3002'],
  check({ model }, report) {
    const last = finalStage(model);
    if (!last?.from) return;
    const chain = stageChain(model, last);
    const root = chain[chain.length - 1];
    if (isWindows(root.image) || /\$/.test(root.image)) return;
    // Images that install gosu, su-exec or setpriv start as root on purpose and step down to a
    // named user in their entrypoint script (the official postgres and redis images do this).
    if (['gosu', 'su-exec', 'setpriv'].some(tool => model.text.includes(tool))) return;
    let lastUser: Instruction | undefined;
    for (const s of chain) {
      const users = instructionsIn(model, s, 'USER');
      if (users.length) { lastUser = users[users.length - 1]; break; }
    }
    if (lastUser) {
      const value = argumentsText(model, lastUser).trim();
      if (!/^(root|0)(:\S*)?$/.test(value)) return;
      report({
        range: instructionRange(lastUser),
        message: `The last USER is \`${value}\`, so the container's program runs as root.`,
        fixes: userFix(model, last, chain, lastUser),
      });
      return;
    }
    const ref = parseImageRef(root.image);
    const known = ref && onDockerHub(ref.registry) ? imageUserFact([ref.namespace, ref.name].filter(Boolean).join('/')) : undefined;
    // A `nonroot` tag (distroless `:nonroot`, `:debug-nonroot`) says the image sets a non-root USER.
    if (known?.kind === 'non-root' || known?.kind === 'steps-down' || /nonroot/i.test(ref?.tag ?? '')) return;
    const image = nonFlagWords(placedWords(model, last.from))[0];
    const range = image ? rangeAt(model, image.start, image.end) : keywordRange(last.from);
    // Name the image that decides, not a stage: `FROM builder` means "start from where `builder` ended".
    const chained = last !== root;
    const from = `the final stage builds from stage \`${last.image}\`, which starts from \`${root.image}\``;
    // A daemon image (nginx) brings its own CMD, so a file that only adds content is complete; still never
    // on the one line of a new file.
    if (known?.kind === 'root-daemon' && model.text.trim().split('\n').length > 1) {
      report({
        range,
        message: `${chained ? `No USER line, so the container starts as root, like its base image (${from})` : `No USER line in the final stage, so the container starts as root, like its base image \`${root.image}\``}. ${known.instead}`,
      });
      return;
    }
    // Without a CMD or ENTRYPOINT the file is still being written (the first line of a new file would get the
    // warning): wait until it says what runs, which is also where the fix puts USER.
    if (known?.kind === 'root-daemon' || !hasStartCommand(model, chain)) return;
    report({
      range,
      message: chained
        ? `No USER line, so the container runs as the base image's user (${from}); that is root for most base images.`
        : `No USER line in the final stage, so the container runs as the base image's user, which is root for most base images such as \`${root.image}\`.`,
      fixes: userFix(model, last, chain, undefined),
    });
  },
};

/** One way to stop running as root: the lines to add (a user to create, then `USER`). */
interface UserSwitch { title: string; lines: string[] }

/**
 * The ways out, best first. With a user the file made for the app, or the node image's `node`, that one.
 * Otherwise the pair the rule's own text recommends (create `app`, switch to it), with the command the base
 * image's family has; then user 65534 ("nobody"), which needs no setup and so also works where no user can
 * be created (scratch, distroless: no shell to run useradd).
 */
function userSwitches(model: DockerfileModel, chain: Stage[]): UserSwitch[] | undefined {
  const choice = userChoice(model, chain);
  if (choice.kind === 'unsafe') return undefined;
  const base = parseImageRef(chain[chain.length - 1].image);
  if (choice.kind === 'app') return [{ title: `Switch to the user \`${choice.user.name}\` created on line ${lineOf(choice.user.inst)}`, lines: [`USER ${choice.user.name}`] }];
  if (base && base.name === 'node' && (!base.namespace || base.namespace === 'library') && !base.registry) {
    return [{ title: 'Switch to the `node` user that the node image provides', lines: ['USER node'] }];
  }
  const nobody = { title: 'Run as user 65534 ("nobody": no rights, cannot write to files owned by root)', lines: ['USER 65534'] };
  const create = createUserCommand(base);
  return create ? [{ title: `Create the user \`app\` (\`${create}\`) and switch to it`, lines: [`RUN ${create}`, 'USER app'] }, nobody] : [nobody];
}

/** How the base image's family creates a user: BusyBox's `adduser -D` on Alpine and BusyBox, else Debian's `useradd`. */
function createUserCommand(base: ImageRef | undefined): string | undefined {
  const name = base?.name.toLowerCase() ?? '';
  const tag = base?.tag?.toLowerCase() ?? '';
  // No shell, so no RUN at all: only a numeric user can be named.
  if (name === 'scratch' || /distroless|chainguard/.test(`${base?.registry ?? ''}/${base?.namespace ?? ''}/${name}`)) return undefined;
  if (name === 'alpine' || name === 'busybox' || /(^|[-.])alpine/.test(tag)) return 'adduser -D app';
  return 'useradd --create-home app';
}

/** Each way out as a fix: placed before the start command, or replacing a USER root at the end; none when no user is safe. */
function userFix(model: DockerfileModel, last: Stage, chain: Stage[], rootLine: Instruction | undefined): Fix[] | undefined {
  const switches = userSwitches(model, chain);
  if (!switches) return undefined;
  if (rootLine && last.instructions.includes(rootLine)) {
    // A USER root at the very end of the stage is replaced; earlier, the switch goes before the start command.
    const after = last.instructions.filter(i => i.getRange().start.line > rootLine.getRange().start.line);
    if (!after.some(i => i.getKeyword() === 'RUN' || i.getKeyword() === 'COPY' || i.getKeyword() === 'ADD')) {
      // Creating a user needs root: keep the USER root line above the RUN, and switch after it.
      const rootText = `USER ${argumentsText(model, rootLine).trim()}`;
      return switches.map(w => ({ title: w.title, edits: [{ range: instructionRange(rootLine), newText: (w.lines.length > 1 ? [rootText, ...w.lines] : w.lines).join('\n') }] }));
    }
  }
  const start = [...instructionsIn(model, last, 'CMD'), ...instructionsIn(model, last, 'ENTRYPOINT')]
    .sort((a, b) => a.getRange().start.line - b.getRange().start.line)
    .find(i => !rootLine || i.getRange().start.line > rootLine.getRange().start.line);
  if (start) {
    const at = model.lines.offsetAt({ line: start.getRange().start.line, character: 0 });
    const indent = /^[ \t]*/.exec(model.text.slice(at, at + 64))![0];
    return switches.map(w => ({ title: w.title, edits: [{ range: pointAt(model, at), newText: w.lines.map(l => `${indent}${l}\n`).join('') }] }));
  }
  const end = model.lines.offsetAt(last.instructions[last.instructions.length - 1].getRange().end);
  return switches.map(w => ({ title: w.title, edits: [{ range: pointAt(model, end), newText: w.lines.map(l => `\n${l}`).join('') }] }));
}

/** True when the stage chain says what the container runs: until then the file is still being written. */
function hasStartCommand(model: DockerfileModel, chain: readonly Stage[]): boolean {
  return chain.some(s => instructionsIn(model, s, 'CMD').length > 0 || instructionsIn(model, s, 'ENTRYPOINT').length > 0);
}

function onDockerHub(registry: string | undefined): boolean {
  return !registry || registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io';
}

function isWindows(image: string): boolean {
  return /windows|nanoserver|servercore|mcr\.microsoft\.com\/dotnet\/framework/i.test(image);
}
