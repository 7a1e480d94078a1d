// SPDX-License-Identifier: MIT
// The explanation behind every diagnostic code, in the hover shape from DESIGN.
import { renderHover, type HoverContent } from '../render';
import { composeRules } from './compose/composeRules';
import { dockerfileRules } from './dockerfileDiagnostics';
import type { RuleDoc } from './types';

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

/** The explanation of a rule as hover content; `message` is the problem as found in this line. */
export function ruleContent(code: string, message?: string): HoverContent | undefined {
  const rule = ruleDoc(code);
  if (!rule) return undefined;
  return {
    title: rule.code,
    tags: [rule.source === 'buildkit' ? 'BuildKit build check' : 'Docker Coach check', rule.title],
    what: rule.why,
    inThisLine: message ? [message] : undefined,
    watchOut: [`**How to fix:** ${rule.fix}`],
    docsUrl: rule.docsUrl,
  };
}

/** The explanation of a diagnostic code as markdown, or undefined for a code we do not know. */
export function explainProblem(code: string, message?: string): string | undefined {
  const content = ruleContent(code, message);
  return content && renderHover(content);
}
