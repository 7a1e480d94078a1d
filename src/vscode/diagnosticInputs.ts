// SPDX-License-Identifier: MIT
// Reads what the checks need from beside a file (.dockerignore, .env, the paths a compose file names)
// through VS Code's file system API; the core decides which files (checkDocument.ts).
import * as vscode from 'vscode';
import type { DiskReader, PathKind } from '../core/index';

/** A file's text, or undefined when it is absent or unreadable. */
export async function readText(fsPath: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(fsPath)));
  } catch {
    return undefined; // absent or unreadable: the check that needs it simply does not run
  }
}

async function kindOf(fsPath: string): Promise<PathKind> {
  try {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.file(fsPath));
    return stat.type & vscode.FileType.Directory ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** The disk as the core's input readers see it (readDockerfileInputs, readComposeInputs), through VS Code's file system API. */
export const vscodeDisk: DiskReader = { readText, kindOf };
