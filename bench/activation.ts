// SPDX-License-Identifier: MIT
// What activation costs (issue 29): VS Code activates Docker Coach in every window, so what it loads then is
// budgeted at 450 KB. This prints the bundle sizes, and the medians of fresh Node processes that require
// dist/extension.js and call activate() (bench/activationChild.ts), then require the core as the first hover
// does. Run `npm run bundle` first: it reads the production bundles.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const dist = path.resolve(__dirname, '..', '..', 'dist');
const runs = 9;

interface ChildFigures { requireMs: number; activateMs: number; coreRequireMs: number; firstHoverMs: number; profileExtensionMs: number; profileCoreMs: number }

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (file: string): string => (fs.existsSync(path.join(dist, file)) ? `${(fs.statSync(path.join(dist, file)).size / 1024).toFixed(0)} KB` : 'missing');

export function benchActivation(): void {
  console.log('\n## Activation (issue 29): what every window loads, and what the first Docker file adds');
  if (!fs.existsSync(path.join(dist, 'extension.js')) || !fs.existsSync(path.join(dist, 'core.js'))) {
    console.log(`(no bundles in ${dist}: run \`npm run bundle\` first; this section is left out)`);
    return;
  }
  console.log(`bundles: dist/extension.js ${kb('extension.js')} (loaded at activation; budget 450 KB), dist/core.js ${kb('core.js')} (first hover, check, lens or command), dist/composeValidator.js ${kb('composeValidator.js')} (first compose check), dist/cliTables.js ${kb('cliTables.js')} (first shell script, Makefile, markdown fence or terminal explanation)`);
  const child = path.join(__dirname, 'activationChild.js');
  const figures: ChildFigures[] = [];
  for (let i = 0; i < runs; i++) figures.push(JSON.parse(execFileSync(process.execPath, [child], { encoding: 'utf8' }).trim().split('\n').pop() ?? '{}') as ChildFigures);
  const m = (key: keyof ChildFigures) => median(figures.map((f) => f[key])).toFixed(1);
  console.log('| median of %d fresh processes | ms |', runs);
  console.log('| --- | ---: |');
  console.log(`| require dist/extension.js | ${m('requireMs')} |`);
  console.log(`| activate() | ${m('activateMs')} |`);
  console.log(`| CPU profile: main-thread time in dist/extension.js (require + activate) | ${m('profileExtensionMs')} |`);
  console.log(`| later, on the first Docker file: require dist/core.js | ${m('coreRequireMs')} |`);
  console.log(`| then the first Dockerfile hover | ${m('firstHoverMs')} |`);
  console.log(`| CPU profile: main-thread time in dist/core.js | ${m('profileCoreMs')} |`);
}
