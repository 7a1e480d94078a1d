// SPDX-License-Identifier: MIT
// `node out/bench/afterEditMain.js`: issue 14's hover table alone, without the rest of `npm run bench`;
// give `dockerfile` or `compose` to run one half, `checks` for problems and completions,
// `worst` for the slowest single call on inputs up to 2 MB.
import { benchAfterEdit } from './afterEdit';
import { benchAfterEditChecks } from './afterEditChecks';
import { benchWorst } from './worst';

const only = process.argv[2];
(only === 'worst' ? Promise.resolve(benchWorst()) : only === 'checks' ? benchAfterEditChecks() : benchAfterEdit(only === 'dockerfile' || only === 'compose' ? only : undefined)).catch(err => { console.error(err); process.exit(1); });
