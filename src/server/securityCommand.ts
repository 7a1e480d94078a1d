// SPDX-License-Identifier: MIT
// `workspace/executeCommand dockerCoach.securityReview`: the security review of the workspace (issue 27) as JSON,
// the same result `securityReview` gives the VS Code panel. An optional argument `{ folder }` (a path or a
// file URI) reviews that folder instead of the workspace folders.
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { securityReview, type SecurityReview } from '../core/index';
import { pathOf } from '../worker/folderLister';
import { securityReviewFiles } from './securityFiles';

export const securityReviewCommand = 'dockerCoach.securityReview';

export async function securityReviewOf(arg: unknown, folders: readonly string[], documents: TextDocuments<TextDocument>): Promise<SecurityReview> {
  const asked = (arg as { folder?: unknown } | undefined)?.folder;
  const folder = typeof asked === 'string' ? (asked.startsWith('file:') ? pathOf(asked) : asked) : undefined;
  const open = new Map(documents.all().map(d => [pathOf(d.uri), d.getText()]));
  const files = await securityReviewFiles(folder ? [folder] : folders, p => open.get(p));
  return securityReview(files);
}
