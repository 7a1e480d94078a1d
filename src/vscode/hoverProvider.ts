// SPDX-License-Identifier: MIT
// Hover providers: convert types, call the core, log failures. Nothing clever lives here.
import * as vscode from 'vscode';
import { cliTablesSteps, documentServices, explainComposeKeyOnly, explainDockerfileKeywordOnly, explainProblemsInHover, explainWhileReading, type DocumentKind, type Explain, type Explanation, type Lines, type Notes, type Position } from '../core/index';
import { codeOf, fromVsPosition, toVsHover } from './convert';
import { documentText, documentTextSoon } from './documentText';
import { guard } from './log';
import { currentNotes, notesReady } from './notes';
import { checkLargeFile, documentLines, maxFileCharsFor } from './largeFiles';
import { composeSelector, dockerfileSelector, local } from './selectors';
import { stepsInTurns } from './inTurns';
import { answerOrStandIn } from '../worker/standIn';
import { answerFrom } from './workerZone';

/** The hover for a document past the size limit, read line by line: keywords only; none for scripts and markdown. */
type ExplainLarge = (lines: Lines, position: Position, maxFileChars: number) => Explanation | undefined;

/** The core's explainer for a kind, looked up when a hover is asked for: the core loads then, not at activation. */
const explainerOf = (kind: DocumentKind): Explain => (text, position, options) => documentServices[kind].explain(text, position, options);

/**
 * Which documents a core explainer serves, and its line-by-line answer past the size limit. `readsCli`: its
 * hovers read the CLI tables, loaded before the first answer a step per turn (issue 29).
 */
interface Explainer { name: string; selector: vscode.DocumentSelector; kind: DocumentKind; explainLarge?: ExplainLarge; readsCli?: true }

const explainers: Explainer[] = [
  { name: 'Dockerfile', selector: dockerfileSelector, kind: 'dockerfile', explainLarge: (...args) => explainDockerfileKeywordOnly(...args) },
  { name: 'Compose', selector: composeSelector, kind: 'compose', explainLarge: (...args) => explainComposeKeyOnly(...args) },
  { name: 'Shell', selector: local('shellscript', 'makefile'), kind: 'shell', readsCli: true },
  { name: 'Markdown', selector: local('markdown'), kind: 'markdown', readsCli: true },
];

/**
 * What Docker Coach says at `position`: read from the line past the size limit, asked of the worker for a
 * large file (its first answer parses the file whole, on a thread every extension shares here), else
 * worked out here. When the worker is slow to answer (a first parse, a check of an earlier version), the
 * keyword-only answer stands in. Undefined when the document changed while its text was read.
 */
async function explanationAt(e: Explainer, doc: vscode.TextDocument, position: Position, notes?: Notes): Promise<Explanation | undefined> {
  const where = `${e.name} hover at ${doc.uri.toString()}:${position.line + 1}:${position.character + 1}`;
  const maxFileChars = maxFileCharsFor(doc.uri);
  if (checkLargeFile(doc)) return guard(where, () => e.explainLarge?.(documentLines(doc), position, maxFileChars), undefined);
  const text = await documentTextSoon(doc);
  if (text === undefined) return undefined;
  // `file` lets the compose hover show where a relative bind-mount path really points.
  const options = { notes, file: doc.uri.scheme === 'file' ? doc.uri.fsPath : undefined, maxFileChars };
  return answerFrom(doc.uri, e.kind, text, maxFileChars, where, undefined, {
    // Only the worker's answer can keep the learner waiting (as in the language server).
    inWorker: worker => answerOrStandIn(worker.explain(e.kind, text, position, options), () => explainWhileReading(e.kind, documentLines(doc), position)),
    here: async () => {
      if (e.readsCli) await stepsInTurns(cliTablesSteps());
      return explainerOf(e.kind)(text, position, options);
    },
  });
}

class CoachHoverProvider implements vscode.HoverProvider {
  constructor(private readonly explainer: Explainer) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (token.isCancellationRequested) return undefined;
    if (!vscode.workspace.getConfiguration('dockerCoach', doc.uri).get<boolean>('hover.enabled', true)) return undefined;
    // The notes are indexed on the first hover and after a save; this resolves at once otherwise.
    await notesReady(4000);
    if (token.isCancellationRequested) return undefined;
    const explanation = await explanationAt(this.explainer, doc, fromVsPosition(pos), currentNotes());
    if (token.isCancellationRequested) return undefined;
    return guard(`${this.explainer.name} hover at ${doc.uri.toString()}:${pos.line + 1}`, () => withHover(explanation, doc, pos), undefined);
  }
}

/** The hover of an explanation, with the problems under the cursor. */
function withHover(explanation: Explanation | undefined, doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
  return withProblems(explanation && toVsHover(explanation), doc, pos);
}

/**
 * Adds the explanation of each Docker Coach problem under the cursor, so hovering a squiggle teaches
 * why it matters, not only what is wrong.
 */
function withProblems(hover: vscode.Hover | undefined, doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
  const codes = vscode.languages.getDiagnostics(doc.uri).filter(d => d.range.contains(pos)).map(codeOf).filter((c): c is string => c !== undefined);
  if (codes.length === 0) return hover;
  // Only a Dockerfile's text names the language of the examples: other documents are not read again here.
  const isDockerfile = doc.languageId === 'dockerfile';
  const parts = explainProblemsInHover(codes, isDockerfile ? documentText(doc) : '', isDockerfile).map(m => new vscode.MarkdownString(m));
  if (parts.length === 0) return hover;
  if (!hover) return new vscode.Hover(parts);
  // The lesson of the line first, then why the problem matters (VS Code shows the problem's message above both).
  return new vscode.Hover([...hover.contents, ...parts], hover.range);
}

/** What our hover says at `pos` (without notes), for commands such as "Add to my notes". */
export async function explainAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<Explanation | undefined> {
  const e = explainers.find(x => vscode.languages.match(x.selector, doc) > 0);
  return e && explanationAt(e, doc, fromVsPosition(pos));
}

/** Registers one hover provider per explainer. */
export function registerHoverProviders(context: vscode.ExtensionContext): void {
  for (const e of explainers) {
    context.subscriptions.push(vscode.languages.registerHoverProvider(e.selector, new CoachHoverProvider(e)));
  }
}
