// SPDX-License-Identifier: MIT
// YAML features compose files use for reuse: anchors (`&name`), aliases (`*name`), merge keys (`<<:`),
// `x-` extension fields, and the `!reset` / `!override` tags of override files.
import { isAlias, isMap, isSeq, type Node } from 'yaml';
import { code, type HoverContent } from '../render';
import { pageUrl } from '../knowledge/composeKeyDoc';
import { anchorsOf, lineOf, type ComposeModel } from './composeDocument';
import type { ExplainContext } from './content';

/** Expanded sizes above this are reported as an alias bomb instead of being shown. */
export const maxExpandedNodes = 10_000;

/**
 * How many nodes a value has once every alias in it is expanded, without expanding anything:
 * sizes are summed per anchor with a memo, and the walk stops after `budget` node visits.
 */
export function expandedSize(model: ComposeModel, node: Node, budget = { visits: 20_000 }, memo = new Map<Node, number>()): number {
  const cached = memo.get(node);
  if (cached !== undefined) return cached;
  if (--budget.visits < 0) return Infinity;
  let size = 1;
  if (isAlias(node)) {
    const target = anchorsOf(model).get(node.source);
    // An alias to an anchor that is still being sized is a loop: count it once.
    memo.set(node, 1);
    size = target ? expandedSize(model, target, budget, memo) : 1;
  } else if (isMap(node)) {
    memo.set(node, 1);
    for (const p of node.items) {
      if (p.key) size += expandedSize(model, p.key as Node, budget, memo);
      if (p.value) size += expandedSize(model, p.value as Node, budget, memo);
    }
  } else if (isSeq(node)) {
    memo.set(node, 1);
    for (const it of node.items) size += expandedSize(model, it as Node, budget, memo);
  }
  const capped = Math.min(size, Number.MAX_SAFE_INTEGER);
  memo.set(node, capped);
  return capped;
}

