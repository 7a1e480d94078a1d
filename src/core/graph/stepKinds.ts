// SPDX-License-Identifier: MIT
// For each instruction: does it add a layer, when does it act, and one short sentence for the step list.
// Knowledge as data. ref: buildkit-dockerfile-docs/reference.md (each instruction's section); only RUN, COPY
// and ADD change the image's files, the rest record settings in the image's config.
import type { StepTime } from './types';

export interface StepKind {
  kind: 'layer' | 'metadata';
  time: StepTime;
  /** The sentence, given the instruction's arguments shortened for display. */
  say: (args: string) => string;
}

const q = (s: string) => `\`${s}\``;

export const stepKinds: Record<string, StepKind> = {
  RUN: { kind: 'layer', time: 'build', say: a => `Runs ${q(a)} while the image is built; the files it changes become a layer.` },
  // COPY and ADD are worded from their parts (copyStep.ts); these say only what a line that names nothing yet does.
  COPY: { kind: 'layer', time: 'build', say: () => 'Copies files into the image; the line does not say which yet.' },
  ADD: { kind: 'layer', time: 'build', say: () => 'Adds files, a download or a Git repository to the image; the line does not say which yet.' },
  WORKDIR: { kind: 'metadata', time: 'build and start', say: a => `Later steps and the container's command run in ${q(a)}.` },
  ENV: { kind: 'metadata', time: 'build and start', say: a => `Sets ${q(a)} for later steps and for the running container.` },
  ARG: { kind: 'metadata', time: 'build', say: a => `Build argument ${q(a)}: exists only while building.` },
  LABEL: { kind: 'metadata', time: 'build', say: a => `Records the label ${q(a)} in the image; no files change.` },
  EXPOSE: { kind: 'metadata', time: 'start', say: a => `Notes that the app listens on ${q(a)}; publishing it still needs \`-p\` or \`ports:\`.` },
  USER: { kind: 'metadata', time: 'build and start', say: a => `Later \`RUN\` steps and the container run as ${q(a)}.` },
  CMD: { kind: 'metadata', time: 'start', say: a => `Default command when the container starts: ${q(a)}.` },
  ENTRYPOINT: { kind: 'metadata', time: 'start', say: a => `Program that always runs when the container starts: ${q(a)}.` },
  VOLUME: { kind: 'metadata', time: 'start', say: a => `Each container gets a volume at ${q(a)} unless one is mounted there.` },
  HEALTHCHECK: { kind: 'metadata', time: 'start', say: a => `Docker runs ${q(a)} now and then to tell whether the container is healthy.` },
  STOPSIGNAL: { kind: 'metadata', time: 'start', say: a => `\`docker stop\` sends ${q(a)}.` },
  SHELL: { kind: 'metadata', time: 'build', say: a => `Later shell-form lines run through ${q(a)}.` },
  ONBUILD: { kind: 'metadata', time: 'build', say: a => `Saved for images built FROM this one: ${q(a)}. Does nothing now.` },
  MAINTAINER: { kind: 'metadata', time: 'build', say: a => `Records the maintainer ${q(a)} (deprecated; use a LABEL).` },
};

/** Unknown keywords (typos, half-typed lines) are described as such rather than guessed at. */
export const unknownStep: StepKind = { kind: 'metadata', time: 'build', say: a => `Not an instruction Docker knows${a ? `: ${q(a)}` : ''}; the build stops here.` };
