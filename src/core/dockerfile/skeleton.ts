// SPDX-License-Identifier: MIT
// The first hover after an edit, or on a large file just opened, without parsing the whole Dockerfile.
//
// A skeleton is a cheap index of a Dockerfile's instructions: each one's first and last line, and what
// hovers on other lines may read of it. After an edit inside one instruction, only that instruction is
// parsed again, to learn its new extent; the rest of the index shifts. A hover then parses the lines it
// can read (the directives, every FROM and every instruction naming a stage, the settings of the hovered
// stage and of the stages it builds on) and the hovered instruction, with every other line left blank so
// line numbers stay those of the file. Other stages, and the RUN, COPY and LABEL bodies that make most
// of a Dockerfile's text, are never parsed for a hover. A large text no parse has seen yet gets its
// skeleton from a scan of its lines, when they are plain enough to vouch for (scanSkeleton).
// Whatever the index cannot vouch for (an `escape` directive, an edit across instructions or in the
// directives, an instruction whose extent the edit changed) falls back to the whole-file parse.
import { LARGE_TEXT_CHARS } from '../largeFile';
import { commonPrefix, commonSuffix, lineAtOffset, lineStarts, ParseCache, type Position } from '../text';
import { buildDockerfileModel, cachedDockerfileModel, dockerfileModel, newestDockerfileText, type DockerfileModel } from './model';
import { parseDockerfile } from './parse';
import type { HeredocBody } from './heredocHover';

/**
 * One instruction's lines `[start, end]` (inclusive) and what hovers elsewhere may read of it: a FROM
 * (stage names and numbers), a RUN/COPY/ADD that names a stage (`--from=`, `from=`), a setting the
 * stage's hovers read (ARG, ENV, SHELL, CMD...), or a body no other line's hover reads (RUN, COPY, LABEL).
 */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: 'from' | 'ref' | 'setting' | 'body';
  /** For a one-line FROM: its image and `AS` name, lower-cased, to follow a stage to the stage it builds on. */
  readonly image?: string;
  readonly name?: string;
}

interface Skeleton {
  readonly lines: readonly string[];
  /** Offset of each line's start, to map an edit's offsets to lines. */
  readonly starts: readonly number[];
  readonly spans: readonly Span[];
}

function spanOf(lines: readonly string[], start: number, end: number, keyword: string): Span {
  if (keyword === 'FROM') {
    if (start !== end) return { start, end, kind: 'from' }; // a FROM over several lines: its stage links are not guessed
    const words = lines[start].trim().split(/\s+/).slice(1).filter(w => !w.startsWith('--'));
    const name = words.length >= 3 && words[1].toUpperCase() === 'AS' ? words[2].toLowerCase() : undefined;
    return { start, end, kind: 'from', image: (words[0] ?? '').toLowerCase(), name };
  }
  if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') return { start, end, kind: namesStage(lines, start, end) ? 'ref' : 'body' };
  if (keyword === 'LABEL') return { start, end, kind: 'body' };
  // ARG, ENV, SHELL, WORKDIR, USER, ENTRYPOINT, CMD, HEALTHCHECK, EXPOSE, ONBUILD...: facts the stage's
  // hovers (and those of stages built on it) read; and any unknown or misspelt keyword.
  return { start, end, kind: 'setting' };
}

/**
 * True when the lines hold `from=` (any case), each escaped line end removed first: a continuation can
 * split even a word (`--f\` then `rom=build`). Line by line, carrying over only the start of `from` that
 * ends a joined line, so a RUN continued over most of a large file is neither copied nor cut into pieces.
 */
function namesStage(lines: readonly string[], start: number, end: number): boolean {
  let carried = '';
  for (let l = start; l <= end; l++) {
    const line = carried ? carried + lines[l] : lines[l];
    if (/from=/i.test(line)) return true;
    const cut = l < end ? joinAt(line) : -1;
    carried = cut < 0 ? '' : 'from'.slice(0, fromStartBefore(line, cut));
  }
  return false;
}

/** The length of the longest start of `from` (any case) that ends just before `at` in `line`. */
function fromStartBefore(line: string, at: number): number {
  for (let k = Math.min(4, at); k > 0; k--) {
    let i = 0;
    while (i < k && (line.charCodeAt(at - k + i) | 0x20) === 'from'.charCodeAt(i)) i++;
    if (i === k) return k;
  }
  return 0;
}

