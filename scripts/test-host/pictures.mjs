// SPDX-License-Identifier: MIT
// `npm run pictures`: the one command that rewrites the tracked pictures (docs/images/ for the README,
// media/walkthrough/ that ships in the .vsix). It runs the UI suite with DOCKER_COACH_PICTURES=tracked, so
// wb.screenshot and wb.screenshotElement write where each test names instead of .vscode-test/runs/ui/pictures,
// then lists what changed. A person looks at each changed picture before committing it: tests never do.
// UI_TESTS=walkthrough npm run pictures remakes only those files' pictures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

const tracked = ['docs/images', 'media/walkthrough'];
const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'test-host', 'run-ui.mjs')], {
  cwd: repoRoot, stdio: 'inherit', env: { ...process.env, DOCKER_COACH_PICTURES: 'tracked' },
});
const status = spawnSync('git', ['status', '--short', '--', ...tracked], { cwd: repoRoot, encoding: 'utf8' });
const changed = status.stdout.trim();
console.log(`\n[pictures] ${changed ? `changed pictures (look at each one, then commit it or git checkout it):\n${changed}` : 'no picture changed'}`);
if (run.status !== 0) console.log('[pictures] the UI run failed: its pictures may show the failure, so do not commit them unreviewed');
process.exit(run.status ?? 1);
