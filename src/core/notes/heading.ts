// SPDX-License-Identifier: MIT
// A markdown ATX heading (`## Title ##`), read the one way both the notes index and "Add to my notes" need it.
// Read in steps rather than with one pattern: `(.*?)` before optional closing hashes and blanks read the
// blanks again from every character, and a heading with a long run of blanks inside took minutes.

/** The level and text of a heading line (`## Title ##` gives 2 and `Title`), or undefined for any other line. */
export function atxHeading(line: string): { level: number; text: string } | undefined {
  const open = /^ {0,3}(#{1,6})(?=[ \t]|$)/.exec(line);
  if (!open) return undefined;
  let text = trimBlanks(line.slice(open[0].length));
  // A closing run of hashes counts only after a blank (`# C#` is about C#), or when it is all there is.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') text = trimBlanks(text.slice(0, end));
  return { level: open[1].length, text };
}

function trimBlanks(s: string): string {
  let start = 0, end = s.length;
  while (start < end && (s[start] === ' ' || s[start] === '\t')) start++;
  while (end > start && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  return s.slice(start, end);
}
