// SPDX-License-Identifier: MIT
// AptListsNotCleaned: `apt-get update` downloads package lists into /var/lib/apt/lists. Left there,
// they are saved in the image layer of that RUN; deleting them in a later RUN cannot shrink it.
// Only the RUN that runs `update` is flagged (an install alone adds no lists), and only in stages
// that end up in the final image: a build stage that is only copied from leaves its lists behind.
// A cache mount on /var/lib/apt keeps the lists out of the layer, so it counts as clean.
// Reference: buildkit-dockerfile-docs/reference.md, "RUN --mount=type=cache" and its apt example.
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { stageOf } from '../../../dockerfile/stages';
import { aptCommands, isSub } from './apt';
import { rangeAt } from './ranges';
import { appendPoint, cacheMountTargets, commandName, runScript, type RunScript } from './shellScript';
import { stagesInFinalImage } from './stageChain';

export const aptListsNotCleaned: DockerfileRule = {
  code: 'AptListsNotCleaned',
  source: 'coach',
  severity: 'info',
  title: 'apt package lists left in the image',
  why: '`apt-get update` downloads lists of every available package (often tens of MB) into `/var/lib/apt/lists`. Each RUN is saved as a layer, so unless the same RUN deletes them, they stay in the image for good; deleting them in a later RUN does not make the image smaller.',
  fix: 'End the same RUN with `&& rm -rf /var/lib/apt/lists/*`, or use a cache mount: `RUN --mount=type=cache,target=/var/lib/apt,sharing=locked …`.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
  reference: 'buildkit-dockerfile-docs/reference.md#run---mounttypecache',
  hadolint: ['DL3009'],
  check({ model }, report) {
    const final = stagesInFinalImage(model);
    for (const inst of instructionsWith(model, 'RUN')) {
      if (!final.has(stageOf(model, inst))) continue;
      const script = runScript(model, inst);
      const update = aptCommands(script).find(a => isSub(a, 'update'));
      if (!update || cleansLists(script)) continue;
      const escape = model.ast.getEscapeCharacter();
      const heredoc = model.text.slice(script.start, script.end).includes('<<');
      // Appending `&& rm` to a here-document would land after its closing word, and after a trailing
      // `# comment` the shell would ignore it: the edit goes before such a comment, or is not offered.
      const at = heredoc ? undefined : appendPoint(model, script);
      report({
        range: rangeAt(model, update.head.start, update.head.end),
        message: `\`${update.tool} update\` leaves its package lists in this layer because this RUN does not remove \`/var/lib/apt/lists\`.`,
        fixes: at === undefined ? undefined : [{
          title: 'Remove the package lists at the end of this RUN',
          edits: [{ range: rangeAt(model, at, at), newText: ` ${escape}\n    && rm -rf /var/lib/apt/lists/*` }],
        }],
      });
    }
  },
};

/** A `rm`/`find` of /var/lib/apt/lists or `apt-get dist-clean` in the same RUN, or a cache mount that holds the lists. */
function cleansLists(script: RunScript): boolean {
  if (cacheMountTargets(script).some(t => /^\/var\/lib\/apt(\/lists)?\/?$/.test(t))) return true;
  // `apt-get dist-clean` (apt 2.7 and later, e.g. Ubuntu 24.04) removes the lists too.
  if (aptCommands(script).some(a => isSub(a, 'dist-clean'))) return true;
  return script.commands.some(cmd => {
    const name = commandName(cmd);
    return (name === 'rm' || name === 'find') && cmd.words.some(w => w.value.startsWith('/var/lib/apt/lists'));
  });
}
