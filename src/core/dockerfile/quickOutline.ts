// SPDX-License-Identifier: MIT
// The outline right after an edit, from the instruction spans the hovers' skeleton keeps (skeleton.ts),
// without parsing the whole file again: each instruction's keyword and first line, each stage's FROM.
// Whatever the spans cannot vouch for (a FROM over several lines, quotes or variables in its name)
// gives undefined, and the caller reads the whole-file model instead.
import type { OutlineSymbol } from '../navigation/types';
import type { Range } from '../text';
import { instructionSpans } from './skeleton';

/** A short preview of the arguments on an instruction's first line: at most 60 characters. */
export function argumentPreview(firstLine: string): string {
  const head = firstLine.slice(0, 200).replace(/\\\s*$/, '').trim();
  return head.length > 60 ? `${head.slice(0, 59)}…` : head;
}

/** The outline of `text` from the patched skeleton, or undefined when there is none or it is unsure. */
export function quickDockerfileSymbols(text: string): OutlineSymbol[] | undefined {
  const found = instructionSpans(text);
  if (!found) return undefined;
  const { lines, spans } = found;
  const out: OutlineSymbol[] = [];
  let stage: OutlineSymbol | undefined;
  let stageNumber = 0;
  for (const span of spans) {
    const first = lines[span.start];
    const m = /^(\s*)(\S+)/.exec(first);
    if (!m) return undefined;
    const keyword = m[2].toUpperCase();
    const kwStart = m[1].length, kwEnd = kwStart + m[2].length;
    const lastLine = lines[span.end].trimEnd();
    const range: Range = { start: { line: span.start, character: kwStart }, end: { line: span.end, character: lastLine.length } };
    const symbol: OutlineSymbol = {
      name: keyword, detail: argumentPreview(first.slice(kwEnd)), kind: 'instruction', range,
      selectionRange: { start: range.start, end: { line: span.start, character: kwEnd } }, children: [],
    };
    if (span.kind === 'from') {
      if (span.end !== span.start || /["'\\`]/.test(first)) return undefined;
      const words = first.slice(kwEnd).trim().split(/\s+/).filter(w => w && !w.startsWith('--'));
      const named = words.length >= 3 && words[1].toUpperCase() === 'AS';
      const nameAt = named ? first.lastIndexOf(words[2]) : -1;
      stage = {
        name: named ? words[2] : `stage ${stageNumber}`, detail: words[0] ?? '', kind: 'stage', range: { ...range },
        selectionRange: named ? { start: { line: span.start, character: nameAt }, end: { line: span.start, character: nameAt + words[2].length } } : symbol.selectionRange,
        children: [symbol],
      };
      stageNumber++;
      out.push(stage);
      continue;
    }
    if (stage) { stage.children.push(symbol); stage.range = { start: stage.range.start, end: range.end }; } else out.push(symbol);
  }
  return out;
}
