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
// No fix when the file packages a daemon (it creates a service account such as `nginx`) or starts
// through an entrypoint script, which may need root.
// Images that step down from root in their entrypoint (gosu, su-exec, setpriv) are skipped.
// Windows images are skipped: their users (ContainerUser, ContainerAdministrator) work differently.
// Reference: buildkit-dockerfile-docs/reference.md, "USER" (applies to RUN, CMD and ENTRYPOINT after it).
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { parseImageRef } from '../../../dockerfile/imageHover';
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
    if (known?.kind === 'root-daemon') {
      report({
        range,
        message: `${chained ? `No USER line, so the container starts as root, like its base image (${from})` : `No USER line in the final stage, so the container starts as root, like its base image \`${root.image}\``}. ${known.instead}`,
      });
      return;
    }
    report({
      range,
      message: chained
        ? `No USER line, so the container runs as the base image's user (${from}); that is root for most base images.`
        : `No USER line in the final stage, so the container runs as the base image's user, which is root for most base images such as \`${root.image}\`.`,
      fixes: userFix(model, last, chain, undefined),
    });
  },
};

/** `USER <name>` placed before the start command, or replacing a USER root at the end; none when no user is safe. */
function userFix(model: DockerfileModel, last: Stage, chain: Stage[], rootLine: Instruction | undefined): Fix[] | undefined {
  const choice = userChoice(model, chain);
  if (choice.kind === 'unsafe') return undefined;
  const base = parseImageRef(chain[chain.length - 1].image);
  let user: string;
  let title: string;
  if (choice.kind === 'app') {
    user = choice.user.name;
    title = `Switch to the user \`${user}\` created on line ${lineOf(choice.user.inst)}`;
  } else if (base && base.name === 'node' && (!base.namespace || base.namespace === 'library') && !base.registry) {
    user = 'node';
    title = 'Switch to the `node` user that the node image provides';
  } else {
    user = '65534';
    title = 'Run as user 65534 ("nobody": no rights, cannot write to files owned by root)';
  }
  if (rootLine && last.instructions.includes(rootLine)) {
    // A USER root at the very end of the stage is replaced; earlier, the switch goes before the start command.
    const after = last.instructions.filter(i => i.getRange().start.line > rootLine.getRange().start.line);
    if (!after.some(i => i.getKeyword() === 'RUN' || i.getKeyword() === 'COPY' || i.getKeyword() === 'ADD')) {
      return [{ title, edits: [{ range: instructionRange(rootLine), newText: `USER ${user}` }] }];
    }
  }
  const start = [...instructionsIn(model, last, 'CMD'), ...instructionsIn(model, last, 'ENTRYPOINT')]
    .sort((a, b) => a.getRange().start.line - b.getRange().start.line)
    .find(i => !rootLine || i.getRange().start.line > rootLine.getRange().start.line);
  if (start) {
    const at = model.lines.offsetAt({ line: start.getRange().start.line, character: 0 });
    const indent = /^[ \t]*/.exec(model.text.slice(at, at + 64))![0];
    return [{ title, edits: [{ range: pointAt(model, at), newText: `${indent}USER ${user}\n` }] }];
  }
  const end = model.lines.offsetAt(last.instructions[last.instructions.length - 1].getRange().end);
  return [{ title, edits: [{ range: pointAt(model, end), newText: `\nUSER ${user}` }] }];
}

function onDockerHub(registry: string | undefined): boolean {
  return !registry || registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io';
}

function isWindows(image: string): boolean {
  return /windows|nanoserver|servercore|mcr\.microsoft\.com\/dotnet\/framework/i.test(image);
}
