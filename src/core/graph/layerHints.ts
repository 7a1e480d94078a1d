// SPDX-License-Identifier: MIT
// Why a layer is big, or why it is rebuilt so often: a table of patterns on the line that made it, each
// with one sentence. Facts: docker-cli-docs and buildkit-dockerfile-docs (cache invalidation on COPY,
// each RUN its own layer); the package manager flags are the tools' own documented options.
import type { Instruction } from 'dockerfile-ast';
import { argumentsText } from '../dockerfile/words';
import type { DockerfileModel } from '../dockerfile/model';
import { stageOf } from '../dockerfile/stages';

interface LayerHint {
  keyword: 'RUN' | 'COPY' | 'ADD';
  /** The line's arguments match this... */
  when: RegExp;
  /** ...and do not match this. */
  unless?: RegExp;
  /** Only worth saying for a layer at least this big (bytes). */
  minSize: number;
  say: string;
}

const MB = 1e6;

export const layerHintTable: readonly LayerHint[] = [
  { keyword: 'RUN', when: /\bapt(-get)?\s+(-\S+\s+)*install\b/, unless: /\/var\/lib\/apt\/lists/, minSize: MB, say: 'apt\'s package lists stay in this layer: end the same `RUN` with `&& rm -rf /var/lib/apt/lists/*`.' },
  { keyword: 'RUN', when: /\bapt(-get)?\s+(-\S+\s+)*install\b/, unless: /--no-install-recommends/, minSize: 10 * MB, say: '`apt-get install` also installs recommended packages; `--no-install-recommends` leaves them out.' },
  { keyword: 'RUN', when: /\bpip3?\s+install\b/, unless: /--no-cache-dir/, minSize: MB, say: 'pip keeps its download cache in the layer; `pip install --no-cache-dir` leaves it out.' },
  { keyword: 'RUN', when: /\bapk\s+add\b/, unless: /--no-cache/, minSize: MB, say: '`apk add --no-cache` keeps the package index out of the layer.' },
  { keyword: 'RUN', when: /\b(yum|dnf)\s+(-\S+\s+)*install\b/, unless: /\b(yum|dnf)\s+clean\s+all\b/, minSize: MB, say: 'End the same `RUN` with `&& yum clean all` (or `dnf clean all`) so the package cache is not kept.' },
  { keyword: 'RUN', when: /\bnpm\s+(install|i|ci)\b/, unless: /--omit=dev|--production/, minSize: 10 * MB, say: 'Development packages are installed too; in the image you ship, `npm ci --omit=dev` leaves them out (or build in an earlier stage).' },
  { keyword: 'RUN', when: /^\s*rm\s/, minSize: 0, say: 'Deleting files in a later `RUN` does not make the image smaller: the earlier layer still holds them. Delete in the same `RUN` that created them.' },
  { keyword: 'COPY', when: /^(--\S+\s+)*\.\s+\S+\s*$/, minSize: 0, say: 'Copies the whole build context: any changed file rebuilds this step and every step after it. A `.dockerignore` keeps `.git`, `node_modules` and build output out.' },
  { keyword: 'ADD', when: /^(--\S+\s+)*\.\s+\S+\s*$/, minSize: 0, say: 'Adds the whole build context: any changed file rebuilds this step and every step after it. A `.dockerignore` keeps `.git`, `node_modules` and build output out.' },
];

/** Installing dependencies after copying all the source: every code change reinstalls them. */
const INSTALL = /\b(pip3?\s+install|npm\s+(install|i|ci)|yarn(\s+install)?\s*$|bundle\s+install|composer\s+install|go\s+mod\s+download|mvn\b|gradle\b)/;

/** The sentences for the layer `inst` made, `size` bytes big. */
export function layerHints(model: DockerfileModel, inst: Instruction, size: number): string[] {
  const keyword = inst.getKeyword();
  const args = argumentsText(model, inst);
  const out = layerHintTable.filter(h => h.keyword === keyword && size >= h.minSize && h.when.test(args) && !h.unless?.test(args)).map(h => h.say);
  if (keyword === 'RUN' && INSTALL.test(args)) {
    const line = inst.getRange().start.line;
    // ref: buildkit-dockerfile-docs (build cache: a changed COPY source invalidates the steps after it)
    const wholeCopy = stageOf(model, inst).instructions.find(i => i.getKeyword() === 'COPY' && i.getRange().start.line < line && /^(--\S+\s+)*\.\s+\S+\s*$/.test(argumentsText(model, i)));
    if (wholeCopy) out.push(`\`COPY ${argumentsText(model, wholeCopy)}\` on line ${wholeCopy.getRange().start.line + 1} comes first, so every code change reinstalls the dependencies. Copy only the dependency list before this step, and the rest after it.`);
  }
  return out;
}
