// SPDX-License-Identifier: MIT
// The HTML shell of Docker Coach's webviews (Explain this file, Security review): a Content-Security-Policy that
// lets in only the extension's own stylesheets and one script carrying a fresh nonce, nothing from the network.
import * as vscode from 'vscode';

export interface WebviewPageParts { scripts: vscode.Uri[]; styles: vscode.Uri[]; title: string; body: string }

/** The page; `body` is trusted HTML written by the extension (no file content). */
export function webviewPage(webview: vscode.Webview, parts: WebviewPageParts): string {
  const nonce = [...Array(32)].map(() => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)]).join('');
  const csp = `default-src 'none'; img-src ${webview.cspSource} data:; style-src ${webview.cspSource}; font-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
  const styles = parts.styles.map(s => `<link rel="stylesheet" href="${webview.asWebviewUri(s)}">`).join('');
  const scripts = parts.scripts.map(s => `<script nonce="${nonce}" src="${webview.asWebviewUri(s)}"></script>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}<title>${parts.title}</title></head>
<body>${parts.body}
${scripts}</body></html>`;
}
