// SPDX-License-Identifier: MIT
// The server's version, reported in `initialize` and by `--version`. Kept equal to server/package.json's
// by a unit test, so the bundle needs no file beside it.
export const serverVersion = '0.1.0';
