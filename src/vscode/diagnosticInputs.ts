// SPDX-License-Identifier: MIT
// Reads what the checks need from beside a file (.dockerignore, .env, the paths a compose file names)
// through VS Code's file system API, and hands it to the core as plain text and answers.
import * as vscode from 'vscode';
import {
  composeEnvPath, composeReferencedPaths, dockerignoreCandidates,
  type ComposeDiagnosticOptions, type DockerfileDiagnosticOptions, type FileContext, type PathKind,
} from '../core/index';

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

/** The `.dockerignore` that applies to this Dockerfile, if any. */
export async function dockerfileInputs(file: FileContext | undefined, uri: vscode.Uri): Promise<Pick<DockerfileDiagnosticOptions, 'dockerignore'>> {
  if (!file) return {};
  const context = vscode.workspace.getConfiguration('dockerCoach', uri).get<string>('build.context', '');
  for (const candidate of dockerignoreCandidates(file, context)) {
    const text = await readText(candidate);
    if (text !== undefined) return { dockerignore: text };
  }
  return {};
}

/** The `.env` beside a compose file, and what exists of the paths it names. */
export async function composeInputs(text: string, file: FileContext | undefined): Promise<Pick<ComposeDiagnosticOptions, 'env' | 'paths'>> {
  if (!file) return {};
  const wanted = composeReferencedPaths(text, file).slice(0, 200); // a bound, so a generated file cannot flood the disk with stats
  const [env, kinds] = await Promise.all([readText(composeEnvPath(file)), Promise.all(wanted.map(kindOf))]);
  return { env, paths: new Map(wanted.map((p, i) => [p, kinds[i]])) };
}
