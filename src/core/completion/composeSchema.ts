// SPDX-License-Identifier: MIT
// Reads the vendored Compose Specification schema for completions: the keys allowed under a spec path,
// the enum values of a key, and whether it takes a boolean. Lookups are memoized by spec path.
import schemaJson from '../knowledge/compose-spec/compose-spec.json';

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

const schema = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

function deref(n: SchemaNode | undefined): SchemaNode | undefined {
  for (let i = 0; n?.$ref && i < 8; i++) n = schema.definitions[n.$ref.replace('#/definitions/', '')];
  return n;
}

/** The node and every alternative it allows (oneOf, anyOf, allOf, array items), references followed. */
function alternatives(n: SchemaNode | undefined, out: SchemaNode[] = [], depth = 0): SchemaNode[] {
  const d = deref(n);
  if (!d || depth > 6) return out;
  out.push(d);
  for (const alt of [...(d.oneOf ?? []), ...(d.anyOf ?? []), ...(d.allOf ?? [])]) alternatives(alt, out, depth + 1);
  if (d.items) alternatives(d.items, out, depth + 1);
  return out;
}

function child(nodes: SchemaNode[], segment: string): SchemaNode[] {
  const out: SchemaNode[] = [];
  for (const n of nodes) {
    if (segment === '*') {
      for (const [pattern, p] of Object.entries(n.patternProperties ?? {})) if (pattern !== '^x-') alternatives(p, out);
      if (typeof n.additionalProperties === 'object') alternatives(n.additionalProperties, out);
    } else if (n.properties?.[segment]) alternatives(n.properties[segment], out);
  }
  return out;
}

const memo = new Map<string, SchemaNode[]>();

function nodesAt(pattern: string): SchemaNode[] {
  let hit = memo.get(pattern);
  if (!hit) {
    hit = alternatives(schema);
    for (const s of pattern ? pattern.split('/') : []) hit = child(hit, s);
    memo.set(pattern, hit);
  }
  return hit;
}

/** The key names the schema allows under a spec path, with their schema descriptions. */
export function schemaKeys(pattern: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const n of nodesAt(pattern)) {
    for (const [k, p] of Object.entries(n.properties ?? {})) if (!out.has(k) || !out.get(k)) out.set(k, deref(p)?.description ?? p.description);
  }
  return out;
}

/** True when the schema allows a free name (a service, a variable) under this path. */
export function schemaTakesNames(pattern: string): boolean {
  return nodesAt(pattern).some(n => Object.keys(n.patternProperties ?? {}).some(p => p !== '^x-') || typeof n.additionalProperties === 'object');
}

/** The values the schema lists for a key, and whether it takes a boolean. */
export function schemaValues(pattern: string): { enumValues: string[]; boolean: boolean } {
  const enumValues = new Set<string>();
  let boolean = false;
  for (const n of nodesAt(pattern)) {
    for (const v of n.enum ?? []) if (typeof v === 'string') enumValues.add(v);
    const types = Array.isArray(n.type) ? n.type : n.type ? [n.type] : [];
    if (types.includes('boolean')) boolean = true;
  }
  return { enumValues: [...enumValues], boolean };
}
