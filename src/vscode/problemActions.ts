// SPDX-License-Identifier: MIT
// Quick fixes for our problems, "Explain this problem", "Ignore on this line", the read-only
// explanation documents that a problem's code links to, and "Docker Coach: Check workspace".
import * as path from 'path';
import * as vscode from 'vscode';
import { exampleLanguageOf, explainProblem, plainText, type Diagnostic } from '../core/index';
import { ignoreFixes } from '../worker/checkWorker';
import { codeOf, problemScheme, problemUri, toVsRange, toWorkspaceEdit } from './convert';
import { computeProblems, diagnosticKindOf, type ProblemController } from './diagnostics';
import { readText } from './diagnosticInputs';
import { documentText, documentTextSoon } from './documentText';
import { isLargeDocument, maxFileCharsFor } from './largeFiles';
import { guard } from './log';
import { composeSelector, dockerfileSelector } from './selectors';
import { answerFrom } from './workerZone';

export const explainProblemCommand = 'dockerCoach.explainProblem';
export const checkWorkspaceCommand = 'dockerCoach.checkWorkspace';

/** Offers, for each of our problems under the cursor: its certain fixes, an explanation, and a way to silence it. */
class ProblemActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly controller: ProblemController) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter(d => codeOf(d) !== undefined);
    if (ours.length === 0) return [];
    const kind = diagnosticKindOf(doc);
    if (!kind || isLargeDocument(doc)) return [];
    const shown = await this.coreDiagnostics(doc, kind);
    if (token.isCancellationRequested) return [];
    const where = `code actions for ${doc.uri.toString()}`;
    const cores = ours.map(vsDiag => shown.diagnostics.find(d => d.code === codeOf(vsDiag) && toVsRange(d.range).isEqual(vsDiag.range)));
    // "Ignore on this line" reads the file's parse: a large file's is the worker's, never made on this thread.
    const ignores = !cores.some(Boolean) ? [] : await answerFrom(doc.uri, kind, shown.text, maxFileCharsFor(doc.uri), where, [], {
      inWorker: worker => worker.ignoreFixes(kind, shown.text, cores),
      here: () => ignoreFixes(kind, shown.text, cores),
    });
    if (token.isCancellationRequested) return [];
    return guard(where, () => ours.flatMap((vsDiag, k) => {
      const code = codeOf(vsDiag)!;
      const core = cores[k];
      const actions: vscode.CodeAction[] = [];
      for (const [i, fix] of (core?.fixes ?? []).entries()) {
        const action = new vscode.CodeAction(plainText(fix.title), vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(doc.uri, fix);
        action.diagnostics = [vsDiag];
        action.isPreferred = i === 0;
        actions.push(action);
      }
      const explain = new vscode.CodeAction(`Explain this problem (${code})`, vscode.CodeActionKind.QuickFix);
      // The examples in the file's language (a Python Dockerfile gets Python examples).
      const language = kind === 'dockerfile' ? exampleLanguageOf(shown.text) : undefined;
      explain.command = { command: explainProblemCommand, title: 'Explain this problem', arguments: [code, core?.message ?? vsDiag.message, language] };
      explain.diagnostics = [vsDiag];
      actions.push(explain);
      const fix = ignores[k];
      if (fix) {
        const ignore = new vscode.CodeAction(plainText(fix.title), vscode.CodeActionKind.QuickFix);
        ignore.edit = toWorkspaceEdit(doc.uri, fix);
        ignore.diagnostics = [vsDiag];
        actions.push(ignore);
      }
      return actions;
    }), []);
  }

  /** What the collection shows for this version, or a fresh check when the document moved on. */
  private async coreDiagnostics(doc: vscode.TextDocument, kind: 'dockerfile' | 'compose'): Promise<{ text: string; diagnostics: Diagnostic[] }> {
    const shown = this.controller.shownFor(doc);
    if (shown) return shown;
    const text = await documentTextSoon(doc);
    if (text === undefined) return { text: '', diagnostics: [] }; // edited meanwhile: the lightbulb asks again
    const file = doc.uri.scheme === 'file' ? { path: doc.uri.fsPath, workspaceFolder: vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath } : undefined;
    return { text, diagnostics: await computeProblems(kind, text, doc.uri, file) };
  }
}

/** Serves `docker-coach-problem:/<Code>.md?message=…` as the rule's explanation in markdown. */
class ProblemExplanations implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const code = path.posix.basename(uri.path, '.md');
    const query = new URLSearchParams(uri.query);
    const language = query.get('language');
    return explainProblem(code, query.get('message') ?? undefined, language === 'python' || language === 'node' ? language : undefined) ?? `Docker Coach has no explanation for \`${code}\`.`;
  }
}

/** Opens the rendered explanation of a problem beside the editor. */
async function showExplanation(code?: unknown, message?: unknown, language?: unknown): Promise<void> {
  if (typeof code !== 'string') {
    void vscode.window.showInformationMessage('Docker Coach: choose "Explain this problem" on a Docker Coach problem to read about it.');
    return;
  }
  const uri = problemUri(code, typeof message === 'string' ? message : undefined, typeof language === 'string' ? language : undefined);
  await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
}

// Flat alternatives: VS Code's glob does not nest braces.
const workspaceGlob = '{**/Dockerfile,**/Dockerfile.*,**/*.Dockerfile,**/*.dockerfile,**/compose*.yml,**/compose*.yaml,**/*docker*compose*.yml,**/*docker*compose*.yaml}';

/** Checks every Dockerfile and compose file in the workspace, open or not, and reports the count. */
async function checkWorkspace(controller: ProblemController): Promise<{ files: number; problems: number }> {
  // `Dockerfile.dockerignore` is a Dockerfile's own ignore file, not a Dockerfile.
  const uris = (await vscode.workspace.findFiles(workspaceGlob, '**/{node_modules,.git}/**', 2000)).filter(u => !u.path.endsWith('.dockerignore'));
  let problems = 0;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Docker Coach: checking the workspace' }, async () => {
    for (const uri of uris) {
      // Open documents are checked as they stand, unsaved edits included; the rest are read from disk without opening them.
      const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      const text = open ? documentText(open) : await readText(uri.fsPath);
      if (text === undefined) continue;
      const kind = (open && diagnosticKindOf(open)) || (/\.ya?ml$/i.test(uri.path) ? 'compose' : 'dockerfile');
      const diagnostics = await computeProblems(kind, text, uri, { path: uri.fsPath, workspaceFolder: vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath });
      controller.show(uri, open ? open.version : -1, text, diagnostics, !open);
      problems += diagnostics.length;
    }
  });
  void vscode.window.showInformationMessage(`Docker Coach checked ${uris.length} file${uris.length === 1 ? '' : 's'} and found ${problems} problem${problems === 1 ? '' : 's'}. They are in the Problems panel.`);
  return { files: uris.length, problems };
}

export function registerProblemActions(context: vscode.ExtensionContext, controller: ProblemController): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider([...toArray(dockerfileSelector), ...toArray(composeSelector)], new ProblemActionProvider(controller), { providedCodeActionKinds: ProblemActionProvider.kinds }),
    vscode.workspace.registerTextDocumentContentProvider(problemScheme, new ProblemExplanations()),
    vscode.commands.registerCommand(explainProblemCommand, showExplanation),
    vscode.commands.registerCommand(checkWorkspaceCommand, () => checkWorkspace(controller)),
  );
}

function toArray(s: vscode.DocumentSelector): vscode.DocumentFilter[] {
  return (Array.isArray(s) ? s : [s]) as vscode.DocumentFilter[];
}