/** Where the `\` that joins the line to the next one stands (only blanks after it), or -1. */
function joinAt(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  return i >= 0 && line.charCodeAt(i) === 92 ? i : -1;
}

function spanText(lines: readonly string[], start: number, end: number): string {
  return start === end ? lines[start] : lines.slice(start, end + 1).join('\n');
}

const fromModels = new WeakMap<DockerfileModel, { skeleton?: Skeleton }>();

/** The skeleton of a text from its whole-file parse (once per parse); undefined when an `escape` directive changes the rules. */
function skeletonOf(model: DockerfileModel): Skeleton | undefined {
  let known = fromModels.get(model);
  if (!known) fromModels.set(model, known = { skeleton: buildSkeleton(model) });
  return known.skeleton;
}

function buildSkeleton(model: DockerfileModel): Skeleton | undefined {
  if (model.ast.getEscapeCharacter() !== '\\' || model.text.includes('\r')) return undefined;
  const lines = model.text.split('\n');
  const spans: Span[] = [];
  for (const inst of model.instructions) {
    const r = inst.getRange();
    const start = r.start.line, end = Math.min(r.end.line, lines.length - 1);
    if (spans.length && start <= spans[spans.length - 1].end) return undefined; // overlapping extents: not ours to judge
    spans.push(spanOf(lines, start, end, inst.getKeyword()));
  }
  return { lines, starts: lineStarts(lines), spans };
}

/** Index of the span holding `line`, or -1. */
/** The span holding `line`, or -1 when the line is in no instruction. */
function spanIndexAt(spans: readonly Span[], line: number): number {
  const k = spanIndexAtOrBefore(spans, line);
  return k >= 0 && line <= spans[k].end ? k : -1;
}

/** The last span that starts on or before `line` (-1 when `line` comes before every instruction). */
function spanIndexAtOrBefore(spans: readonly Span[], line: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (line < spans[mid].start) hi = mid - 1;
    else lo = mid + 1;
  }
  return hi;
}

let instructionParses = 0;
let patches = 0;

/**
 * The skeleton of `text` from the skeleton of the text before an edit, when the edit stays inside one
 * instruction. That instruction, with the lines up to the next one's first line, is parsed alone: the
 * patch holds only if it is still one instruction ending where the edit moved its end, and the next one
 * still starts on the line after the same gap.
 */
function patchSkeleton(oldText: string, old: Skeleton, text: string): Skeleton | undefined {
  const prefix = commonPrefix(oldText, text);
  const suffix = commonSuffix(oldText, text, prefix);
  const first = lineAtOffset(old.starts, prefix);
  const lastOld = lineAtOffset(old.starts, oldText.length - suffix);
  // The instruction the edit starts in, or the one before the blank lines and comments it starts in (a comment
  // typed below the last instruction, say): the edit may run on into the gap after it, not into the next one.
  const k = spanIndexAtOrBefore(old.spans, first);
  const patched = patchFrom(oldText, old, text, { first, lastOld, suffix }, k);
  // Lines typed just above an instruction look like an edit at the start of its first line: the gap above it
  // (the instruction before, and what follows it) is where they went, if that one declines.
  if (patched || k <= 0 || prefix !== old.starts[old.spans[k].start]) return patched;
  return patchFrom(oldText, old, text, { first, lastOld, suffix }, k - 1);
}

