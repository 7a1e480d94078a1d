// SPDX-License-Identifier: MIT
// composeDiagnostics(text): schema, references, interpolation, security and good practice, over the
// one cached parse of the compose file, or after an edit a model put together from the parts that changed
// and those that did not.
import { composeModelForPass } from '../compose/stitchedModel';
import { isTooLarge } from '../largeFile';
import { lineIndexOf } from '../text';
import type { FileContext } from '../types';
import { composeRules } from './compose/composeRules';
import { effectiveSeverity, runRules } from './run';
import { dropIgnored, ignoreFix } from './suppression';
import type { ComposeRule, Diagnostic, DiagnosticSettings, Fix, PathKind } from './types';

export interface ComposeDiagnosticOptions {
  file?: FileContext;
  /** The `.env` next to the compose file, for `${VAR:?…}` checks. */
  env?: string;
  settings?: DiagnosticSettings;
  /** What the adapter found on disk for the paths `composeReferencedPaths` listed (absolute path → kind). */
  paths?: ReadonlyMap<string, PathKind>;
  /** Past this many characters nothing is checked (see largeFile.ts). */
  maxFileChars?: number;
}

export { composeRules };

/** The problems in a compose file, sorted by position. Honours `# coach-ignore <code>` and the user's settings. Never throws. */
export function composeDiagnostics(text: string, options: ComposeDiagnosticOptions = {}): Diagnostic[] {
  const settings = options.settings;
  if (settings?.enabled === false || isTooLarge(text, options.maxFileChars)) return [];
  // After an edit inside one service, only that service is parsed again (see stitchedModel.ts).
  const model = composeModelForPass(text);
  const found = runRules(composeRules, { model, file: options.file, env: options.env, paths: options.paths },
    (rule: ComposeRule) => effectiveSeverity(rule, settings));
  return dropIgnored(found, lineIndexOf(text));
}

/** The "Ignore on this line" fix for a diagnostic of this compose text. */
export function composeIgnoreFix(text: string, diagnostic: Diagnostic): Fix {
  return ignoreFix(lineIndexOf(text), diagnostic);
}
