// SPDX-License-Identifier: MIT
// Build, Run, Shell and Build-stage actions for a Dockerfile, from the shared parsed model.
import { isTooLarge } from '../largeFile';
import * as path from 'path';
import type { Instruction } from 'dockerfile-ast';
import { offsetRange } from '../dockerfile/locate';
import { dockerfileModel, type DockerfileModel } from '../dockerfile/model';
import { wordSpans } from '../dockerfile/names';
import { instructionsIn, parentStage } from '../dockerfile/stageIndex';
import { stagesOf, type Stage } from '../dockerfile/stages';
import { range, type Range } from '../text';
import type { FileContext } from '../types';
import {
  finishAction, pathArg, resolveSettings, workingFolder,
  type ActionDraft, type ActionSettings, type DockerAction,
} from './actionSettings';
import { containerNameFor, containerNameProblem, imageReferenceProblem, sanitizeImageName, stageNameProblem } from './names';
import { exposedPorts, publishArgs, type ExposedPort } from './ports';

function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): Range {
  return range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The image tag from the template: `${folder}` is the context folder's name, made valid. */
export function renderTag(template: string, contextDir: string): string {
  return template.replace(/\$\{folder\}/g, sanitizeImageName(path.basename(contextDir)));
}

/** The tag for a stage build: the stage name joins the tag, so the main tag is left alone. */
function stageTag(tag: string, stage: string): string {
  const slash = tag.lastIndexOf('/');
  const colon = tag.lastIndexOf(':');
  return colon > slash ? `${tag}-${stage}` : `${tag}:${stage}`;
}

/**
 * The EXPOSE instructions that reach the final image: those of the last stage and of the stages it is built on
 * through `FROM <stage>` (the same link as every other reader's, parentStage), root first.
 */
function finalExposes(model: DockerfileModel, stages: readonly Stage[]): Instruction[] {
  const chain: Stage[] = [];
  // parentStage only gives an earlier stage, so the walk ends, after at most one step per stage.
  for (let s: Stage | undefined = stages[stages.length - 1]; s; s = parentStage(model, s)) chain.push(s);
  return chain.reverse().flatMap(s => instructionsIn(model, s, 'EXPOSE'));
}

/** Where a stage's name is written (`AS <name>`), or its whole FROM line when the words do not show it plainly. */
function stageNameRange(model: DockerfileModel, stage: Stage): Range {
  const from = stage.from!;
  const words = wordSpans(model, from).filter(w => !w.text.startsWith('--'));
  const name = words.length >= 3 && words[1].text.toUpperCase() === 'AS' ? words[2] : undefined;
  return toRange(name && name.text === stage.name ? offsetRange(model, name.start, name.end) : from.getInstructionRange());
}

/** What the actions need from a Dockerfile, whatever the settings: read once per parsed text. */
interface DockerfileFacts {
  /** Where Build, Run and Shell go: the first FROM. */
  anchor: Range;
  /** The ports the final image exposes. */
  ports: ExposedPort[];
  /** Each named stage, as written, with the range of its name. */
  namedStages: { name: string; range: Range }[];
}

const factsCache = new WeakMap<DockerfileModel, DockerfileFacts>();

function factsOf(model: DockerfileModel): DockerfileFacts {
  let facts = factsCache.get(model);
  if (!facts) {
    const stages = stagesOf(model).filter(s => s.from);
    facts = {
      anchor: stages.length > 0 ? toRange(stages[0].from!.getInstructionRange()) : range(0, 0, 0, 0),
      ports: exposedPorts(finalExposes(model, stages)),
      namedStages: stages.flatMap(stage => (stage.name === undefined ? [] : [{ name: stage.name, range: stageNameRange(model, stage) }])),
    };
    factsCache.set(model, facts);
  }
  return facts;
}

/**
 * Run: `docker run --rm -it` stays in the foreground, so it gets a terminal of its own named for the
 * container. When the adapter found the image missing from the engine (`missingImages`), it becomes
 * Build & Run: the build, then the run, on one line.
 */
function runDraft(s: ActionSettings, o: { anchor: Range; cwd: string; tag: string; name: string; problem?: string; ports: ExposedPort[]; build: string[] }): ActionDraft {
  const argv = [s.dockerPath, 'run', '--rm', '-it', ...publishArgs(o.ports), ...s.runArgs, '--name', o.name, o.tag];
  const common = { group: 'run' as const, range: o.anchor, cwd: o.cwd, problem: o.problem, image: o.tag, terminal: `run ${o.name}`, holdsTerminal: true };
  if (!o.problem && s.missingImages?.includes(o.tag)) {
    return {
      ...common, kind: 'dockerfile.buildAndRun', label: 'Build & Run', icon: 'play', argv: o.build, then: argv,
      note: `There is no image ${o.tag} on this machine yet, so this builds it first, then runs it.`,
    };
  }
  return { ...common, kind: 'dockerfile.run', label: 'Run', icon: 'play', argv };
}

/**
 * The actions a Dockerfile offers: Build, Run and Shell on the first FROM line, and Build stage on each
 * `FROM ... AS <name>`; none until a FROM names an image. Every name is checked against its grammar; a
 * bad one gives a refused action (with `error`) instead of a command line.
 */
export function dockerfileActions(text: string, file: FileContext, settings?: Partial<ActionSettings> & { maxFileChars?: number }): DockerAction[] {
  if (isTooLarge(text, settings?.maxFileChars)) return [];
  const s = resolveSettings(settings);
  const model = dockerfileModel(text);
  // Nothing to build before a FROM names its image: while the first line is still `F` or `FROM `, BuildKit
  // would only answer "no build stage in current context" (moby/buildkit frontend/dockerfile/instructions/
  // commands.go) or "FROM requires either one or three arguments" (instructions/parse.go).
  if (!model.ast.getFROMs().some((from) => from.getImageName())) return [];
  const { anchor, ports, namedStages } = factsOf(model);
  const cwd = workingFolder(file);
  const fileDir = path.dirname(file.path);
  const contextDir = s.buildContext === '' ? fileDir : path.resolve(file.workspaceFolder ?? fileDir, s.buildContext);
  const fileArg = pathArg(file.path, cwd);
  const contextArg = pathArg(contextDir, cwd);
  const tag = renderTag(s.tagTemplate, contextDir);
  const tagProblem = imageReferenceProblem(tag);
  const name = containerNameFor(tag);
  const nameProblem = tagProblem ?? containerNameProblem(name);
  const docker = s.dockerPath;

  const drafts: ActionDraft[] = [
    {
      kind: 'dockerfile.build', group: 'build', label: 'Build', icon: 'tools', range: anchor, cwd, problem: tagProblem, image: tag,
      argv: [docker, 'build', '-t', tag, '-f', fileArg, contextArg],
    },
    runDraft(s, { anchor, cwd, tag, name, problem: nameProblem, ports, build: [docker, 'build', '-t', tag, '-f', fileArg, contextArg] }),
    {
      kind: 'dockerfile.shell', group: 'shell', label: 'Shell', icon: 'terminal', range: anchor, cwd, problem: nameProblem,
      argv: [docker, 'exec', '-it', name, ...s.execShell.split(/\s+/)], holdsTerminal: true,
    },
  ];
  for (const stage of namedStages) {
    // BuildKit compares stage names in lowercase, so --target and the tag use that form.
    const target = stage.name.toLowerCase();
    const stageImage = stageTag(tag, target);
    drafts.push({
      kind: 'dockerfile.buildStage', group: 'build', label: `Build stage ${stage.name}`, icon: 'layers', range: stage.range, cwd,
      problem: stageNameProblem(stage.name) ?? tagProblem ?? imageReferenceProblem(stageImage),
      argv: [docker, 'build', '--target', target, '-t', stageImage, '-f', fileArg, contextArg],
    });
  }
  return drafts.map((d) => finishAction(d, s.shell));
}
