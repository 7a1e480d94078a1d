// SPDX-License-Identifier: MIT
// dockerfileDiagnostics(text): BuildKit's build checks plus our security and good-practice rules,
// over the one cached parse of the text.
import { dockerfileModel, type DockerfileModel } from '../dockerfile/model';
import { isTooLarge } from '../largeFile';
import type { FileContext } from '../types';
import { buildkitRules } from './dockerfile/buildkitRules';
import { practiceRules } from './dockerfile/practiceRules';
import { refusedRules } from './dockerfile/refusedRules';
import { effectiveSeverity, runRules } from './run';
import { dropIgnored, ignoreFix, parseCheckDirective } from './suppression';
import type { Diagnostic, DiagnosticSettings, DockerfileRule, Fix, Severity } from './types';

export interface DockerfileDiagnosticOptions {
  /** The `.dockerignore` next to the build context, for `CopyIgnoredFile`. */
  dockerignore?: string;
  file?: FileContext;
  settings?: DiagnosticSettings;
  /** Past this many characters nothing is checked (see largeFile.ts). */
  maxFileChars?: number;
}

/** Every Dockerfile rule: BuildKit's first, then what the builder refuses, then good practice. */
export const dockerfileRules: readonly DockerfileRule[] = [...buildkitRules, ...refusedRules, ...practiceRules];

/**
 * The problems in a Dockerfile, sorted by position. Honours `# check=skip=…`, `# check=error=true`
 * and `# check=experimental=…` as BuildKit does (for BuildKit's rules), `# coach-ignore <code>` on the
 * line before an instruction (for every rule), and the user's per-rule settings. Never throws.
 */
export function dockerfileDiagnostics(text: string, options: DockerfileDiagnosticOptions = {}): Diagnostic[] {
  const settings = options.settings;
  if (settings?.enabled === false || isTooLarge(text, options.maxFileChars)) return [];
  const model = dockerfileModel(text);
  const check = parseCheckDirective(model.ast.getDirectives().find(d => d.getName().toLowerCase() === 'check')?.getValue());
  const severityOf = (rule: DockerfileRule): Severity | undefined => {
    if (rule.source !== 'buildkit') return effectiveSeverity(rule, settings);
    if (check.skipAll || check.skip.has(rule.code)) return undefined;
    const severity = effectiveSeverity(rule, settings, check.experimentalAll || check.experimental.has(rule.code));
    // With error=true the build fails on the check, so it is an error unless the user chose otherwise.
    return severity && check.error && !settings?.rules?.[rule.code] ? 'error' : severity;
  };
  const found = runRules(dockerfileRules, { model, dockerignore: options.dockerignore, file: options.file }, severityOf);
  return dropIgnored(found, model.lines, line => instructionStartLine(model, line));
}

/** The "Ignore on this line" fix for a diagnostic of this text: `# coach-ignore <code>` above its instruction. */
export function dockerfileIgnoreFix(text: string, diagnostic: Diagnostic): Fix {
  const model = dockerfileModel(text);
  return ignoreFix(model.lines, diagnostic, line => instructionStartLine(model, line));
}

/** The first line of the instruction covering `line`, so a comment above it silences the whole instruction. */
function instructionStartLine(model: DockerfileModel, line: number): number {
  const i = line >= 0 && line < model.instructionOfLine.length ? model.instructionOfLine[line] : -1;
  return i >= 0 ? model.instructions[i].getRange().start.line : line;
}
