// SPDX-License-Identifier: MIT
// Outline, folding, links and the name source (definition, references, rename) of a Dockerfile, all
// from the one model per text version (model.ts). Names come from names.ts.
import type { Instruction } from 'dockerfile-ast';
import { isTooLarge } from '../largeFile';
import { dockerHubPage } from '../navigation/imagePage';
import type { NameSource } from '../navigation/nameQueries';
import type { DocumentLink, FoldRange, OutlineSymbol } from '../navigation/types';
import { code } from '../render';
import type { Position, Range } from '../text';
import { heredocsOf } from './locate';
import { dockerfileModel, type DockerfileModel } from './model';
import { dockerfileDefinitionOf, dockerfileNameAt, dockerfileNameIndex, wordSpans } from './names';
import { argumentPreview, quickDockerfileSymbols } from './quickOutline';
import { dockerfileModelAt } from './skeleton';
import { stageNamed } from './stageIndex';
import { stagesOf } from './stages';

const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/; // moby/buildkit frontend/dockerfile/instructions/parse.go (validStageName)

function stageNameRefusal(model: DockerfileModel, stageKey: string, name: string): string | undefined {
  if (!VALID_STAGE_NAME.test(name)) {
    return `${code(name)} is not a valid stage name: it must start with a lowercase letter and hold only lowercase letters, digits, \`-\`, \`_\` and \`.\` (no capitals, no spaces).`;
  }
  if (/^(scratch|context)$/.test(name)) return `${code(name)} is a reserved word in Dockerfiles and cannot name a stage.`;
  const other = stageNamed(model, name);
  if (other && `stage:${other.index}` !== stageKey) return `A stage is already called ${code(name)}: stage names must be unique.`;
  return undefined;
}

/** The name source of a Dockerfile text (see nameQueries.ts), over its whole-file model. */
export function dockerfileNames(text: string): NameSource | undefined {
  return isTooLarge(text) ? undefined : namesOfModel(dockerfileModel(text));
}

/**
 * The name source for a definition at `pos` only: right after an edit it reads the partial model hovers
 * use (skeleton.ts), which keeps every FROM, every line naming a stage, and the ARG and ENV lines of the
 * stage at `pos` and of the stages it builds on: all a definition can lead to. References need the whole file.
 */
export function dockerfileNamesAt(text: string, pos: Position): NameSource | undefined {
  return isTooLarge(text) ? undefined : namesOfModel(dockerfileModelAt(text, pos));
}

function namesOfModel(model: DockerfileModel): NameSource {
  return {
    offsetAt: pos => model.lines.offsetAt(pos),
    range: (start, end) => ({ start: model.lines.positionAt(start), end: model.lines.positionAt(end) }),
    at: offset => dockerfileNameAt(model, offset),
    all: key => dockerfileNameIndex(model).get(key) ?? [],
    definitionOf: o => dockerfileDefinitionOf(model, o),
    refuseName: (o, name) => o.space === 'stage'
      ? stageNameRefusal(model, o.key, name)
      : /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? undefined
        : `${code(name)} cannot be a variable name: use letters, digits and \`_\`, not starting with a digit, so that \`$${name.replace(/\W/g, '')}\` can refer to it.`,
  };
}

/** A short preview of an instruction's arguments for the outline: the first line, at most 60 characters. */
function preview(model: DockerfileModel, inst: Instruction): string {
  const start = model.lines.offsetAt(inst.getInstructionRange().end);
  const end = Math.min(model.lines.offsetAt(inst.getRange().end), start + 200);
  return argumentPreview(model.text.slice(start, end).split(/\r?\n/)[0]);
}

function instructionSymbol(model: DockerfileModel, inst: Instruction): OutlineSymbol {
  return { name: inst.getKeyword(), detail: preview(model, inst), kind: 'instruction', range: inst.getRange(), selectionRange: inst.getInstructionRange(), children: [] };
}

