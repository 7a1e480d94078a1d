// SPDX-License-Identifier: MIT
// `node out/bench/afterEditMain.js`: issue 14's hover table alone, without the rest of `npm run bench`;
// give `dockerfile` or `compose` to run one half.
import { benchAfterEdit } from './afterEdit';

const only = process.argv[2];
benchAfterEdit(only === 'dockerfile' || only === 'compose' ? only : undefined).catch(err => { console.error(err); process.exit(1); });
