// SPDX-License-Identifier: MIT
// Hover providers: convert types, call the core, log failures. Nothing clever lives here.
import * as vscode from 'vscode';
import { explainCompose, explainDockerfile, explainShell, type Explanation, type Notes, type Position } from '../core/index';
import { fromVsPosition, toVsHover } from './convert';
import { documentText } from './documentText';
import { guard } from './log';
import { currentNotes, notesReady } from './notes';

type Explain = (text: string, position: Position, options: { notes?: Notes; file?: string }) => Explanation | undefined;

/** Files on disk and unsaved new files of these languages; never other schemes (git diffs, live share...). */
function local(...languages: string[]): vscode.DocumentFilter[] {
  return languages.flatMap(language => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]);
}

/** Which documents each core explainer serves. */
const explainers: { name: string; selector: vscode.DocumentSelector; explain: Explain }[] = [
  { name: 'Dockerfile', selector: local('dockerfile'), explain: explainDockerfile },
  {
    name: 'Compose',
    // VS Code calls most compose files `dockercompose`; the pattern catches ones opened as plain YAML.
    selector: [...local('dockercompose'), { language: 'yaml', scheme: 'file', pattern: '**/{compose,docker-compose,*docker*compose*}*.{yml,yaml}' }],
    explain: explainCompose,
  },
  { name: 'Shell', selector: local('shellscript', 'makefile'), explain: explainShell },
  // In markdown only the fenced sh, bash, shell and console blocks are read.
  { name: 'Markdown', selector: local('markdown'), explain: (text, position, options) => explainShell(text, position, { ...options, markdown: true }) },
];

class CoachHoverProvider implements vscode.HoverProvider {
  constructor(private readonly name: string, private readonly explain: Explain) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (token.isCancellationRequested) return undefined;
    if (!vscode.workspace.getConfiguration('dockerCoach', doc.uri).get<boolean>('hover.enabled', true)) return undefined;
    // The notes are indexed on the first hover and after a save; this resolves at once otherwise.
    await notesReady(4000);
    if (token.isCancellationRequested) return undefined;
    return guard(`${this.name} hover at ${doc.uri.toString()}:${pos.line + 1}:${pos.character + 1}`, () => {
      // `file` lets the compose hover show where a relative bind-mount path really points.
      const file = doc.uri.scheme === 'file' ? doc.uri.fsPath : undefined;
      const explanation = this.explain(documentText(doc), fromVsPosition(pos), { notes: currentNotes(), file });
      return explanation && toVsHover(explanation);
    }, undefined);
  }
}

/** What our hover says at `pos` (without notes), for commands such as "Add to my notes". */
export function explainAt(doc: vscode.TextDocument, pos: vscode.Position): Explanation | undefined {
  const e = explainers.find(x => vscode.languages.match(x.selector, doc) > 0);
  return e && guard(`${e.name} explain at ${doc.uri.toString()}:${pos.line + 1}`, () => e.explain(documentText(doc), fromVsPosition(pos), {}), undefined);
}

/** Registers one hover provider per explainer. */
export function registerHoverProviders(context: vscode.ExtensionContext): void {
  for (const e of explainers) {
    context.subscriptions.push(vscode.languages.registerHoverProvider(e.selector, new CoachHoverProvider(e.name, e.explain)));
  }
}
