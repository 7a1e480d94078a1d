// SPDX-License-Identifier: MIT
// The one way in to the CLI tables (cli/cliTables.ts). They are large, so they load on the first hover,
// completion or terminal explanation that needs them, never at activation: the bundle keeps them in a
// file of their own (dist/cliTables.js, see esbuild.mjs), which this `require` reaches.
import type { CliTables } from './cli/cliTables';

let tables: CliTables | undefined;

/** The docker and docker compose commands and flags, loaded on first call. */
export function cliTables(): CliTables {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first need, see above
  tables ??= (require('./cli/cliTables') as typeof import('./cli/cliTables')).buildCliTables();
  return tables;
}
