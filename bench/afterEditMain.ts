// SPDX-License-Identifier: MIT
// `node out/bench/afterEditMain.js`: issue 14's hover table alone, without the rest of `npm run bench`;
// give `dockerfile` or `compose` to run one half, `checks` for problems and completions,
// `worst` for the slowest single call on inputs up to 2 MB, `chain` (then optionally `dockerfile` or
// `compose`) for the hovers during a chain of one-character edits.
import { benchAfterEdit } from './afterEdit';
import { benchAfterEditChecks } from './afterEditChecks';
import { benchChain } from './chain';
import { benchWorst } from './worst';

const only = process.argv[2];
const half = (s: string | undefined) => (s === 'dockerfile' || s === 'compose' ? s : undefined);
(only === 'chain' ? benchChain(half(process.argv[3])) : only === 'worst' ? Promise.resolve(benchWorst()) : only === 'checks' ? benchAfterEditChecks() : benchAfterEdit(half(only))).catch(err => { console.error(err); process.exit(1); });
