// SPDX-License-Identifier: MIT
// CopyFromUnknownStage: `COPY --from=<name>` looks for a stage of that name first; when there is none,
// Docker takes the name as an image to pull, so a typo (`--from=biuld`) turns into a confusing
// "pull access denied". A number is a stage index and must name an existing stage. A stage cannot
// copy from itself (BuildKit stops with "circular dependency"). A later stage is allowed by
// BuildKit, which builds it first, but the file then no longer reads in build order; that is
// reported too, with its own message. So a "did you mean" names only a stage defined above this one.
// A value with `/`, `:` or `@` is an image reference, and a `$` value is filled in at build time:
// both are left alone. Names that match a stage only by case are stages (names ignore case).
// Reference: buildkit-dockerfile-docs/reference.md, "COPY --from" and "FROM" (stage names).
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { closestName } from '../../../spelling';
import { lineOf, stageByReference } from '../../../dockerfile/stageIndex';
import { stageOf, stagesOf } from '../../../dockerfile/stages';
import { leadingFlags } from '../../../dockerfile/words';
import { rangeAt } from './ranges';

export const copyFromUnknownStage: DockerfileRule = {
  code: 'CopyFromUnknownStage',
  source: 'coach',
  severity: 'warning',
  title: '`COPY --from` names no earlier stage',
  why: '`COPY --from=<name>` first looks for a build stage called `<name>`. If there is none, Docker treats the name as an image and tries to download it, so a typo in a stage name fails with a confusing "pull access denied" (or quietly copies from a public image of that name).',
  fix: 'Use the name given with `AS` on an earlier `FROM` line, e.g. `FROM golang:1.22 AS build` … `COPY --from=build /app /app`. To copy from an image, write it with its tag: `--from=nginx:1.27`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#copy---from',
  reference: 'buildkit-dockerfile-docs/reference.md#copy---from',
  hadolint: ['DL3022', 'DL3023'],
  check({ model }, report) {
    const stages = stagesOf(model).filter(s => s.index >= 0);
    for (const inst of instructionsWith(model, 'COPY')) {
      const flag = leadingFlags(model, inst).find(f => f.name === 'from');
      const value = flag?.value?.replace(/^["']|["']$/g, '');
      if (!flag || !value || /[/:@$]/.test(value)) continue;
      const here = stageOf(model, inst);
      const target = stageByReference(model, value);
      const range = rangeAt(model, model.lines.offsetAt(flag.range.end) - flag.value!.length, model.lines.offsetAt(flag.range.end));
      if (!target) {
        if (/^\d+$/.test(value)) {
          report({ range, message: `There is no stage ${value}: stages are numbered from 0 and this file has ${stages.length}.` });
          continue;
        }
        // Only stages above this one: suggesting this stage would make it copy from itself (a circular
        // dependency), and a later stage is the out-of-order copy reported below.
        const names = stages.filter(s => s.index < here.index).map(s => s.name).filter((n): n is string => !!n);
        const near = closestName(value.toLowerCase(), names.map(n => n.toLowerCase()));
        const suggestion = near ? names.find(n => n.toLowerCase() === near) : undefined;
        report({
          range,
          message: suggestion
            ? `No stage is named \`${value}\` (did you mean \`${suggestion}\`?), so Docker will try to pull an image called \`${value}\`.`
            : `No stage is named \`${value}\`, so Docker will try to pull an image called \`${value}\` (unless the build passes \`--build-context ${value}=…\`).`,
          fixes: suggestion ? [{ title: `Change to ${suggestion}`, edits: [{ range, newText: suggestion }] }] : undefined,
        });
        continue;
      }
      if (target === here) {
        report({ range, message: `A stage cannot copy from itself: \`${value}\` is the stage this line is in, and the build stops with a circular dependency.` });
      } else if (target.index > here.index) {
        report({ range, message: `Stage \`${value}\` comes later (line ${lineOf(target.from!)}); BuildKit builds it first, but the file no longer reads in build order, so move that stage above this one.` });
      }
    }
  },
};
