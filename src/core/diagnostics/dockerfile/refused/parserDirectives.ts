// SPDX-License-Identifier: MIT
// InvalidParserDirective: the `# name=value` lines at the very top of a Dockerfile are parser directives
// (`syntax`, `escape`, `check`). `escape` takes only a backslash or a backtick, and each directive may be
// given once; BuildKit stops reading the file otherwise.
// Sources: moby/buildkit frontend/dockerfile/parser/directives.go DirectiveParser.ParseLine ("only one %s
// parser directive can be used") and parser/parser.go setEscapeToken ("invalid escape token '%s' does not
// match ` or \").
import type { DockerfileRule } from '../../types';

/** directives.go directiveRegexp, applied after the `#` and the spaces after it. */
// BuildKit's directive pattern (`([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$`, linear in Go's RE2), read in
// two steps: as one JavaScript pattern, `(.+?)\s*$` read the blanks again from every character of a value with a
// long run of them inside. As in Go, `.` is any character but a line feed, and the blanks are spaces and tabs; a
// value of blanks only is its last blank, as the pattern gives.
const DIRECTIVE_NAME = /^([a-zA-Z][a-zA-Z0-9]*)[ \t]*=([^\n]*)$/;

function directiveOf(text: string): [string, string, string] | undefined {
  const m = DIRECTIVE_NAME.exec(text);
  if (!m) return undefined;
  let start = 0, end = m[2].length;
  while (start < end && (m[2][start] === ' ' || m[2][start] === '\t')) start++;
  while (end > start && (m[2][end - 1] === ' ' || m[2][end - 1] === '\t')) end--;
  const value = m[2].slice(start, end) || m[2].slice(-1);
  return value ? [m[0], m[1], value] : undefined;
}
const KNOWN = new Set(['syntax', 'escape', 'check']);

export const invalidParserDirective: DockerfileRule = {
  code: 'InvalidParserDirective',
  source: 'coach',
  severity: 'error',
  title: 'Parser directive Docker refuses',
  why: 'The `# escape=` line at the top of a Dockerfile picks the character that escapes and continues lines: only `\\` (the default) or a backtick, which suits Windows paths. And `syntax`, `escape` and `check` may each be given once. Anything else stops the build before the first step.',
  fix: 'Write `# escape=\\` or `` # escape=` ``, and keep one line per directive.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#parser-directives',
  reference: 'buildkit-dockerfile-docs/reference.md#parser-directives',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/parser/parser.go',
  check({ model }, report) {
    const seen = new Set<string>();
    const lines = model.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      // parser.go strips the byte-order mark from the first line, the line end, and the spaces before `#`.
      const line = lines[i].replace(/\r$/, '');
      const bom = i === 0 && line.startsWith('\uFEFF') ? 1 : 0;
      const content = line.slice(bom).trimStart();
      if (!content.startsWith('#')) return;
      const match = directiveOf(content.slice(1).trimStart());
      const name = match?.[1].toLowerCase();
      // The first comment that is no known directive ends the directives (directives.go sets done).
      if (!match || !name || !KNOWN.has(name)) return;
      const range = { start: { line: i, character: line.length - content.length }, end: { line: i, character: line.length } };
      if (seen.has(name)) {
        report({ range, message: `\`${name}\` is given a second time; Docker stops with "only one ${name} parser directive can be used". Keep one line.` });
        return;
      }
      seen.add(name);
      if (name === 'escape' && match[2] !== '`' && match[2] !== '\\') {
        report({ range, message: `\`${match[2]}\` cannot be the escape character; Docker stops with "invalid escape token '${match[2]}' does not match \` or \\". Use \`\\\` (the default) or a backtick.` });
        return;
      }
    }
  },
};
