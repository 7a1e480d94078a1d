// SPDX-License-Identifier: MIT
// Snippets through a completion provider, so the core decides where each one may appear (see
// core/snippets/snippetsAt.ts); the manifest contributes no snippet files, which VS Code would offer anywhere.
import * as vscode from 'vscode';
import { snippetPrefixesInCompletions, snippetsAt } from '../core/index';
import { toVsRange } from './convert';
import { documentLines, isLargeDocument } from './largeFiles';

class SnippetCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (isLargeDocument(doc)) return [];
    const language = doc.languageId === 'dockerfile' ? 'dockerfile' : 'dockercompose';
    // With completions on, a snippet named like an instruction or key comes as that completion (issue 15).
    const merged = vscode.workspace.getConfiguration('dockerCoach', doc.uri).get<boolean>('completion.enabled', true) ? snippetPrefixesInCompletions(language) : new Set<string>();
    return snippetsAt(language, documentLines(doc), { line: position.line, character: position.character }).filter(s => !merged.has(s.prefix.toLowerCase())).map((s) => {
      const item = new vscode.CompletionItem({ label: s.prefix, description: s.name }, vscode.CompletionItemKind.Snippet);
      item.detail = s.name;
      item.documentation = new vscode.MarkdownString(s.description);
      item.insertText = new vscode.SnippetString(s.body);
      item.range = toVsRange(s.range);
      return item;
    });
  }
}

/** Registers the snippet provider for Dockerfiles and compose files, saved or not. */
export function registerSnippets(context: vscode.ExtensionContext): void {
  const selector = ['dockerfile', 'dockercompose'].flatMap((language) => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]);
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(selector, new SnippetCompletionProvider()));
}
