// SPDX-License-Identifier: MIT
// The one way in to the CLI tables (cli/cliTables.ts). They are large, so they load on the first hover,
// completion or terminal explanation that needs them, never at activation: the bundle keeps them in a
// file of their own (dist/cliTables.js, see esbuild.mjs), which this `require` reaches.
import type { CliTables } from './cli/cliTables';
import { dockerCommands } from './dockerCliCommands';
import { composeCommands, composeGlobalFlags } from './dockerCliCompose';

type CliModule = typeof import('./cli/cliTables');

let code: CliModule | undefined;
let tables: CliTables | undefined;

/**
 * The tables' code, compiled but not yet built into tables: about two thirds of the first load. An editor
 * that loads them ahead of need can take the two halves in turns of their own (see cliTablesSteps).
 */
export function cliTablesCode(): CliModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first need, see above
  code ??= require('./cli/cliTables') as CliModule;
  return code;
}

/**
 * What loading the tables still takes, in steps: their code, then the tables built from it (34–43 ms
 * together on a slow machine). An editor runs each step in a turn of its own before its first call that
 * needs the tables, so neither holds its thread for long; none once they are loaded.
 */
export function cliTablesSteps(): readonly (() => void)[] {
  if (tables) return [];
  return [() => { cliTablesCode(); }, () => { cliTables(); }];
}

/** The docker and docker compose commands and flags, loaded on first call. */
export function cliTables(): CliTables {
  tables ??= cliTablesCode().buildCliTables({ dockerCommands, composeCommands, composeGlobalFlags });
  return tables;
}
