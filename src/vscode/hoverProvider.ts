// SPDX-License-Identifier: MIT
// Hover providers: convert types, call the core, log failures. Nothing clever lives here.
import * as vscode from 'vscode';
import { documentServices, explainComposeKeyOnly, explainDockerfileKeywordOnly, explainProblemsInHover, type DocumentKind, type Explain, type Explanation, type Lines, type Position } from '../core/index';
import { codeOf, fromVsPosition, toVsHover } from './convert';
import { documentText } from './documentText';
import { guard, log } from './log';
import { currentNotes, notesReady } from './notes';
import { checkLargeFile, documentLines, maxFileCharsFor } from './largeFiles';
import { composeSelector, dockerfileSelector, local } from './selectors';
import { workerFor } from './workerZone';

/** The hover for a document past the size limit, read line by line: keywords only; none for scripts and markdown. */
type ExplainLarge = (lines: Lines, position: Position, maxFileChars: number) => Explanation | undefined;

/** The core's explainer for a kind, looked up when a hover is asked for: the core loads then, not at activation. */
const explainerOf = (kind: DocumentKind): Explain => (text, position, options) => documentServices[kind].explain(text, position, options);

/** Which documents each core explainer serves. */
const explainers: { name: string; selector: vscode.DocumentSelector; kind: DocumentKind; explainLarge?: ExplainLarge }[] = [
  { name: 'Dockerfile', selector: dockerfileSelector, kind: 'dockerfile', explainLarge: (...args) => explainDockerfileKeywordOnly(...args) },
  { name: 'Compose', selector: composeSelector, kind: 'compose', explainLarge: (...args) => explainComposeKeyOnly(...args) },
  { name: 'Shell', selector: local('shellscript', 'makefile'), kind: 'shell' },
  { name: 'Markdown', selector: local('markdown'), kind: 'markdown' },
];

class CoachHoverProvider implements vscode.HoverProvider {
  private readonly explain: Explain;

  constructor(private readonly name: string, private readonly kind: DocumentKind, private readonly explainLarge?: ExplainLarge) {
    this.explain = explainerOf(kind);
  }

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (token.isCancellationRequested) return undefined;
    if (!vscode.workspace.getConfiguration('dockerCoach', doc.uri).get<boolean>('hover.enabled', true)) return undefined;
    // The notes are indexed on the first hover and after a save; this resolves at once otherwise.
    await notesReady(4000);
    if (token.isCancellationRequested) return undefined;
    const where = `${this.name} hover at ${doc.uri.toString()}:${pos.line + 1}:${pos.character + 1}`;
    const position = fromVsPosition(pos);
    const maxFileChars = maxFileCharsFor(doc.uri);
    if (checkLargeFile(doc)) return guard(where, () => withHover(this.explainLarge?.(documentLines(doc), position, maxFileChars), doc, pos), undefined);
    const text = documentText(doc);
    // `file` lets the compose hover show where a relative bind-mount path really points.
    const options = { notes: currentNotes(), file: doc.uri.scheme === 'file' ? doc.uri.fsPath : undefined, maxFileChars };
    const worker = workerFor(doc.uri, this.kind, text, maxFileChars);
    if (worker) {
      // The first hover on a large file would parse it whole on this thread, which every extension shares.
      let explanation: Explanation | undefined;
      try {
        explanation = await worker.explain(this.kind, text, position, options);
      } catch (err) {
        log().error(`${where}, in the worker: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
      return token.isCancellationRequested ? undefined : guard(where, () => withHover(explanation, doc, pos), undefined);
    }
    return guard(where, () => withHover(this.explain(text, position, options), doc, pos), undefined);
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
export function explainAt(doc: vscode.TextDocument, pos: vscode.Position): Explanation | undefined {
  const e = explainers.find(x => vscode.languages.match(x.selector, doc) > 0);
  return e && guard(`${e.name} explain at ${doc.uri.toString()}:${pos.line + 1}`, () => explainerOf(e.kind)(documentText(doc), fromVsPosition(pos), {}), undefined);
}

/** Registers one hover provider per explainer. */
export function registerHoverProviders(context: vscode.ExtensionContext): void {
  for (const e of explainers) {
    context.subscriptions.push(vscode.languages.registerHoverProvider(e.selector, new CoachHoverProvider(e.name, e.kind, e.explainLarge)));
  }
}
