// SPDX-License-Identifier: MIT
// The explanation behind every diagnostic code, in the hover shape from DESIGN.
import { renderHover, type HoverContent } from '../render';
import { composeRules } from './compose/composeRules';
import { dockerfileRules } from './dockerfileDiagnostics';
import type { RuleDoc } from './types';
import { exampleLanguageOf, inLanguage, type ExampleLanguage } from '../knowledge/exampleLanguages';

let byCode: Map<string, RuleDoc> | undefined;

/** Every rule, Dockerfile and compose, by code. */
export function ruleDoc(code: string): RuleDoc | undefined {
  byCode ??= new Map<string, RuleDoc>([...dockerfileRules, ...composeRules].map(r => [r.code, r]));
  return byCode.get(code);
}

/** Every rule's knowledge, for settings, docs and tests. */
export function allRuleDocs(): RuleDoc[] {
  return [...dockerfileRules, ...composeRules];
}

/**
 * The explanation of a rule as hover content; `message` is the problem as found in this line (left out where
 * the editor already shows it), and `language` the file's, whose examples replace the others (exampleLanguages.ts).
 */
export function ruleContent(code: string, message?: string, language?: ExampleLanguage): HoverContent | undefined {
  const rule = ruleDoc(code);
  if (!rule) return undefined;
  return {
    title: rule.code,
    tags: [rule.source === 'buildkit' ? 'BuildKit build check' : 'Docker Coach check', rule.title],
    what: inLanguage(rule.why, language),
    inThisLine: message ? [message] : undefined,
    watchOut: [`**How to fix:** ${inLanguage(rule.fix, language)}`],
    docsUrl: rule.docsUrl,
  };
}

/** The explanation of a diagnostic code as markdown, or undefined for a code we do not know. */
export function explainProblem(code: string, message?: string, language?: ExampleLanguage): string | undefined {
  const content = ruleContent(code, message, language);
  return content && renderHover(content);
}

/**
 * What a hover adds for the problems under the cursor, after its own lesson: each problem's explanation,
 * without its message (the editor shows the message with the squiggle's hover, so it is said once), with
 * the examples in the language of the Dockerfile `text` (a Python file gets Python examples).
 */
export function explainProblemsInHover(codes: readonly string[], text: string, isDockerfile: boolean): string[] {
  const language = isDockerfile ? exampleLanguageOf(text) : undefined;
  return [...new Set(codes)].map(c => explainProblem(c, undefined, language)).filter((m): m is string => m !== undefined);
}
