// SPDX-License-Identifier: MIT
// The one place that maps between core types and VS Code types.
import * as vscode from 'vscode';
import type { Explanation, Position, Range } from '../core/index';

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
