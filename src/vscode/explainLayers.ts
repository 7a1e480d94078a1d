// SPDX-License-Identifier: MIT
// The image's real layers for the Explain view: the tag the Build lens makes, `docker history` run through
// the one process module with a core-built argv, and the answer matched to the Dockerfile by the core.
// Never runs in an untrusted workspace; a missing engine or image becomes one line with the command to run.
import * as vscode from 'vscode';
import { engineCheckCommand, historyCommand, matchLayers, parseHistory, toCommandLine, type LayerReport } from '../core/index';
import { actionsFor } from './codeLensProvider';
import { runProgram } from './dockerProcess';
import { documentText } from './documentText';
import { maxFileCharsFor } from './largeFiles';

/** What the layer part of the view shows. */
export type LayerState =
  | { kind: 'report'; tag: string; report: LayerReport }
  | { kind: 'message'; text: string; command?: string };

/** The build command and tag of the Build lens for this Dockerfile, as the lens would run it. */
export async function buildOf(doc: vscode.TextDocument): Promise<{ tag: string; argv: string[] } | undefined> {
  const build = (await actionsFor(doc)).find(a => a.kind === 'dockerfile.build');
  const at = build ? build.argv.indexOf('-t') : -1;
  return build && at > 0 && !build.error ? { tag: build.argv[at + 1], argv: build.argv } : undefined;
}

/** Asks the engine for the image's history and matches it to the file. */
export async function readLayers(doc: vscode.TextDocument): Promise<LayerState> {
  if (!vscode.workspace.isTrusted) return { kind: 'message', text: 'Docker Coach runs docker only in a trusted workspace. Trust this folder to see the image\'s layers.' };
  const build = await buildOf(doc);
  if (!build) return { kind: 'message', text: 'This Dockerfile has no Build command to take the image tag from (check the Build lens and dockerCoach.build.tagTemplate).' };
  const docker = build.argv[0];
  const argv = historyCommand(docker, build.tag);
  if (!argv) return { kind: 'message', text: `The tag ${build.tag} is not a valid image name, so docker history was not run.` };
  const buildLine = toCommandLine(build.argv, process.platform === 'win32' ? 'pwsh' : 'posix');
  const result = await runProgram(argv, 20000);
  if (result.exitCode === undefined) return { kind: 'message', text: `The docker program (${docker}) did not answer. Install Docker, or set dockerCoach.docker.path, then build:`, command: buildLine };
  if (result.exitCode !== 0) {
    // Tell "no engine" from "no image": the server's version comes back whenever an engine answers.
    const engine = await runProgram(engineCheckCommand(docker), 10000);
    return engine.exitCode === 0
      ? { kind: 'message', text: `The image ${build.tag} is not built yet. Build it, and its layers show here:`, command: buildLine }
      : { kind: 'message', text: 'No Docker engine answered. Start Docker, then build:', command: buildLine };
  }
  return { kind: 'report', tag: build.tag, report: matchLayers(documentText(doc), parseHistory(result.stdout), undefined, { maxFileChars: maxFileCharsFor(doc.uri) }) };
}
