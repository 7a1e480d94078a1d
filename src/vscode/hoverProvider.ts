// SPDX-License-Identifier: MIT
// Hover providers: convert types, call the core, log failures. Nothing clever lives here.
import * as vscode from 'vscode';
import { explainDockerfile, type Explanation, type Position } from '../core/index';
import { fromVsPosition, toVsHover } from './convert';
import { documentText } from './documentText';
import { guard } from './log';

type Explain = (text: string, position: Position) => Explanation | undefined;

/** Which documents each core explainer serves. */
const explainers: { name: string; selector: vscode.DocumentSelector; explain: Explain }[] = [
  { name: 'Dockerfile', selector: [{ language: 'dockerfile' }], explain: explainDockerfile },
];

class CoachHoverProvider implements vscode.HoverProvider {
  constructor(private readonly name: string, private readonly explain: Explain) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested) return undefined;
    if (!vscode.workspace.getConfiguration('dockerCoach', doc.uri).get<boolean>('hover.enabled', true)) return undefined;
    return guard(`${this.name} hover at ${doc.uri.toString()}:${pos.line + 1}:${pos.character + 1}`, () => {
      const explanation = this.explain(documentText(doc), fromVsPosition(pos));
      return explanation && toVsHover(explanation);
    }, undefined);
  }
}

/** Registers one hover provider per explainer. */
export function registerHoverProviders(context: vscode.ExtensionContext): void {
  for (const e of explainers) {
    context.subscriptions.push(vscode.languages.registerHoverProvider(e.selector, new CoachHoverProvider(e.name, e.explain)));
  }
}
