// SPDX-License-Identifier: MIT
// UnknownKey: a key that is not a Compose key where it stands, usually a typo. The check is unknownKeyAt,
// the same function the hover calls, so the squiggle and the hover always agree.
// Reference: compose-spec.json (the keys) and compose-spec-docs/11-extension.md (`x-` keys are free).
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PathSegment } from '../../../compose/composeDocument';
import { unknownKeyAt } from '../../../compose/unknownKey';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule } from '../../types';
import { brokenFromLine, nodeRange } from '../nodes';

export const unknownKey: ComposeRule = {
  code: 'UnknownKey',
  source: 'coach',
  severity: 'error',
  title: 'Not a Compose key here',
  why: 'Compose rejects a file with a key it does not know, so a typo like `imgae:` stops `docker compose up`. A real key in the wrong place (say `driver:` directly under a service) is rejected the same way.',
  fix: 'Fix the spelling, or move the key to where it belongs. For your own notes and reusable blocks, start the key with `x-`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/',
  reference: 'compose-spec.json',
  dockerErrors: ['unknownKey'],
  check({ model }, report) {
    // Walk the keys the way the hover locates them: keys and list indexes, not into aliases or `x-` blocks.
    const stack: { node: unknown; path: PathSegment[] }[] = [{ node: model.doc.contents, path: [] }];
    let budget = 200_000;
    const broken = brokenFromLine(model);
    while (stack.length && budget-- > 0) {
      const { node, path } = stack.pop() as { node: unknown; path: PathSegment[] };
      if (isAlias(node)) continue;
      if (isSeq(node)) { node.items.forEach((it, i) => stack.push({ node: it, path: [...path, i] })); continue; }
      if (!isMap(node)) continue;
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (name.startsWith('x-') || name === '<<') continue;
        const keyPath = [...path, name];
        const found = unknownKeyAt(keyPath);
        if (found) {
          const range = nodeRange(model, pair.key as Node);
          if (!range || range.start.line >= broken) continue;
          const where = found.parent ? `under \`${keyPath.filter(s => typeof s === 'string').slice(0, -1).join('.')}\`` : 'at the top level';
          // Renaming to a key this block already has would make a duplicate key, which YAML rejects.
          const taken = found.suggestion !== undefined && node.items.some(p => isScalar(p.key) && String(p.key.value) === found.suggestion);
          const suggestion = taken ? undefined : found.suggestion;
          report({
            range,
            message: `\`${name}\` is not a Compose key ${where}${suggestion ? `. ${dockerErrors.unknownKey.says} Did you mean \`${suggestion}\`?` : taken ? ` (\`${found.suggestion}\` is already set here). ${dockerErrors.unknownKey.says}` : `. ${dockerErrors.unknownKey.says}`}`,
            fixes: suggestion ? [{ title: `Rename to \`${suggestion}\``, edits: [{ range, newText: suggestion }] }] : undefined,
          });
          continue; // Below an unknown key every key would be unknown too.
        }
        stack.push({ node: pair.value, path: keyPath });
      }
    }
  },
};
