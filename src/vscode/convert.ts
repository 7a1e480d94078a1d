// SPDX-License-Identifier: MIT
// The one place that maps between core types and VS Code types.
import * as vscode from 'vscode';
import { plainText, type CompletionItem, type CompletionKind, type Diagnostic, type Explanation, type Fix, type Position, type Range } from '../core/index';

export function fromVsPosition(p: vscode.Position): Position {
  return { line: p.line, character: p.character };
}

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** A hover from an explanation. Links in it may open files, nothing more (no command URIs). */
export function toVsHover(e: Explanation): vscode.Hover {
  const md = new vscode.MarkdownString(e.markdown);
  md.supportHtml = false;
  md.isTrusted = false;
  return new vscode.Hover(md, toVsRange(e.range));
}

/** The name of our diagnostics in the Problems panel, and their `source`. */
export const problemSource = 'Docker Coach';

/** The URI that shows a problem's explanation (see problemActions.ts). */
export function problemUri(code: string, message?: string, language?: string): vscode.Uri {
  const query = new URLSearchParams({ ...(message ? { message } : {}), ...(language ? { language } : {}) }).toString();
  return vscode.Uri.from({ scheme: problemScheme, path: `/${code}.md`, query });
}

/** The scheme of the read-only explanation documents. */
export const problemScheme = 'docker-coach-problem';

const severities: Record<Diagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A VS Code diagnostic whose code links to its explanation. */
export function toVsDiagnostic(d: Diagnostic): vscode.Diagnostic {
  // The Problems panel shows no markdown: code spans become quoted text (the hover keeps the markdown).
  const out = new vscode.Diagnostic(toVsRange(d.range), plainText(d.message), severities[d.severity]);
  out.source = problemSource;
  out.code = { value: d.code, target: problemUri(d.code, d.message) };
  return out;
}

/** The code of one of our VS Code diagnostics, or undefined for anyone else's. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== problemSource) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

/** A workspace edit from a core fix. */
export function toWorkspaceEdit(uri: vscode.Uri, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(uri, toVsRange(e.range), e.newText);
  return edit;
}

const completionKinds: Record<CompletionKind, vscode.CompletionItemKind> = {
  keyword: vscode.CompletionItemKind.Keyword,
  flag: vscode.CompletionItemKind.Property,
  option: vscode.CompletionItemKind.Field,
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  variable: vscode.CompletionItemKind.Variable,
  directive: vscode.CompletionItemKind.Keyword,
  command: vscode.CompletionItemKind.Function,
  file: vscode.CompletionItemKind.File,
  folder: vscode.CompletionItemKind.Folder,
};

/** A VS Code completion item; `withDocs` false leaves the markdown for resolveCompletionItem. */
export function toVsCompletionItem(c: CompletionItem, withDocs: boolean): vscode.CompletionItem {
  // An item that stands for a snippet looks like one, under the snippet's prefix and name (issue 12).
  const item = c.snippetOf
    ? new vscode.CompletionItem({ label: c.snippetOf.prefix, description: c.snippetOf.name }, vscode.CompletionItemKind.Snippet)
    : new vscode.CompletionItem(c.label, completionKinds[c.kind]);
  item.detail = c.detail;
  if (withDocs) {
    const md = new vscode.MarkdownString(c.documentation);
    md.isTrusted = false;
    item.documentation = md;
  }
  item.insertText = c.snippet ? new vscode.SnippetString(c.insertText) : c.insertText;
  if (c.range) item.range = toVsRange(c.range);
  item.sortText = c.sortText;
  item.filterText = c.filterText;
  if (c.deprecated) item.tags = [vscode.CompletionItemTag.Deprecated];
  if (c.retrigger) item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return item;
}
