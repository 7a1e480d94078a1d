// SPDX-License-Identifier: MIT
// Writes the rule table into package.json, so `dockerCoach.diagnostics.rules` lists every code with its
// title and default in settings completion, and into docs/rules.md, the list the README links to. The
// rule table stays the one source; unit tests check that both match it.
// Run after `npm run compile`: `node scripts/syncRuleSettings.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = createRequire(import.meta.url)(`${root}out/src/core/index.js`);
const manifestPath = `${root}package.json`;
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const properties = {};
for (const rule of [...core.allRuleDocs()].sort((a, b) => a.code.localeCompare(b.code))) {
  const fileKind = core.dockerfileRules.includes(rule) ? 'Dockerfile' : 'Compose';
  const dflt = rule.defaultOff ? 'off' : rule.severity;
  properties[rule.code] = {
    type: 'string',
    enum: ['off', 'hint', 'info', 'warning', 'error'],
    markdownDescription: `${fileKind}${rule.source === 'buildkit' ? ' (BuildKit check)' : ''}: ${rule.title}. Default: \`${dflt}\`.`,
  };
}
manifest.contributes.configuration.properties['dockerCoach.diagnostics.rules'].properties = properties;
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(`${root}docs/rules.md`, core.renderRuleList());
console.log(`package.json: ${Object.keys(properties).length} rules in dockerCoach.diagnostics.rules`);
