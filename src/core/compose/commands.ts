// SPDX-License-Identifier: MIT
// Values whose form changes their meaning: `command` / `entrypoint` (shell vs exec form), healthcheck
// `test`, and `build` as a string vs a mapping.
import { isSeq, type Node } from 'yaml';
import { code, type HoverContent } from '../render';
import { composeValues } from '../knowledge/composeValues';
import { keyContent, scalarText, type ExplainContext } from './content';
import { resolveHostPath } from './volumes';
import { describeInterpolations } from './interpolation';
import { execFormShell } from '../dockerfile/forms';
import { splitWords } from '../dockerfile/words';

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
    lines.push(commandFormLine(items.map(i => i ?? ''), 'list'));
    lines.push(index === 0 ? `${code(text)} is the program that runs.` : `${code(text)} is argument ${index} of ${code(scalarText(isSeq(list) ? list.items[0] : undefined) ?? 'the program')}.`);
  } else {
    lines.push(commandFormLine(splitWords(text), 'string'));
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

/**
 * The form of a `command`/`entrypoint` value, read from its words: whether a shell interprets it.
 * `["sh", "-euc", "..."]` and `sh -c '...'` start a shell on purpose, so `&&`, `|` and `$VAR` work in the script.
 * Compose interpolates `$VAR` in every value, list items included, unless written `$$VAR`.
 * ref: compose-spec-docs/05-services.md#command ; 12-interpolation.md ; buildkit-dockerfile-docs/reference.md#exec-form
 */
export function commandFormLine(words: readonly string[], form: 'list' | 'string'): string {
  const shell = execFormShell(words);
  const kind = form === 'list' ? 'List (exec) form' : 'String form: Compose splits it into words the way a shell would (quotes group words), and';
  if (shell) {
    return `${kind}${form === 'list' ? ' that starts' : ' the first word starts'} the shell ${code(shell)} with a command string: that shell interprets the script, so \`&&\`, \`|\` and the container's variables work there (write them \`$$VAR\`, so Compose leaves them for the shell).`;
  }
  return form === 'list'
    ? 'List (exec) form: each item is one argument of the program. No shell runs in the container, so `&&` and `|` are plain text. Compose itself still fills in `$VAR` and `${VAR}` from your shell or `.env` when it reads the file; write `$$VAR` to pass the text `$VAR` on.'
    : 'String form: Compose splits it into words the way a shell would (quotes group words), but unlike a Dockerfile\'s shell form no shell runs it. Use `sh -c \'...\'` (with `$$VAR`) if you need `&&`, pipes or the container\'s variables.';
}
