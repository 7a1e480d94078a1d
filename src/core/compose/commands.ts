// SPDX-License-Identifier: MIT
// Values whose form changes their meaning: `command` / `entrypoint` (shell vs exec form), healthcheck
// `test`, and `build` as a string vs a mapping.
import { isSeq, type Node } from 'yaml';
import { code, type HoverContent } from '../render';
import { composeValues } from '../knowledge/composeValues';
import { keyContent, scalarText, type ExplainContext } from './content';
import { resolveHostPath } from './volumes';
import { describeInterpolations } from './interpolation';

/** Hover for a `command` or `entrypoint` value: a whole string, or one item of the list form. */
export function explainCommandValue(ctx: ExplainContext, pattern: string): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  if (text === undefined) return undefined;
  const inList = typeof ctx.loc.path[ctx.loc.path.length - 1] === 'number';
  const key = pattern.split('/').pop() ?? '';
  const lines: string[] = [];
  if (inList) {
    const list = ctx.loc.parents[ctx.loc.parents.length - 1];
    const index = ctx.loc.path[ctx.loc.path.length - 1] as number;
    const items = isSeq(list) ? list.items.map(scalarText) : [];
    // `["sh", "-c", "..."]` is exec form that starts a shell on purpose: the script item is shell code.
    const viaShell = /^(\/bin\/)?(sh|bash|ash|dash|zsh)$/.test(items[0] ?? '') && items[1] === '-c';
    lines.push(viaShell
      ? `List (exec) form that starts ${code(items[0] ?? 'sh')} itself: the item after \`-c\` is a script that shell runs, so \`&&\`, pipes and the container's \`$VAR\` work there.`
      : 'List (exec) form: each item is one argument, passed as is. No shell runs, so `$VAR`, `&&` and `|` are not interpreted.');
    lines.push(index === 0 ? `${code(text)} is the program that runs.` : `${code(text)} is argument ${index} of ${code(scalarText(isSeq(list) ? list.items[0] : undefined) ?? 'the program')}.`);
  } else {
    lines.push('String form: Compose splits it into words the way a shell would (quotes group words), but unlike a Dockerfile\'s shell form no shell runs it. Use `sh -c \'...\'` (with `$$VAR`) if you need `&&`, pipes or the container\'s variables.');
  }
  if (key === 'command') lines.push('These replace the image\'s `CMD`; if the image has an `ENTRYPOINT`, they become its arguments.');
  lines.push(...describeInterpolations(text));
  return keyContent(pattern, text, lines);
}

/** Hover for a healthcheck `test` value: the whole string or one list item. */
export function explainHealthcheckTest(ctx: ExplainContext): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  if (text === undefined) return undefined;
  const index = ctx.loc.path[ctx.loc.path.length - 1];
  const lines: string[] = [];
  const forms = composeValues['services/*/healthcheck/test'];
  if (index === 0 && forms[text]) lines.push(`${code(text)}: ${forms[text]}`);
  else if (typeof index === 'number') {
    const list = ctx.loc.parents[ctx.loc.parents.length - 1];
    const first = isSeq(list) ? scalarText(list.items[0]) : undefined;
    lines.push(first === 'CMD-SHELL' ? `${code(text)} runs through \`/bin/sh -c\` inside the container; exit code 0 means healthy.` : `${code(text)} is one argument of the check command.`);
  } else lines.push(`A plain string runs through the container's shell, like \`CMD-SHELL\`; exit code 0 means healthy.`);
  return keyContent('services/*/healthcheck/test', text, lines);
}

/** Hover for `build: <path>` (string form) or `build.context`. */
export function explainBuildContext(ctx: ExplainContext, pattern: string): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  if (text === undefined) return undefined;
  const lines: string[] = [];
  if (pattern === 'services/*/build') lines.push('String form: this is only the build context; Compose uses the `Dockerfile` inside it. Write a mapping (`context:`, `dockerfile:`, `args:`...) for more control.');
  if (/^(https?:\/\/|git@|github\.com\/)/.test(text)) lines.push(`The context is fetched from the Git repository ${code(text)}.`);
  else lines.push(`Builder sees the folder ${resolveHostPath(text, ctx.file)}; only files in it can be copied into the image.`);
  lines.push(...describeInterpolations(text));
  return keyContent(pattern, text, lines);
}

/** A `build:` mapping has no scalar value to hover; its key gets this extra line. */
export function buildFormLine(value: Node | null | undefined): string | undefined {
  return value && !scalarText(value) ? 'Mapping form: context, Dockerfile and options are set one by one below.' : undefined;
}