/** The patch when the edit (lines `first` to `lastOld` of the old text) lies within span `k` and the gap after it. */
function patchFrom(oldText: string, old: Skeleton, text: string, edit: { first: number; lastOld: number; suffix: number }, k: number): Skeleton | undefined {
  const { first, lastOld, suffix } = edit;
  const span = old.spans[k];
  const next = old.spans[k + 1];
  // The next instruction's first line is kept whole: the edit may only end where it starts (lines typed above
  // it), and its line break before it must stay (a join of the two lines changes it).
  const touchesNext = next && (lastOld > next.start || (lastOld === next.start && (oldText.length - suffix > old.starts[next.start] || text[text.length - suffix - 1] !== '\n')));
  if (!span || touchesNext) return undefined;
  // An instruction that is most of a large file (a here-document that never closes, a RUN continued over
  // every line): parsing it alone, then the hover's part with it, would be two whole parses; one is cheaper.
  const spanChars = (span.end + 1 < old.starts.length ? old.starts[span.end + 1] : oldText.length) - old.starts[span.start];
  if (oldText.length >= LARGE_TEXT_CHARS && 2 * spanChars > oldText.length) return undefined;
  const cut = text.indexOf('\n', text.length - suffix);
  if (cut < 0 && lastOld !== old.lines.length - 1) return undefined;
  const changed = text.slice(old.starts[first], cut < 0 ? text.length : cut).split('\n');
  if (changed.some(l => l.includes('\r'))) return undefined;
  const lineShift = changed.length - (lastOld - first + 1);
  const lines = old.lines.slice(0, first).concat(changed, old.lines.slice(lastOld + 1));
  // The instruction and the gap after it, through the next instruction's first line: the parse of that window
  // says where the instruction now ends, and that the next one still starts where it did.
  const through = next ? next.start + lineShift : lines.length - 1;
  instructionParses++;
  const parsed = parseDockerfile(spanText(lines, span.start, through)).getInstructions();
  const expected = next ? 2 : 1;
  if (parsed.length !== expected) return undefined;
  const mine = parsed[0].getRange();
  if (mine.start.line !== 0) return undefined;
  if (next && parsed[1].getRange().start.line !== through - span.start) return undefined;
  const end = span.start + Math.min(mine.end.line, through - span.start);
  const charShift = text.length - oldText.length;
  const starts = old.starts.slice(0, first + 1);
  for (let i = 1; i < changed.length; i++) starts.push(starts[starts.length - 1] + changed[i - 1].length + 1);
  for (let i = lastOld + 1; i < old.starts.length; i++) starts.push(old.starts[i] + charShift);
  const spans = old.spans.slice();
  spans[k] = spanOf(lines, span.start, end, parsed[0].getKeyword());
  if (lineShift) for (let i = k + 1; i < spans.length; i++) spans[i] = { ...spans[i], start: spans[i].start + lineShift, end: spans[i].end + lineShift };
  patches++;
  return { lines, starts, spans };
}

/**
 * The skeleton of a text no parse has seen, from a scan of its lines, for a large text whose first hover
 * should not wait for a whole parse (issue 29). It reads instructions as dockerfile-ast does:
 * - a line whose first character other than a space or tab is not `#` starts an instruction;
 * - a line whose last such character is `\` goes on below, past blank lines and comments, to the next
 *   line with content (or the end of the file);
 * - a RUN, COPY or ADD (also after ONBUILD) with `<<NAME` arguments goes on through each here-document,
 *   to the line that is NAME alone (after tabs, for `<<-`), or to the end of the file.
 * Where the rules are finer than that, it gives undefined and the caller parses the file whole: an
 * `escape` directive other than `\`, `\r`, a byte-order mark, a keyword with a `\` in it, a line ending in
 * `\`, blanks and `\`, and quotes or `\` in an instruction with `<<`. A test compares the scan with the
 * parse over the corpus and mutations of it.
 */
