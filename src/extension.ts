// SPDX-License-Identifier: MIT
// Entry point. activate() only registers providers and commands: nothing is parsed here.
import type * as vscode from 'vscode';
import { registerHoverProviders } from './vscode/hoverProvider';
import { disposeLog } from './vscode/log';

export function activate(context: vscode.ExtensionContext): void {
  registerHoverProviders(context);
}

export function deactivate(): void {
  disposeLog();
}
