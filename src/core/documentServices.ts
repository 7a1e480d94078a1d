// SPDX-License-Identifier: MIT
// Which core function serves each kind of document (see documentKind.ts). Both adapters take their
// hover, completion, check and lens functions from this table, so a kind served one way in VS Code is
// served the same way in every other editor.
import { composeActions } from './actions/composeActions';
import { dockerfileActions } from './actions/dockerfileActions';
import { completeCompose } from './completion/composeCompletion';
import { completeDockerfile } from './completion/dockerfileCompletion';
import { completeShell } from './completion/shellCompletion';
import type { CompletionItem, CompletionOptions } from './completion/types';
import { explainCompose } from './compose/hover';
import { composeDiagnostics, composeIgnoreFix } from './diagnostics/composeDiagnostics';
import { dockerfileDiagnostics, dockerfileIgnoreFix } from './diagnostics/dockerfileDiagnostics';
import type { Diagnostic, Fix } from './diagnostics/types';
import type { DocumentKind } from './documentKind';
import { explainDockerfile } from './dockerfile/hover';
import type { Notes } from './notes/notes';
import { explainShell } from './shell/hover';
import { completionTriggers } from './completion/triggers';
import type { Position } from './text';
import type { Explanation } from './types';
import { composeNavigation, dockerfileNavigation, type Navigation } from './navigation/service';

export type Explain = (text: string, position: Position, options: { notes?: Notes; file?: string; maxFileChars?: number }) => Explanation | undefined;
export type Complete = (text: string, position: Position, options: CompletionOptions) => CompletionItem[];

export interface CoachService {
  explain: Explain;
  complete: Complete;
  /** The characters after which the editor should ask for completions again. */
  triggers: readonly string[];
  /** Only Dockerfiles and compose files have checks, fixes and lenses. */
  checks?: {
    diagnose: typeof dockerfileDiagnostics | typeof composeDiagnostics;
    ignoreFix: (text: string, diagnostic: Diagnostic) => Fix;
    actions: typeof dockerfileActions;
  };
  /** Outline, definition, references, rename, folding and links: Dockerfiles and compose files only. */
  navigation?: Navigation;
}

export const documentServices: Record<DocumentKind, CoachService> = {
  dockerfile: {
    explain: explainDockerfile,
    complete: completeDockerfile,
    triggers: completionTriggers.dockerfile,
    checks: { diagnose: dockerfileDiagnostics, ignoreFix: dockerfileIgnoreFix, actions: dockerfileActions },
    navigation: dockerfileNavigation,
  },
  compose: {
    explain: explainCompose,
    complete: completeCompose,
    triggers: completionTriggers.compose,
    checks: { diagnose: composeDiagnostics, ignoreFix: composeIgnoreFix, actions: composeActions },
    navigation: composeNavigation,
  },
  shell: { explain: explainShell, complete: completeShell, triggers: completionTriggers.shell },
  // In markdown only the fenced sh, bash, shell and console blocks are read.
  markdown: {
    explain: (text, position, options) => explainShell(text, position, { ...options, markdown: true }),
    complete: (text, position, options) => completeShell(text, position, { ...options, markdown: true }),
    triggers: completionTriggers.markdown,
  },
};
