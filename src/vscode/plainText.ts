// SPDX-License-Identifier: MIT
// VS Code's notification messages and input box titles show no markdown, so code spans become quotes there.

/** `text` with each inline code span written as quoted text, so no raw backticks show. */
export function plainText(text: string): string {
  return text.replace(/(`+) ?([^]*?) ?\1(?!`)/g, '"$2"');
}
