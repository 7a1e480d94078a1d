// SPDX-License-Identifier: MIT
// Hover on a here-document marker (`RUN <<EOF`, `COPY <<EOF file`) or its closing delimiter.
import { activeShell, describeShell } from './activeShell';
import type { Heredoc, Instruction } from 'dockerfile-ast';
import { code } from '../render';
import { contains, type Position } from '../text';
import type { DockerfileHit } from './hit';
import { argumentsOf, heredocsOf, locate } from './locate';
import type { DockerfileModel } from './model';

const DOCS = 'https://docs.docker.com/reference/dockerfile/#here-documents';

/**
 * A line of the body that starts with `set -e` (or `set -eux`...). Blanks before `set` stay on its line: `^\s*`
 * read on across line ends, from every line start, so a body of 64,000 blank lines took 16 s. The same
 * bodies match, since the line `set` stands on starts a match of its own.
 */
export const SET_E = /^[^\S\n\r\u2028\u2029]*set\s+-\w*e/m;

/**
 * What a marker's hover reads of its body: its first and last lines (none for an empty body), its closing
 * line (none when it never closes), its first line's text and its whole text. From the parse, or read off
 * the lines when the body is most of a large file (skeleton.ts, hugeHereDocumentAt).
 */
export interface HeredocBody {
  readonly lines: { readonly start: number; readonly end: number } | undefined;
  readonly delimiter: number | undefined;
  readonly firstLine: string;
  readonly text: () => string;
}

/** The hover on a here-document's marker or its closing line; `body` stands for what the parse says of the body, when given. */
export function explainHeredoc(model: DockerfileModel, pos: Position, body?: HeredocBody): DockerfileHit | undefined {
  const at = locate(model, pos);
  if (!at) return undefined;
  const heredocs = heredocsOf(model, at.inst);
  for (const h of heredocs) {
    const delimiter = h.getDelimiterRange();
    if (contains(h.getStartRange(), pos)) return describe(model, at.inst, h, heredocs, h.getStartRange(), body ?? bodyOf(model, h));
    if (!body && delimiter && contains(delimiter, pos)) return describe(model, at.inst, h, heredocs, delimiter, bodyOf(model, h));
  }
  return undefined;
}

function bodyOf(model: DockerfileModel, h: Heredoc): HeredocBody {
  const content = h.getContentRange();
  return {
    lines: content ? { start: content.start.line, end: content.end.line } : undefined,
    delimiter: h.getDelimiterRange()?.start.line,
    firstLine: content ? model.lines.lineText(content.start.line) : '',
    text: () => content ? model.text.slice(model.lines.offsetAt(content.start), model.lines.offsetAt(content.end)) : '',
  };
}

function describe(model: DockerfileModel, inst: Instruction, h: Heredoc, all: Heredoc[], range: DockerfileHit['range'], body: HeredocBody): DockerfileHit {
  const keyword = inst.getKeyword();
  const name = h.getName();
  const marker = model.text.slice(model.lines.offsetAt(h.getStartRange().start), model.lines.offsetAt(h.getStartRange().end));
  const content = body.lines;
  const delimiter = body.delimiter;
  const facts: string[] = [];
  facts.push(content
    ? `The body is line${content.start === content.end ? ` ${content.start + 1}` : `s ${content.start + 1} to ${content.end + 1}`}${delimiter !== undefined ? `, ending at the line \`${name}\` (line ${delimiter + 1})` : ''}.`
    : 'The body is empty.');
  if (delimiter === undefined) facts.push(`No closing line \`${name}\` was found, so the body runs to the end of the file.`);
  if (marker.startsWith('<<-')) facts.push('`<<-` strips the leading tabs from each body line.');
  const watchOut: string[] = [];
  if (keyword === 'RUN') {
    const firstLine = model.lines.lineText(h.getStartRange().start.line);
    const after = firstLine.slice(h.getStartRange().end.character).replace(/<<-?["']?\w+["']?/g, '').trim();
    const firstBody = content ? body.firstLine.trim() : '';
    const shell = activeShell(model, inst);
    if (after) facts.push(`The body is given to ${code(after)} on its standard input.`);
    else if (firstBody.startsWith('#!')) facts.push(`The body is a script run by the interpreter its first line names: ${code(firstBody.slice(2).trim())}.`);
    // ref: buildkit-dockerfile-docs/reference.md#here-documents (a command of only a here-document runs in the default shell)
    else facts.push(`The body runs as a script in the stage's shell, ${describeShell(shell)}.`);
    if (all.length > 1) facts.push(`This \`RUN\` has ${all.length} here-documents; each one ends at its own delimiter.`);
    const posixBody = !after && shell.kind === 'posix' && (!firstBody.startsWith('#!') || /\/(env\s+)?(ba|da|a|z|k)?sh\b/.test(firstBody));
    if (posixBody && content && !SET_E.test(body.text())) {
      watchOut.push('Only the exit status of the last command decides whether this step fails. Start the script with `set -e` so a failing line stops the build.');
    }
  } else {
    // Body lines are arguments too; the destination is on the marker's line.
    const line = h.getStartRange().start.line;
    const dest = argumentsOf(inst).filter(a => a.getRange().start.line === line).map(a => a.getValue())
      .filter(v => !v.startsWith('<<') && !v.startsWith('--')).pop();
    facts.push(dest ? `Writes the body into the file ${code(dest)} in the image.` : 'Writes the body into a file; the destination path comes after the marker.');
    facts.push(/^<<-?["']/.test(marker)
      ? 'The delimiter is quoted, so `$VARIABLES` in the body are kept as written, not expanded at build time.'
      : 'The builder expands `$VARIABLES` in the body; quote the delimiter (`<<"EOF"`) to keep them as written.');
  }
  return {
    range,
    topics: [`instruction:${keyword}`],
    content: {
      title: marker,
      tags: ['here-document', `${keyword}`],
      what: keyword === 'RUN'
        ? 'A here-document: the lines that follow, up to the delimiter line, are part of this `RUN`, so a multi-line script needs no `&& \\` at each line end.'
        : `A here-document: the lines that follow, up to the delimiter line, become the content of a file that \`${keyword}\` creates, without a file in the build context.`,
      inThisLine: facts,
      watchOut,
      docsUrl: DOCS,
    },
  };
}