/** The source text of a node as a fenced YAML block, cut to a few lines. */
function sourceBlock(model: ComposeModel, node: Node): string {
  if (!node.range) return '';
  const raw = model.text.slice(node.range[0], node.range[1]).trimEnd();
  const lines = raw.split(/\r?\n/);
  // Re-indent block content so the first line and the rest line up in the hover.
  const indent = Math.min(...lines.slice(1).filter(l => l.trim()).map(l => l.length - l.trimStart().length), 1_000);
  const body = [lines[0], ...lines.slice(1).map(l => l.slice(Number.isFinite(indent) ? indent : 0))];
  const shown = body.slice(0, 12).map(l => (l.length > 120 ? l.slice(0, 119) + '…' : l));
  if (body.length > 12) shown.push(`# … ${body.length - 12} more lines`);
  return '```yaml\n' + shown.join('\n').replace(/```/g, '`\u200b``') + '\n```';
}

/** Hover for an alias `*name`: what it expands to. */
export function explainAlias(ctx: ExplainContext): HoverContent | undefined {
  const node = ctx.loc.node;
  if (!isAlias(node)) return undefined;
  const target = anchorsOf(ctx.model).get(node.source);
  const title = `*${node.source}`;
  const docsUrl = pageUrl('fragments/');
  if (!target) {
    return { title, tags: ['alias'], what: 'An alias repeats a value marked earlier with an anchor.', watchOut: [`No anchor ${code('&' + node.source)} exists in this file, so the YAML is invalid.`], docsUrl };
  }
  if (target.range && node.range && node.range[0] >= target.range[0] && node.range[1] <= target.range[1]) {
    return { title, tags: ['alias'], what: `An alias for the value anchored as ${code('&' + node.source)}.`, watchOut: ['It sits inside the very value it points to, so it would repeat forever; Compose rejects such files.'], docsUrl };
  }
  const size = expandedSize(ctx.model, target);
  // The anchor token sits just before its value (often on the line above a block); point at the token.
  const valueStart = target.range?.[0] ?? 0;
  const token = ctx.model.text.lastIndexOf('&' + node.source, valueStart);
  const where = `line ${lineOf(ctx.model, token >= 0 && valueStart - token < 500 ? token : valueStart) + 1}`;
  if (size > maxExpandedNodes) {
    return { title, tags: ['alias'], what: `An alias for the value anchored as ${code('&' + node.source)} on ${where}.`, watchOut: ['It expands to an enormous value (aliases inside aliases, an "alias bomb"); Compose and YAML tools refuse such files.'], docsUrl };
  }
  const nested = size > 1 && containsAlias(target) ? ['That value uses aliases itself; they expand too.'] : [];
  return {
    title, tags: ['alias'],
    what: `An alias: YAML replaces it with a copy of the value anchored as ${code('&' + node.source)} on ${where}:\n\n${sourceBlock(ctx.model, target)}`,
    inThisLine: nested.length ? nested : undefined,
    docsUrl,
  };
}

function containsAlias(node: Node): boolean {
  const stack: unknown[] = [node];
  for (let seen = 0; stack.length && seen < 5_000; seen++) {
    const n = stack.pop();
    if (isAlias(n)) return true;
    if (isMap(n)) for (const p of n.items) stack.push(p.key, p.value);
    else if (isSeq(n)) stack.push(...n.items);
  }
  return false;
}

/** Hover for an `&anchor` or `!tag` written before a value. */
export function explainProp(ctx: ExplainContext): HoverContent | undefined {
  const prop = ctx.loc.prop ?? '';
  if (prop.startsWith('&')) {
    const name = prop.slice(1);
    return {
      title: prop, tags: ['anchor'],
      what: `An anchor: it names this value so that ${code('*' + name)} elsewhere repeats it, or \`<<: *${name}\` merges it into a mapping.`,
      inThisLine: [`Used ${aliasUses(ctx.model, name)} time(s) in this file.`],
      docsUrl: pageUrl('fragments/'),
    };
  }
  if (prop === '!reset') {
    return { title: prop, tags: ['override files'], what: 'Removes the value set by an earlier compose file, instead of merging with it. Used in `compose.override.yaml` and files added with `-f`.', inThisLine: ['Write `!reset null` or `!reset []` so the emptied value is obvious.'], docsUrl: pageUrl('merge/#reset-value') };
  }
  if (prop === '!override') {
    return { title: prop, tags: ['override files'], what: 'Replaces the value from an earlier compose file completely, instead of merging the two (for lists like `ports`, merging would keep both).', docsUrl: pageUrl('merge/#replace-value') };
  }
  if (prop.startsWith('!')) {
    return { title: prop, tags: ['YAML tag'], what: 'A YAML tag. Compose only understands `!reset` and `!override`; other tags are not part of the Compose format.', docsUrl: pageUrl('merge/') };
  }
  return undefined;
}

function aliasUses(model: ComposeModel, name: string): number {
  anchorsOf(model);
  return model.aliasCounts?.get(name) ?? 0;
}

/** Hover for a `<<` merge key. */
export function explainMergeKey(ctx: ExplainContext): HoverContent {
  const value = ctx.loc.pair?.value;
  const sources = isSeq(value) ? value.items : [value];
  const names = sources.filter(isAlias).map(a => code('*' + a.source));
  return {
    title: '<<', tags: ['merge key'],
    what: 'A YAML merge key: copies every key of the anchored mapping into this one. Keys written next to it win over the copied ones.',
    inThisLine: names.length ? [`Copies the keys of ${names.join(', ')}.`] : undefined,
    docsUrl: pageUrl('fragments/'),
  };
}

/** Hover for an `x-` extension field's own key. */
export function explainExtensionKey(ctx: ExplainContext, field: string): HoverContent {
  const value = ctx.loc.pair?.value as Node | undefined;
  const anchor = value?.anchor;
  const lines = anchor ? [`Anchored as ${code('&' + anchor)}; used ${aliasUses(ctx.model, anchor)} time(s) with \`*${anchor}\` or \`<<: *${anchor}\`.`] : undefined;
  return {
    title: field, tags: ['extension field'],
    what: 'Compose ignores keys that start with `x-`. They are a place to keep shared settings, usually with an anchor, that services then pull in with an alias or `<<:`.',
    inThisLine: lines,
    docsUrl: pageUrl('extension/'),
  };
}

