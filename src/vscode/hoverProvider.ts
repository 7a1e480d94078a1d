// SPDX-License-Identifier: MIT
// Hover providers: convert types, call the core, log failures. Nothing clever lives here.
import * as vscode from 'vscode';
import { documentServices, explainComposeKeyOnly, explainDockerfileKeywordOnly, explainProblemsInHover, type DocumentKind, type Explain, type Explanation, type Lines, type Position } from '../core/index';
import { codeOf, fromVsPosition, toVsHover } from './convert';
import { documentText } from './documentText';
import { guard } from './log';
import { currentNotes, notesReady } from './notes';
import { checkLargeFile, documentLines, maxFileCharsFor } from './largeFiles';
import { composeSelector, dockerfileSelector, local } from './selectors';

/** The hover for a document past the size limit, read line by line: keywords only; none for scripts and markdown. */
type ExplainLarge = (lines: Lines, position: Position, maxFileChars: number) => Explanation | undefined;

/** The core's explainer for a kind, looked up when a hover is asked for: the core loads then, not at activation. */
const explainerOf = (kind: DocumentKind): Explain => (text, position, options) => documentServices[kind].explain(text, position, options);

/** Which documents each core explainer serves. */
const explainers: { name: string; selector: vscode.DocumentSelector; explain: Explain; explainLarge?: ExplainLarge }[] = [
  { name: 'Dockerfile', selector: dockerfileSelector, explain: explainerOf('dockerfile'), explainLarge: (...args) => explainDockerfileKeywordOnly(...args) },
  { name: 'Compose', selector: composeSelector, explain: explainerOf('compose'), explainLarge: (...args) => explainComposeKeyOnly(...args) },
  { name: 'Shell', selector: local('shellscript', 'makefile'), explain: explainerOf('shell') },
  { name: 'Markdown', selector: local('markdown'), explain: explainerOf('markdown') },
];

class CoachHoverProvider implements vscode.HoverProvider {
  constructor(private readonly name: string, private readonly explain: Explain, private readonly explainLarge?: ExplainLarge) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (token.isCancellationRequested) return undefined;
    if (!vscode.workspace.getConfiguration('dockerCoach', doc.uri).get<boolean>('hover.enabled', true)) return undefined;
    // The notes are indexed on the first hover and after a save; this resolves at once otherwise.
    await notesReady(4000);
    if (token.isCancellationRequested) return undefined;
    return guard(`${this.name} hover at ${doc.uri.toString()}:${pos.line + 1}:${pos.character + 1}`, () => {
      // `file` lets the compose hover show where a relative bind-mount path really points.
      const file = doc.uri.scheme === 'file' ? doc.uri.fsPath : undefined;
      const maxFileChars = maxFileCharsFor(doc.uri);
      const explanation = checkLargeFile(doc)
        ? this.explainLarge?.(documentLines(doc), fromVsPosition(pos), maxFileChars)
        : this.explain(documentText(doc), fromVsPosition(pos), { notes: currentNotes(), file, maxFileChars });
      return withProblems(explanation && toVsHover(explanation), doc, pos);
    }, undefined);
  }
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
  return e && guard(`${e.name} explain at ${doc.uri.toString()}:${pos.line + 1}`, () => e.explain(documentText(doc), fromVsPosition(pos), {}), undefined);
}

/** Registers one hover provider per explainer. */
export function registerHoverProviders(context: vscode.ExtensionContext): void {
  for (const e of explainers) {
    context.subscriptions.push(vscode.languages.registerHoverProvider(e.selector, new CoachHoverProvider(e.name, e.explain, e.explainLarge)));
  }
}