export function scanSkeleton(text: string): Skeleton | undefined {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  for (const m of text.matchAll(/^[ \t]*#[ \t]*escape[ \t]*=[ \t]*(\S*)/gim)) if (m[1] !== '\\') return undefined;
  const lines = text.split('\n');
  const spans: Span[] = [];
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const at = firstNonBlank(line);
    if (at < 0 || line.charCodeAt(at) === 35 /* # */) continue;
    const keyword = wordAt(line, at);
    if (keyword.includes('\\')) return undefined;
    let end = continuedTo(lines, l);
    if (end === undefined) return undefined;
    if (mayOpenHereDocument(lines, l, end)) {
      const names = hereDocuments(keyword.toUpperCase(), spanText(lines, l, end), at + keyword.length);
      if (names === undefined) return undefined;
      for (const name of names.names) {
        if (end === lines.length - 1) break;
        end = closingLine(lines, end + 1, name, names.tabbed);
      }
    }
    spans.push(spanOf(lines, l, end, keyword.toUpperCase()));
    l = end;
  }
  return { lines, starts: lineStarts(lines), spans };
}

/**
 * True when lines `start` to `end` hold `<<`, or a `<` before a `\`, which can join it to another `<`: at
 * a line's end (`<\` then `<EOF` on the next line) or within it (`<\<EOF`, which dockerfile-ast reads as
 * `<<EOF`). hereDocuments then reads the joined lines, or declines the escaped marker. Line by line: a RUN
 * continued over most of a large file is not copied whole to look.
 */
function mayOpenHereDocument(lines: readonly string[], start: number, end: number): boolean {
  for (let l = start; l <= end; l++) if (lines[l].includes('<<') || lines[l].includes('<\\')) return true;
  return false;
}

/** The last line of the instruction that starts on line `l`, before any here-document; undefined where the scan cannot tell. */
function continuedTo(lines: readonly string[], l: number): number | undefined {
  let end = l;
  for (;;) {
    const goesOn = continues(lines[end]);
    if (goesOn === undefined) return undefined;
    if (!goesOn) return end;
    // Blank lines and comments inside a continuation are skipped; the next line with content goes on.
    let next = end + 1;
    while (next < lines.length && isBlankOrComment(lines[next])) next++;
    if (next === lines.length) return lines.length - 1;
    // A continued line that starts with `\` and more may not end the instruction even with no `\` at its
    // end: to dockerfile-ast, `\#` opens a comment and `\`, blanks and one character skip that character,
    // and neither ends the continuation. Not ours to judge. (`\` alone, with blanks, just goes on.)
    const at = firstNonBlank(lines[next]);
    if (lines[next].charCodeAt(at) === 92 && firstNonBlank(lines[next].slice(at + 1)) >= 0) return undefined;
    end = next;
  }
}

/**
 * True when no hover has anything to say at `position` in `text`, so none parses the file: on a line of a
 * here-document's body with no `$` (a body line explains only its variables), or in a RUN past its flags,
 * on a line with no `$` (quietRunCommand). A hover deep in a 1.9 MB here-document that never closes, in a
 * RUN continued over 200,000 lines or on one 1.9 MB line had parsed that instruction, so the file, whole
 * (0.3-1.5 s) to find nothing (issue 29). False whenever the skeleton cannot vouch for it, or the
 * whole-file parse is here already; then the hover reads the parse.
 */
export function quietAt(text: string, position: Position): boolean {
  if (cachedDockerfileModel(text)) return false;
  const skeleton = skeletonFor(text);
  if (!skeleton) return false;
  const { lines, spans } = skeleton;
  const { line } = position;
  // A line with `$` may hold a variable; one that starts with `#` (after any white space, as directiveHover.ts
  // reads it) has a hover of its own wherever it is: a directive, or a comment that only looks like one.
  if (line < 0 || line >= lines.length || lines[line].includes('$') || /^\s*#/.test(lines[line])) return false;
  const span = spans[spanIndexAt(spans, line)];
  if (!span) return false;
  const at = firstNonBlank(lines[span.start]);
  const keyword = wordAt(lines[span.start], at).toUpperCase();
  const facts = headFactsOf(skeleton, span.start, at + keyword.length);
  const head = facts.head;
  if (head === undefined) return false;
  if (line <= head) return keyword === 'RUN' && quietRunCommand(skeleton, span, facts, position);
  const heredocs = hereDocuments(keyword, spanText(lines, span.start, head), at + keyword.length);
  // One here-document only: with several, the hovers read dockerfile-ast's getHeredocs, whose rules for
  // `<<-` beside `<<` and for a body line ending in `\` are not the parser's.
  if (!heredocs || heredocs.names.length !== 1) return false;
  // As scanSkeleton reads it: the body runs from the line after the head to its closing line, which (like
  // the last line of a body that never closes) is not quiet. Read this way, the instruction must end where
  // the skeleton says: a patched skeleton's end came from a parse.
  const closing = closingLine(lines, head + 1, heredocs.names[0], heredocs.tabbed);
  return line < closing && closing === span.end;
}

/** What hovers on an instruction's lines read of its head (the lines before any here-document). */
interface HeadFacts {
  /** Its last line (continuedTo); undefined where the scan cannot tell. */
  readonly head: number | undefined;
  /** Where its first word after the keyword that is no flag starts; undefined for none, or a flag with quotes. */
  readonly command: { readonly line: number; readonly character: number } | undefined;
}

/**
 * Per skeleton, the facts of each instruction hovers have asked about. Hovers on the lines of a RUN
 * continued over most of a large file would walk it once each.
 */
const headFacts = new WeakMap<Skeleton, Map<number, HeadFacts>>();

function headFactsOf(skeleton: Skeleton, start: number, argsAt: number): HeadFacts {
  let known = headFacts.get(skeleton);
  if (!known) headFacts.set(skeleton, known = new Map());
  let facts = known.get(start);
  if (!facts) {
    const { lines } = skeleton;
    const head = continuedTo(lines, start);
    known.set(start, facts = { head, command: head === undefined ? undefined : commandStart(lines, start, head, argsAt) });
  }
  return facts;
}

/**
 * Where an instruction's leading flags end, as words.ts (leadingFlags) reads them: words that start with
 * `--`, between blanks and joined lines, up to the first that does not; that word's start. A quote in a
 * flag can carry it over blanks and lines: then undefined, as for an instruction of flags only.
 */
function commandStart(lines: readonly string[], start: number, head: number, argsAt: number): { line: number; character: number } | undefined {
  for (let l = start; l <= head; l++) {
    const text = lines[l];
    if (l > start && isBlankOrComment(text)) continue;
    // The `\` that joins the line to the next is no word, nor part of the last one.
    const cut = l < head ? joinAt(text) : -1;
    const end = cut < 0 ? text.length : cut;
    const word = /[^ \t]+/g;
    word.lastIndex = l === start ? argsAt : 0;
    for (let m = word.exec(text); m && m.index < end; m = word.exec(text)) {
      const w = text.slice(m.index, Math.min(end, m.index + m[0].length));
      if (!w.startsWith('--')) return { line: l, character: m.index };
      if (w.includes('"') || w.includes("'")) return undefined;
    }
  }
  return undefined;
}

/**
 * A place in a RUN past its flags, in an instruction that ends at its head (no here-document body
 * follows), on a line with no `$` or `<` (no variable, no here-document marker): nothing there has a
 * hover. Only the RUN keyword, its flags, its here-documents and its variables do.
 * - On the RUN's first line: from its first word that is no flag on.
 * - On a line after it: the whole line, once the flags have ended, when its words are its own (a blank
 *   before the `\` that joins it to the line before, or at its own start, and the same with the line
 *   after), so none is part of a flag or a variable begun on another line.
 */
function quietRunCommand(skeleton: Skeleton, span: Span, facts: HeadFacts, position: Position): boolean {
  const { lines } = skeleton;
  const { line } = position;
  const text = lines[line];
  const command = facts.command;
  if (facts.head !== span.end || text.includes('<') || command === undefined || line < command.line) return false;
  if (line === span.start) return position.character >= command.character;
  const at = firstNonBlank(text);
  if (at < 0) return true;
  // The line where the flags end is quiet only when they end before it: the command is its first word.
  if (line === command.line && command.character !== at) return false;
  let before = line - 1;
  while (before > span.start && isBlankOrComment(lines[before])) before--;
  if (!(at > 0 || blankBeforeJoin(lines[before]))) return false;
  if (line === span.end) return true;
  let after = line + 1;
  while (after < span.end && isBlankOrComment(lines[after])) after++;
  return blankBeforeJoin(text) || firstNonBlank(lines[after]) > 0;
}

/** True when the `\` that ends the line (after any blanks) has a blank right before it. */
function blankBeforeJoin(line: string): boolean {
  const i = joinAt(line);
  return i > 0 && (line.charCodeAt(i - 1) === 32 || line.charCodeAt(i - 1) === 9);
}

/** The column of the first character other than a space or tab, or -1 for a blank line. */
function firstNonBlank(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return i;
  }
  return -1;
}

/** The run of characters from `at` up to a space, a tab or the end of the line. */
function wordAt(line: string, at: number): string {
  let end = at;
  while (end < line.length && line.charCodeAt(end) !== 32 && line.charCodeAt(end) !== 9) end++;
  return line.slice(at, end);
}

function isBlankOrComment(line: string): boolean {
  const at = firstNonBlank(line);
  return at < 0 || line.charCodeAt(at) === 35;
}

/**
 * True when the line's last character other than a space or tab is `\`: the instruction goes on below.
 * Undefined for `\`, blanks, then `\` at the end, where dockerfile-ast reads the second `\` as escaped.
 */
function continues(line: string): boolean | undefined {
  const i = joinAt(line);
  if (i < 0) return false;
  let j = i - 1;
  while (j >= 0 && (line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9)) j--;
  return j >= 0 && j < i - 1 && line.charCodeAt(j) === 92 ? undefined : true;
}

/**
 * The here-documents an instruction opens, in order, as dockerfile-ast reads its arguments: each argument
 * that starts with `<<` (and is longer), its name unquoted; `tabbed` when any starts with `<<-`. Undefined
 * when quotes or `\` could make the arguments other than the words between blanks.
 */
function hereDocuments(keyword: string, instruction: string, argsAt: number): { names: string[]; tabbed: boolean } | undefined {
  // The arguments as the parser joins them: comments and blank lines inside the continuation dropped, each
  // escaped line end removed.
  let args = instruction.slice(argsAt).split('\n').filter((line, i) => i === 0 || !isBlankOrComment(line)).join('\n').replace(/\\[ \t]*\n/g, '');
  if (args.includes('\n')) return undefined;
  if (keyword === 'ONBUILD') {
    const trigger = /^[ \t]*([^ \t]*)/.exec(args)![1];
    if (trigger.includes('\\')) return undefined;
    keyword = trigger.toUpperCase();
    args = args.slice(args.indexOf(trigger) + trigger.length);
  }
  if (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD') return { names: [], tabbed: false };
  const words = args.split(/[ \t]+/).filter(w => w !== '');
  const names: string[] = [];
  let tabbed = false;
  // With quotes, a `\` or a JSON array, arguments are not simply the words between blanks.
  if (words.some(w => !w.startsWith('<<') && /["'\\[]/.test(w))) return undefined;
  // Here-documents are read from the arguments past the flags, counted as dockerfile-ast's getFlags and
  // getArguments count them: of the leading words that hold `--` anywhere, as many words as start with `--`
  // are dropped from the front (so in `<<EOF-- --x`, `<<EOF--` is dropped and opens nothing).
  let flags = 0;
  for (let w = 0; w < words.length && words[w].includes('--'); w++) if (words[w].startsWith('--')) flags++;
  for (const word of words.slice(flags)) {
    if (!word.startsWith('<<') || word.length <= 2) continue;
    const name = hereDocumentName(word);
    // No name (`<<-<file`, an unbalanced quote, `<<""`) or one with quotes or `\` left in it: not ours to judge.
    if (!name || /["'\\]/.test(name)) return undefined;
    if (word.startsWith('<<-')) tabbed = true;
    names.push(name);
  }
  return { names, tabbed };
}

/**
 * The name of the here-document `word` opens, read as dockerfile-ast reads it (Util.parseHeredocName): a
 * `-` dropped, then one pair of double quotes, then one pair of single quotes; undefined where the parser
 * sees no here-document (an unbalanced quote, a name that starts with `<`).
 */
function hereDocumentName(word: string): string | undefined {
  let name = word.slice(2);
  if (name.startsWith('-')) name = name.slice(1);
  for (const quote of ['"', "'"]) {
    if (!name.startsWith(quote)) continue;
    if (name.length < 2 || !name.endsWith(quote)) return undefined;
    name = name.slice(1, -1);
  }
  return name.startsWith('<') ? undefined : name;
}

/** The line that closes here-document `name` from line `from`: NAME alone (after tabs, when tabbed); the last line if none does. */
function closingLine(lines: readonly string[], from: number, name: string, tabbed: boolean): number {
  for (let l = from; l < lines.length; l++) if (closes(lines[l], name, tabbed)) return l;
  return lines.length - 1;
}

function endsInBackslash(line: string): boolean {
  let at = line.length - 1;
  while (at >= 0 && (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9)) at--;
  return at >= 0 && line.charCodeAt(at) === 92;
}

function closes(line: string, name: string, tabbed: boolean): boolean {
  let at = 0;
  if (tabbed) while (at < line.length && line.charCodeAt(at) === 9) at++;
  return line.length - at === name.length && line.startsWith(name, at);
}

const skeletons = new ParseCache<{ skeleton?: Skeleton }>(() => ({}), 2);
let last: { text: string; skeleton: Skeleton } | undefined;

/** The skeleton of `text`, patched from the last one or from the newest whole-file parse, or scanned; undefined if none fits. */
function skeletonFor(text: string): Skeleton | undefined {
  const known = skeletons.peek(text);
  if (known) return known.skeleton;
  let skeleton = last && patchSkeleton(last.text, last.skeleton, text);
  if (!skeleton) {
    const base = newestDockerfileText();
    const model = base !== undefined && base !== text ? cachedDockerfileModel(base) : undefined;
    const from = model && skeletonOf(model);
    skeleton = from && patchSkeleton(base!, from, text);
  }
  // A large text nothing has parsed (a file just opened, a first call on the core): its lines tell its
  // instructions apart, if it is plain enough; a small one is parsed whole in about the same time.
  if (!skeleton && text.length >= LARGE_TEXT_CHARS) skeleton = scanSkeleton(text);
  skeletons.set(text, { skeleton });
  if (skeleton) last = { text, skeleton };
  return skeleton;
}

/**
 * Each instruction's first and last line of `text`, without parsing the whole file: from the skeleton
 * patched after an edit (see above), or undefined when none fits (then the caller parses the file).
 */
export function instructionSpans(text: string): { lines: readonly string[]; spans: readonly { start: number; end: number; kind: Span['kind'] }[] } | undefined {
  if (cachedDockerfileModel(text)) return undefined; // the whole-file model is here already: use it
  const skeleton = skeletonFor(text);
  return skeleton && { lines: skeleton.lines, spans: skeleton.spans };
}

// Keyed by the partial text itself: two hovers in one instruction, or in two dropped ones, share a parse.
const partials = new ParseCache(buildDockerfileModel, 8);

/** Per span, the stage it belongs to (-1 before the first FROM), and per stage the stage it builds on (or -1). */
interface Stages { readonly ofSpan: Int32Array; readonly parent: Int32Array; readonly guessed: boolean }

const stageTables = new WeakMap<Skeleton, Stages>();

function stagesOfSkeleton(skeleton: Skeleton): Stages {
  let table = stageTables.get(skeleton);
  if (table) return table;
  const ofSpan = new Int32Array(skeleton.spans.length);
  const froms: Span[] = [];
  skeleton.spans.forEach((s, i) => { if (s.kind === 'from') froms.push(s); ofSpan[i] = froms.length - 1; });
  // As parentStage does: in order, each FROM looked up among the names seen so far (a name used twice means its
  // latest stage). Images are lower-cased here, where parentStage compares them as written: a link too many
  // only keeps a few lines more.
  const named = new Map<string, number>();
  const parent = new Int32Array(froms.length).fill(-1);
  let guessed = false;
  froms.forEach((f, i) => {
    if (f.image === undefined) guessed = true;
    const p = f.image === undefined ? undefined : named.get(f.image);
    if (p !== undefined) parent[i] = p;
    if (f.name) named.set(f.name, i);
  });
  stageTables.set(skeleton, table = { ofSpan, parent, guessed });
  return table;
}

/**
 * The lines a hover on `line` can read, every other line blank: the directives, every FROM (and, for a
 * FROM's hover, every instruction that names a stage), the settings of the hovered stage and of the stages
 * it builds on, and the hovered instruction (or line) itself.
 */
function partialText(skeleton: Skeleton, line: number): string {
  return partialLines(skeleton, line).join('\n');
}

function partialLines(skeleton: Skeleton, line: number): string[] {
  const { lines, spans } = skeleton;
  const out = new Array<string>(lines.length).fill('');
  // Parser directives and comments above the first instruction are read by directive hovers.
  const head = spans.length ? spans[0].start : lines.length;
  for (let l = 0; l < head; l++) out[l] = lines[l];
  const hovered = spanIndexAt(spans, line);
  const stages = stagesOfSkeleton(skeleton);
  let before = hovered;
  if (before < 0) for (let lo = 0, hi = spans.length - 1; lo <= hi;) { const mid = (lo + hi) >> 1; if (spans[mid].start <= line) { before = mid; lo = mid + 1; } else hi = mid - 1; }
  const readable = new Set<number>([-1]);
  for (let s = before >= 0 ? stages.ofSpan[before] : -1; s >= 0 && !readable.has(s); s = stages.parent[s]) readable.add(s);
  // The lines that name a stage (COPY --from, RUN --mount from=) are read by a FROM's hover, which lists who
  // uses its stage; another instruction's hover reads only the FROM lines. In a file of 1,000 stages that copy
  // from each other, that is 1,000 instructions fewer to parse for every other hover.
  const refsRead = hovered < 0 || spans[hovered].kind === 'from';
  spans.forEach((s, i) => {
    const keep = i === hovered || s.kind === 'from' || (s.kind === 'ref' && refsRead) || (s.kind === 'setting' && (stages.guessed || readable.has(stages.ofSpan[i])));
    if (keep) for (let l = s.start; l <= s.end; l++) out[l] = lines[l];
  });
  if (hovered < 0 && line >= 0 && line < lines.length) out[line] = lines[line];
  return out;
}

/**
 * For a hover on the head of a RUN, COPY or ADD whose one here-document is most of a large text (one that
 * never closes, say): the model of the skeleton with that instruction's head alone, its here-document closed
 * on the next line, and the real body read off the lines, as dockerfile-ast reads it (as quietAt reads it).
 * Hovers on the head (the marker, the keyword, a flag, a word after the marker) then parse a few lines
 * instead of the whole file (1.4 s at 1.9 MB); none of them reads the body but the marker's, which gets it
 * off the lines. Undefined wherever the skeleton cannot vouch for it, or the whole-file parse is here already.
 */
export function hugeHereDocumentAt(text: string, pos: Position): { model: DockerfileModel; body: HeredocBody } | undefined {
  // No skeleton is made of a text with `\r` (see scanSkeleton, patchSkeleton, skeletonOf), so none is read here.
  if (text.length < LARGE_TEXT_CHARS || cachedDockerfileModel(text)) return undefined;
  const skeleton = skeletonFor(text);
  if (!skeleton) return undefined;
  const { lines, spans, starts } = skeleton;
  const span = spans[spanIndexAt(spans, pos.line)];
  if (!span) return undefined;
  const spanChars = (span.end + 1 < starts.length ? starts[span.end + 1] : text.length) - starts[span.start];
  if (2 * spanChars <= text.length) return undefined;
  const at = firstNonBlank(lines[span.start]);
  const keyword = wordAt(lines[span.start], at).toUpperCase();
  if (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD') return undefined;
  const { head } = headFactsOf(skeleton, span.start, at + keyword.length);
  // A `$` on the hovered line may be a variable, whose hover comes before the marker's.
  if (head === undefined || pos.line > head || lines[pos.line].includes('$')) return undefined;
  const heredocs = hereDocuments(keyword, spanText(lines, span.start, head), at + keyword.length);
  if (!heredocs || heredocs.names.length !== 1) return undefined;
  const name = heredocs.names[0];
  const closing = closingLine(lines, head + 1, name, heredocs.tabbed);
  if (closing !== span.end || closing <= head + 1) return undefined;
  // dockerfile-ast reads a body line that ends in `\` (blanks after it or not) as joined to the next one when it
  // places the body and its closing line, which this reading does not copy.
  for (let l = head + 1; l <= closing; l++) if (endsInBackslash(lines[l])) return undefined;
  const closed = closes(lines[closing], name, heredocs.tabbed);
  const last = closed ? closing - 1 : closing;
  const out = partialLines(skeleton, pos.line);
  for (let l = head + 2; l <= span.end; l++) out[l] = '';
  out[head + 1] = name;
  return {
    model: partials.get(out.join('\n')),
    body: {
      lines: { start: head + 1, end: last },
      delimiter: closed ? closing : undefined,
      firstLine: lines[head + 1],
      text: () => text.slice(starts[head + 1], starts[last] + lines[last].length),
    },
  };
}

/**
 * The model a hover at `pos` should use: the whole-file parse when this text has one already (or when
 * no skeleton fits), otherwise a parse of the skeleton and the hovered instruction.
 */
export function dockerfileModelAt(text: string, pos: Position): DockerfileModel {
  if (cachedDockerfileModel(text)) return dockerfileModel(text); // through the front door: it is now the newest
  const skeleton = skeletonFor(text);
  if (!skeleton) return dockerfileModel(text);
  const partial = partialText(skeleton, pos.line);
  // A part that is most of a large text (a here-document that never closes, a RUN continued over every
  // line) costs a whole parse anyway: make it the whole one, which the problems pass and later hovers reuse.
  if (text.length >= LARGE_TEXT_CHARS && 2 * partial.length > text.length) return dockerfileModel(text);
  if (!partials.peek(partial)) {
    // Hovers wandering over an unchanged file soon read the whole-file model instead (which the problems
    // pass usually has built already): past two partial parses for one version, the whole one is cheaper.
    const parsed = partsParsed.get(skeleton) ?? 0;
    if (parsed >= PARTS_PER_VERSION) return dockerfileModel(text);
    partsParsed.set(skeleton, parsed + 1);
  }
  return partials.get(partial);
}

const PARTS_PER_VERSION = 2;
const partsParsed = new WeakMap<Skeleton, number>();

/** Counters for tests: instructions parsed alone to patch a skeleton, patches made, and skeleton parses for hovers. */
export function skeletonCounts(): { instructionParses: number; patches: number; partialParses: number } {
  return { instructionParses, patches, partialParses: partials.parses };
}

/** The skeleton the whole-file parse of `text` gives: the test of scanSkeleton compares the two. */
export function skeletonOfParse(text: string): { lines: readonly string[]; starts: readonly number[]; spans: readonly Span[] } | undefined {
  return skeletonOf(dockerfileModel(text));
}

/** Forgets every skeleton and partial parse; tests compare incremental answers with fresh ones. */
export function forgetSkeletons(): void {
  skeletons.clear();
  partials.clear();
  last = undefined;
}
