// SPDX-License-Identifier: MIT
// Lists every key path the Compose Specification schema defines, for the 100% coverage test.
// Usage: node scripts/genComposePaths.mjs [schema.json] [out.json]
// Map keys chosen by the user (service names, network names...) become `*`; array items add no segment,
// so the long form of a port is `services/*/ports/target`. `x-` extension keys are not spec keys.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = process.argv[2] ?? resolve(repoRoot, '..', 'shared', 'reference', 'compose-spec.json');
const outPath = process.argv[3] ?? resolve(repoRoot, 'test', 'fixtures', 'compose-key-paths.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));

const paths = new Set();

function deref(node) {
  if (node && typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/definitions/', '');
    return { name, node: schema.definitions[name] };
  }
  return { name: undefined, node };
}

/** Walks one schema node found at `path`; `seen` holds the definitions on the way down, to stop recursion. */
function walk(raw, path, seen) {
  const { name, node } = deref(raw);
  if (!node || typeof node !== 'object') return;
  if (name) {
    if (seen.has(name)) return;
    seen = new Set(seen).add(name);
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const p = [...path, key];
    paths.add(p.join('/'));
    walk(child, p, seen);
  }
  for (const [pattern, child] of Object.entries(node.patternProperties ?? {})) {
    if (pattern.startsWith('^x-')) continue;
    walk(child, [...path, '*'], seen);
  }
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    walk(node.additionalProperties, [...path, '*'], seen);
  }
  if (node.items) walk(node.items, path, seen);
  for (const alt of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) walk(alt, path, seen);
}

walk(schema, [], new Set());
const sorted = [...paths].sort();
const names = new Set(sorted.map(p => p.split('/').pop()));
writeFileSync(outPath, JSON.stringify(sorted, null, 1) + '\n');
console.log(`${sorted.length} key paths, ${names.size} distinct names -> ${outPath}`);
