// SPDX-License-Identifier: MIT
// Compiles the vendored Compose Specification schema into a standalone validator module with ajv, so the
// extension never compiles a schema at run time (ajv would need `new Function`, which the bundle must not hold).
// Usage: node scripts/generateComposeValidator.mjs [--check]
//   writes src/core/diagnostics/compose/generated/composeValidator.ts;
//   --check only compares with the committed file and exits 1 when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const standaloneCode = require('ajv/dist/standalone').default;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaFile = 'src/core/knowledge/compose-spec/compose-spec.json';
const outFile = 'src/core/diagnostics/compose/generated/composeValidator.ts';

/**
 * Keys the spec chapters document but this schema lacks, added before compiling so they are checked
 * like any other key instead of reported as unknown. Each names the chapter it comes from.
 */
function addChapterOnlyKeys(schema) {
  const service = schema.definitions.service.properties;
  // compose-spec-docs/05-services.md, "pre_start": init containers that run before the service starts.
  service.pre_start ??= {
    type: 'array',
    items: {
      type: 'object',
      properties: {
        command: { $ref: '#/definitions/command' },
        image: { type: 'string' },
        user: { type: 'string' },
        privileged: { type: ['boolean', 'string'] },
        working_dir: { type: 'string' },
        environment: { $ref: '#/definitions/list_or_dict' },
        per_replica: { type: ['boolean', 'string'] },
      },
      additionalProperties: false,
      patternProperties: { '^x-': {} },
    },
  };
  return schema;
}

/** Drops the annotations (descriptions, titles...) that validation never reads: a smaller module. */
function stripAnnotations(node) {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    const isAnnotation = ['description', 'title', 'deprecated', 'examples', 'default', '$comment'].includes(k) && typeof v !== 'object';
    // Under properties/patternProperties/definitions the keys are names, never annotations.
    if (isAnnotation) continue;
    out[k] = stripAnnotations(v);
  }
  return out;
}

/**
 * ajv checks `uniqueItems` on a list whose entries may be mappings (a service's `ports` and `volumes`) by comparing
 * every two entries: quadratic, seconds for 10,000 `ports` entries. Each such loop is replaced by one call to
 * lastDuplicate (src/core/diagnostics/compose/uniqueItems.ts), one pass that finds the same pair, so the error
 * ajv reports (place, index, order among the others) stays the same. A loop of another shape fails the build.
 */
function uniqueItemsInOnePass(code) {
  const loop = /outer(\d+):for\(;(i\d+)--;\)\{for\((j\d+) = \2; \3--;\)\{if\((func\d+)\((\w+)\[\2\], \5\[\3\]\)\)\{/g;
  let count = 0;
  const out = code
    .replace(loop, (_, n, i, j, equal, data) => { count++; return `{const dup${n} = lastDuplicate(${data}, ${equal});if(dup${n}){${i} = dup${n}.i;${j} = dup${n}.j;`; })
    .replace(/break outer(\d+);\}\}\}/g, () => { count--; return '}}'; });
  if (count !== 0 || /outer\d+:/.test(out)) throw new Error('ajv\'s uniqueItems loop has a shape this script does not know: update uniqueItemsInOnePass');
  return out;
}

/** The generated module's text: a header, then ajv's standalone code, its `uniqueItems` loops made one pass. */
export function generate() {
  const schema = stripAnnotations(addChapterOnlyKeys(JSON.parse(readFileSync(resolve(repoRoot, schemaFile), 'utf8'))));
  // allErrors: every unknown key and wrong type in one pass. No formats: the schema's only `format` is a key name.
  // validateSchema off: the schema names draft-07 by an https URL that ajv does not list; it is draft-07 all the same.
  const ajv = new Ajv({ validateSchema: false, allErrors: true, strict: false, allowUnionTypes: true, validateFormats: false, code: { source: true, esm: true, lines: false } });
  const validate = ajv.compile(schema);
  const code = standaloneCode(ajv, validate);
  return [
    '// GENERATED FILE, do not edit: `node scripts/generateComposeValidator.mjs` writes it.',
    `// Source: ${schemaFile} (the Compose Specification JSON schema, Apache-2.0, see LICENSE there),`,
    '// plus the chapter-only keys listed in the script, compiled by ajv\'s standalone code generation',
    '// (its `uniqueItems` loops over mappings made one pass: uniqueItemsInOnePass in the script).',
    '/* eslint-disable */',
    '// @ts-nocheck',
    'import { lastDuplicate } from \'../uniqueItems\';',
    uniqueItemsInOnePass(code.trim()),
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generate();
  const target = resolve(repoRoot, outFile);
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === text;
    console.log(same ? `${outFile} is up to date` : `${outFile} differs from what the schema gives: run node scripts/generateComposeValidator.mjs`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, text);
  console.log(`wrote ${outFile} (${text.length} characters)`);
}
