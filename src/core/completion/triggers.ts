// SPDX-License-Identifier: MIT
// The characters after which an editor should ask for completions again, per kind of document. A table of
// its own because VS Code needs it at activation, when registering providers, and the rest of the core is
// not loaded then (issue 29): the adapter imports this module alone.
import type { DocumentKind } from '../documentKind';

export const completionTriggers: Readonly<Record<DocumentKind, readonly string[]>> = {
  dockerfile: ['-', '=', ',', '$', '{', ' ', '#', '/'],
  compose: [':', ' ', '-', '[', '{', ',', '/'],
  shell: [' ', '-'],
  markdown: [' ', '-'],
};
