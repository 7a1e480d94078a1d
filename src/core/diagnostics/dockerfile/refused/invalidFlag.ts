// SPDX-License-Identifier: MIT
// InvalidFlag: a leading `--word` that BuildKit will not take. The parser reads leading `--words` of
// EVERY instruction as flags (parser/split_command.go, extractBuilderFlags), so `CMD --port 8080`
// stops the build with "unknown flag: --port". Then instructions/bflag.go (BFlags.Parse) refuses a
// flag that instruction does not have, a value on a flag that needs one, a non-boolean for a yes/no
// flag, and a flag given twice. ARG, STOPSIGNAL and HEALTHCHECK NONE never parse their flags
// (instructions/parse.go), so they are left out here too.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { flagDocsOf } from '../../../knowledge/dockerfileFlags';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { DockerfileRule, Finding } from '../../types';
import { spanRange } from '../ranges';
import { suggestName } from '../buildkit/suggest';
import { argumentsOf } from './argumentWords';
import { builderFlags, type BuilderFlag } from './builderFlags';

// bflag.go AddStrings: the flags that may be repeated (parse.go, commands_runmount.go, commands_rundevice.go).
const REPEATABLE = new Set(['mount', 'device', 'exclude']);
const NO_FLAG_PARSE = new Set(['ARG', 'STOPSIGNAL']);
const SHELL_FORMS = new Set(['CMD', 'ENTRYPOINT', 'RUN']);

export const invalidFlag: DockerfileRule = {
  code: 'InvalidFlag',
  source: 'coach',
  severity: 'error',
  title: 'A `--flag` the instruction does not take',
  why: 'Docker reads every word that starts with `--` right after an instruction as an option of that instruction, even on `CMD` or `ENV`, which have none. An option it does not know, or one written without its value, stops the build before the first step.',
  fix: 'Use only the options the instruction has (hover it to see them). To pass `--port 8080` to your program, write the exec form: `CMD ["python", "app.py", "--port", "8080"]`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/',
  reference: 'buildkit-dockerfile-docs/reference.md#overview',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/instructions/bflag.go',
  dockerErrors: ['dockerfileUnknownFlag'],
  check({ model }, report) {
    for (const inst of model.instructions) {
      const keyword = inst.getKeyword();
      if (NO_FLAG_PARSE.has(keyword)) continue;
      const { flags } = builderFlags(model, inst);
      if (!flags.length) continue;
      if (keyword === 'HEALTHCHECK' && /^\s*none\s*$/i.test(model.text.slice(flags[flags.length - 1].end, model.lines.offsetAt(inst.getRange().end)))) continue;
      // BuildKit stops at the first bad flag; one problem per instruction says the same.
      const finding = firstProblem(model, inst, keyword, flags);
      if (finding) report(finding);
    }
  },
};

function firstProblem(model: DockerfileModel, inst: Instruction, keyword: string, flags: BuilderFlag[]): Finding | undefined {
  const docs = flagDocsOf(keyword) ?? {};
  const known = Object.keys(docs).map(k => k.slice(2));
  const seen = new Set<string>();
  for (const flag of flags) {
    const range = spanRange(model, flag.start, flag.end);
    const shown = `--${flag.name}`;
    if (!known.includes(flag.name)) {
      const guess = known.length ? suggestName(flag.name, known) : undefined;
      if (guess) {
        const nameRange = spanRange(model, flag.start + 2, flag.start + 2 + flag.name.length);
        return { range, message: `\`${keyword}\` has no \`${shown}\` option, so the build stops with "unknown flag: ${shown}". ${dockerErrors.dockerfileUnknownFlag.says} Did you mean \`--${guess}\`?`, fixes: [{ title: `Change to --${guess}`, edits: [{ range: nameRange, newText: guess }] }] };
      }
      const none = known.length === 0;
      const example = JSON.stringify(['program', ...flags.map(f => f.raw), ...argumentsOf(model, inst).words]).replace(/","/g, '", "');
      const advice = none && SHELL_FORMS.has(keyword)
        ? `To pass it to your program, write the exec form, such as \`${keyword} ${example}\`.`
        : none ? `\`${keyword}\` takes no options.` : `\`${keyword}\` takes ${known.map(k => `\`--${k}\``).join(', ')}.`;
      return { range, message: `Docker reads \`${shown}\` as an option of \`${keyword}\` and stops with "unknown flag: ${shown}". ${dockerErrors.dockerfileUnknownFlag.says} ${advice}` };
    }
    const boolean = /<boolean>/.test(docs[shown]?.syntax ?? '');
    if (seen.has(flag.name) && !REPEATABLE.has(flag.name)) {
      return { range, message: `\`${shown}\` is given twice: Docker stops with "duplicate flag specified: ${shown}"; keep one.` };
    }
    seen.add(flag.name);
    if (boolean) {
      if (flag.value === '') return { range, message: `\`${shown}=\` has no value: Docker stops with "missing a value on flag: ${shown}"; write \`${shown}\` alone or \`${shown}=true\`.` };
      if (flag.value !== undefined && !/^(true|false)$/i.test(flag.value)) {
        return { range, message: `\`${shown}\` is yes or no: Docker stops with "expecting boolean value for flag ${shown}, not: ${flag.value}"; write \`${shown}\`, \`${shown}=true\` or \`${shown}=false\`.` };
      }
    } else if (flag.value === undefined) {
      return { range, message: `\`${shown}\` needs a value after \`=\`, as in \`${docs[shown]?.syntax ?? `${shown}=value`}\`: Docker stops with "missing a value on flag: ${shown}".` };
    }
  }
  return undefined;
}
