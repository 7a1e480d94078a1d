// SPDX-License-Identifier: MIT
// The one place that maps between core types and LSP types, as src/vscode/convert.ts does for VS Code.
// Core positions are already zero-based UTF-16 units, as LSP's default position encoding is.
import {
  CompletionItemKind, CompletionItemTag, DiagnosticSeverity, InsertTextFormat, MarkupKind, MessageType, ShowMessageNotification,
  type CodeAction, type CodeLens, type Command, type Connection, type CompletionItem as LspCompletionItem, type Diagnostic as LspDiagnostic,
  type Hover, type Range as LspRange, type WorkspaceEdit,
} from 'vscode-languageserver';
import { plainText, type CompletionItem, type CompletionKind, type Diagnostic, type DockerAction, type Explanation, type Fix, type Range } from '../core/index';

/** The `source` of our diagnostics: code actions answer only for these. */
export const problemSource = 'Docker Coach';

/** The one command our lenses carry; `workspace/executeCommand` runs it (see lensCommand.ts). */
export const runActionCommand = 'dockerCoach.runAction';

/**
 * Shows a message without waiting for an answer. `connection.window.show*Message` sends a
 * `window/showMessageRequest`, which some editors (Neovim) answer with a prompt that holds everything up.
 */
export function tell(connection: Connection, type: 'info' | 'warning', message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type: type === 'info' ? MessageType.Info : MessageType.Warning, message });
}

export function toLspRange(r: Range): LspRange {
  return { start: { ...r.start }, end: { ...r.end } };
}

export function sameRange(a: LspRange, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A hover from an explanation and the explanations of the problems under the cursor, problems first (as in VS Code). */
export function toLspHover(explanation: Explanation | undefined, problems: string[]): Hover | undefined {
  // The lesson of the line first, then why the problem matters, as in VS Code.
  const parts = [...(explanation ? [explanation.markdown] : []), ...problems];
  if (parts.length === 0) return undefined;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: explanation && toLspRange(explanation.range) };
}

const severities: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  // Problems lists show no markdown: code spans become quoted text.
  return { range: toLspRange(d.range), message: plainText(d.message), severity: severities[d.severity], source: problemSource, code: d.code };
}

export function toWorkspaceEdit(uri: string, fix: Fix): WorkspaceEdit {
  return { changes: { [uri]: fix.edits.map(e => ({ range: toLspRange(e.range), newText: e.newText })) } };
}

export function toQuickFix(uri: string, fix: Fix, diagnostic: LspDiagnostic, preferred: boolean): CodeAction {
  return { title: plainText(fix.title), kind: 'quickfix', diagnostics: [diagnostic], isPreferred: preferred || undefined, edit: toWorkspaceEdit(uri, fix) };
}

const completionKinds: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  flag: CompletionItemKind.Property,
  option: CompletionItemKind.Field,
  property: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  variable: CompletionItemKind.Variable,
  directive: CompletionItemKind.Keyword,
  command: CompletionItemKind.Function,
  file: CompletionItemKind.File,
  folder: CompletionItemKind.Folder,
};

/** Snippet syntax made plain text, for clients without snippet support: `${1:name}` → `name`, `$0` → nothing. */
export function withoutPlaceholders(snippet: string): string {
  let text = snippet;
  // Nested placeholders unwrap from the inside out.
  for (let i = 0; i < 5 && /\$\{\d+[:|]/.test(text); i++) text = text.replace(/\$\{\d+:([^{}$]*)\}/g, '$1').replace(/\$\{\d+\|([^|},]*)[^}]*\}/g, '$1');
  return text.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

/**
 * An LSP completion item. `withDocs` false leaves the markdown for completionItem/resolve; `data`
 * lets resolve find the core item again.
 */
export function toLspCompletionItem(c: CompletionItem, options: { withDocs: boolean; snippets: boolean; data?: unknown }): LspCompletionItem {
  const snippet = c.snippet && options.snippets;
  const newText = c.snippet && !options.snippets ? withoutPlaceholders(c.insertText) : c.insertText;
  const item: LspCompletionItem = c.snippetOf
    ? { label: c.snippetOf.prefix, labelDetails: { description: c.snippetOf.name }, kind: CompletionItemKind.Snippet }
    : { label: c.label, kind: completionKinds[c.kind] };
  item.detail = c.detail;
  if (options.withDocs) item.documentation = { kind: MarkupKind.Markdown, value: c.documentation };
  if (c.range) item.textEdit = { range: toLspRange(c.range), newText };
  else item.insertText = newText;
  item.insertTextFormat = snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText;
  item.sortText = c.sortText;
  item.filterText = c.filterText;
  if (c.deprecated) item.tags = [CompletionItemTag.Deprecated];
  if (options.data !== undefined) item.data = options.data;
  return item;
}

/** A lens title without VS Code's `$(icon)` prefix, which other editors would show as text. */
export function plainTitle(title: string): string {
  return title.replace(/^\$\([^)]*\)\s*/, '');
}

/**
 * A lens that shows the exact command line in its title (most editors show no lens tooltips), and the
 * core's tooltip (the line and what it does) as the command's tooltip. Its arguments name the action,
 * so the server can rebuild and check it. `commandLine` is the refusal instead when there is one.
 */
export function toLspCodeLens(uri: string, action: DockerAction, commandLine: string): CodeLens {
  // `tooltip` on a command is LSP 3.18; clients that do not know it ignore it, and the title says the line.
  const command: Command & { tooltip: string } = {
    title: `${plainTitle(action.title)}: ${commandLine}`,
    tooltip: action.error ?? action.tooltip,
    command: runActionCommand,
    arguments: [{ uri, kind: action.kind, range: action.range, argv: action.argv }],
  };
  return { range: toLspRange(action.range), command };
}
