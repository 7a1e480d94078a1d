// SPDX-License-Identifier: MIT
// VS Code's notification messages and input box titles show no markdown, so code spans become quotes there
// (the core's plainText, also used by the language server for the Problems panel).
export { plainText } from '../core/index';
