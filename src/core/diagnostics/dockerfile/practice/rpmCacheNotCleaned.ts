// SPDX-License-Identifier: MIT
// RpmCacheNotCleaned: `yum`, `dnf`, `microdnf` and `zypper` keep the repository metadata and the
// packages they downloaded under /var/cache. Unless the same RUN cleans it after installing, it is
// saved in that layer. Same conditions as hadolint's DL3032 (yum), DL3040 (dnf, microdnf) and DL3036
// (zypper) (hadolint/hadolint src/Hadolint/Rule/DL3032.hs, DL3040.hs, DL3036.hs): an install-like
// subcommand with no `clean all` (zypper: `clean`/`cc`) or `rm` of the cache after it, unless a cache
// or tmpfs mount holds the cache. Like the apt and apk rules, stages only copied from are skipped.
import type { DockerfileRule } from '../../types';
import { stageOf } from '../../../dockerfile/stages';
import { instructionsWith } from './byKeyword';
import { rangeAt } from './ranges';
import { appendPoint, cacheMountTargets, commandName, programWords, runScript, subcommandWord, type RunScript, type ShellCommand } from './shellScript';
import { stagesInFinalImage } from './stageChain';

/** `family`: the tools that clean each other's cache (on RHEL, `yum` is `dnf` under another name). */
interface Manager { family: 'rpm' | 'zypper'; installs: string[]; cleans: string[]; clean: string; cacheDir: RegExp }

const RPM_CACHE = /^\/var\/cache\/(yum|dnf|libdnf5)/;
const DNF_INSTALLS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];
const MANAGERS: Record<string, Manager> = {
  yum: { family: 'rpm', installs: ['install', 'groupinstall', 'localinstall'], cleans: ['clean'], clean: 'clean all', cacheDir: RPM_CACHE },
  dnf: { family: 'rpm', installs: DNF_INSTALLS, cleans: ['clean'], clean: 'clean all', cacheDir: RPM_CACHE },
  microdnf: { family: 'rpm', installs: DNF_INSTALLS, cleans: ['clean'], clean: 'clean all', cacheDir: RPM_CACHE },
  zypper: { family: 'zypper', installs: ['install', 'in'], cleans: ['clean', 'cc'], clean: 'clean --all', cacheDir: /^\/var\/cache\/zypp/ },
};

export const rpmCacheNotCleaned: DockerfileRule = {
  code: 'RpmCacheNotCleaned',
  source: 'coach',
  severity: 'info',
  title: '`yum`/`dnf`/`zypper` cache left in the image',
  why: '`yum`, `dnf` and `zypper` keep the package lists and the packages they downloaded in `/var/cache`, often tens of MB. Each RUN is saved as a layer, so unless the same RUN cleans the cache after installing, it stays in the image for good; cleaning in a later RUN does not make the image smaller.',
  fix: 'End the same RUN with the clean command: `&& dnf clean all` (or `yum clean all`, `microdnf clean all`, `zypper clean --all`).',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#run',
  reference: 'buildkit-dockerfile-docs/reference.md#run---mounttypecache',
  hadolint: ['DL3032', 'DL3036', 'DL3040'],
  check({ model }, report) {
    const final = stagesInFinalImage(model);
    for (const inst of instructionsWith(model, 'RUN')) {
      if (!final.has(stageOf(model, inst))) continue;
      const script = runScript(model, inst);
      const cmds = script.commands;
      cmds.forEach((cmd, i) => {
        const tool = commandName(cmd);
        const manager = Object.hasOwn(MANAGERS, tool) ? MANAGERS[tool] : undefined;
        const sub = manager && subcommandWord(cmd);
        if (!sub || !manager.installs.includes(sub.value)) return;
        if (heldByMount(script, manager) || cmds.slice(i + 1).some(later => cleans(later, manager))) return;
        // Not after a here-document's closing word, nor after a trailing `# comment` (see appendPoint).
        const at = model.text.slice(script.start, script.end).includes('<<') ? undefined : appendPoint(model, script);
        report({
          range: rangeAt(model, programWords(cmd)[0].start, sub.end),
          message: `\`${tool} ${sub.value}\` leaves its download cache in this layer because this RUN does not run \`${tool} ${manager.clean}\` after it.`,
          fixes: at === undefined ? undefined : [{
            title: `Run \`${tool} ${manager.clean}\` at the end of this RUN`,
            edits: [{ range: rangeAt(model, at, at), newText: ` ${model.ast.getEscapeCharacter()}\n    && ${tool} ${manager.clean}` }],
          }],
        });
      });
    }
  },
};

/** `<same family> clean …`, or an `rm` of the cache folder. */
function cleans(cmd: ShellCommand, manager: Manager): boolean {
  const name = commandName(cmd);
  if (Object.hasOwn(MANAGERS, name) && MANAGERS[name].family === manager.family) {
    const sub = subcommandWord(cmd);
    if (sub && manager.cleans.includes(sub.value)) return true;
  }
  return name === 'rm' && cmd.words.some(w => manager.cacheDir.test(w.value));
}

function heldByMount(script: RunScript, manager: Manager): boolean {
  return cacheMountTargets(script).some(t => manager.cacheDir.test(t));
}