/** Each stage (`build`, or `stage 0` when unnamed, with its base image as detail), its instructions as children. */
export function dockerfileSymbols(text: string): OutlineSymbol[] {
  if (isTooLarge(text)) return [];
  // Right after an edit, the instruction spans kept for hovers give the outline without a whole-file parse.
  return quickDockerfileSymbols(text) ?? dockerfileSymbolsOf(dockerfileModel(text));
}

/** The outline from the whole-file model. */
export function dockerfileSymbolsOf(model: DockerfileModel): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const stage of stagesOf(model)) {
    const children = stage.instructions.map(inst => instructionSymbol(model, inst));
    if (!stage.from) { out.push(...children); continue; }
    const last = stage.instructions[stage.instructions.length - 1];
    const range: Range = { start: stage.from.getRange().start, end: last.getRange().end };
    const words = wordSpans(model, stage.from).filter(w => !w.text.startsWith('--'));
    const nameWord = stage.name && words[2];
    const selectionRange = nameWord ? { start: model.lines.positionAt(nameWord.start), end: model.lines.positionAt(nameWord.end) } : stage.from.getInstructionRange();
    out.push({ name: stage.name ?? `stage ${stage.index}`, detail: stage.image, kind: 'stage', range, selectionRange, children });
  }
  return out;
}

/** Each stage, each instruction over several lines, each here-document, each run of two or more comment lines. */
export function dockerfileFolding(text: string): FoldRange[] {
  if (isTooLarge(text)) return [];
  const model = dockerfileModel(text);
  const out: FoldRange[] = [];
  const add = (startLine: number, endLine: number): void => { if (endLine > startLine) out.push({ startLine, endLine }); };
  for (const stage of stagesOf(model)) {
    if (!stage.from) continue;
    add(stage.from.getRange().start.line, stage.instructions[stage.instructions.length - 1].getRange().end.line);
  }
  for (const inst of model.instructions) {
    const r = inst.getRange();
    add(r.start.line, r.end.line);
    for (const heredoc of heredocsOf(model, inst)) {
      const end = heredoc.getDelimiterRange() ?? heredoc.getContentRange();
      if (end) add(heredoc.getNameRange().start.line, end.end.line);
    }
  }
  // Comment lines between instructions: the editor's own indentation folding gives way to this provider.
  for (let line = 0, start = -1; line <= model.lines.lineCount; line++) {
    const comment = line < model.lines.lineCount && model.instructionOfLine[line] < 0 && /^\s*#/.test(model.lines.lineText(line));
    if (comment && start < 0) start = line;
    if (!comment && start >= 0) { if (line - 1 > start) out.push({ startLine: start, endLine: line - 1, kind: 'comment' }); start = -1; }
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** `FROM` images and the `# syntax=` frontend, to their Docker Hub pages; stage names and other registries get none. */
export function dockerfileLinks(text: string): DocumentLink[] {
  if (isTooLarge(text)) return [];
  const model = dockerfileModel(text);
  const out: DocumentLink[] = [];
  for (let line = 0; line < Math.min(model.lines.lineCount, 16); line++) {
    const lineText = model.lines.lineText(line);
    const m = /^(\uFEFF?\s*#\s*syntax\s*=\s*)(\S+)/i.exec(lineText);
    if (!m) { if (/^\s*#/.test(lineText) || !lineText.trim()) continue; break; }
    const image = m[2].split('@')[0];
    const page = dockerHubPage(image);
    if (page) out.push({ range: { start: { line, character: m[1].length }, end: { line, character: m[1].length + m[2].length } }, target: page, kind: 'url' });
    break;
  }
  for (const stage of stagesOf(model)) {
    if (!stage.from) continue;
    const word = wordSpans(model, stage.from).find(w => !w.text.startsWith('--'));
    if (!word || /^scratch$/i.test(word.text)) continue;
    const base = stageNamed(model, word.text);
    if (base && base.index < stage.index) continue; // an earlier stage, not an image
    const page = dockerHubPage(word.text);
    if (page) out.push({ range: { start: model.lines.positionAt(word.start), end: model.lines.positionAt(word.end) }, target: page, kind: 'url' });
  }
  return out;
}
