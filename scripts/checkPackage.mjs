// SPDX-License-Identifier: MIT
// `npm run test:package`: packages the .vsix and checks what ships: under 1 MB, the bundled extension file
// and the Explain view's script, and no sources, tests, build output or node_modules.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const vsix = 'docker-coach.vsix';
execFileSync('npm', ['run', '--silent', 'package'], { stdio: ['ignore', 'ignore', 'inherit'] });
const size = statSync(vsix).size;
// `vsce ls` lists exactly what `vsce package` puts under extension/ (no unzip needed on the machine).
const files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' })
  .split('\n').map(f => f.trim()).filter(Boolean).map(f => `extension/${f}`);
const problems = [];
if (size >= 1024 * 1024) problems.push(`${vsix} is ${size} bytes, over 1 MB`);
const forbidden = files.filter(f => /^extension\/(src|test|out|node_modules|scripts|samples|bench|server|\.vscode-test)\//.test(f));
if (forbidden.length) problems.push(`it holds files that must not ship: ${forbidden.slice(0, 5).join(', ')}`);
// The extension's bundle, and the Explain view's own script, which only its webview loads (issue 17).
const expectedScripts = ['extension/dist/cliTables.js', 'extension/dist/coachWorker.js', 'extension/dist/composeValidator.js', 'extension/dist/core.js', 'extension/dist/extension.js', 'extension/dist/programWorker.js', 'extension/media/explain/explain.js', 'extension/media/security/security.js'];
const scripts = files.filter(f => f.endsWith('.js')).sort();
if (scripts.join() !== expectedScripts.join()) problems.push(`expected the bundled scripts ${expectedScripts.join(', ')}, found: ${scripts.join(', ')}`);
for (const needed of ['extension/media/explain/explain.css', 'extension/media/security/security.css', 'extension/package.json', 'extension/README.md', 'extension/CHANGELOG.md', 'extension/LICENSE', 'extension/media/icon.png']) {
  if (!files.includes(needed)) problems.push(`missing ${needed}`);
}
if (problems.length) {
  console.error(`package check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`package check: ${vsix} is ${(size / 1024).toFixed(0)} KB with ${files.length} files, the activation bundle, the core, its compose validator and CLI tables (loaded on first need), the worker thread's script for large files and the views' scripts, no sources or tests`);
