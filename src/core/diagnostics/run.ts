// SPDX-License-Identifier: MIT
// Runs a rule table over one context: settings decide which rules run and at what severity, each
// check reports findings, and one rule that throws costs only its own findings.
import type { Diagnostic, DiagnosticSettings, Finding, RuleDoc, Severity } from './types';

let failures = 0;

/** How many checks have thrown in this process; the fuzz and corpus tests assert it stays 0. */
export function diagnosticCheckFailures(): number {
  return failures;
}

/** The severity a rule runs at under these settings, or undefined when it is off. */
export function effectiveSeverity(rule: RuleDoc, settings: DiagnosticSettings | undefined, enableExperimental = false): Severity | undefined {
  const set = settings?.rules?.[rule.code];
  if (set === 'off') return undefined;
  if (set) return set;
  if (rule.defaultOff && !enableExperimental) return undefined;
  return rule.severity;
}

/** Runs `rules` whose severity is not off and collects their findings as diagnostics. */
export function runRules<C, R extends RuleDoc & { check(ctx: C, report: (f: Finding) => void): void }>(
  rules: readonly R[], ctx: C, severityOf: (rule: R) => Severity | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = severityOf(rule);
    if (!severity) continue;
    try {
      rule.check(ctx, f => out.push(toDiagnostic(rule, severity, f)));
    } catch {
      // A check must never take the editor down with it; the count makes the bug visible in tests.
      failures++;
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : 1));
}

function toDiagnostic(rule: RuleDoc, severity: Severity, f: Finding): Diagnostic {
  return f.fixes && f.fixes.length
    ? { code: rule.code, message: f.message, severity, range: f.range, fixes: f.fixes }
    : { code: rule.code, message: f.message, severity, range: f.range };
}
