// SPDX-License-Identifier: MIT
// One shape for every hover (see DESIGN "What a hover says"); knowledge modules fill it, this renders it.

/** A quote from the learner's own notes, with where it stands. */
export interface NoteQuote {
  text: string; path: string; line: number; heading?: string;
  /** Set when the quoted line has a mistake the coach corrects elsewhere (see notes/noteCautions.ts). */
  caution?: string;
}

/** The parts of a hover, in the order they are shown. Only `title` and `what` are required. */
export interface HoverContent {
  /** The thing being explained, shown as code: `RUN`, `--mount`, `services.web.ports`. */
  title: string;
  /** A few short tags after the title: `build time`, `adds a layer`. */
  tags?: readonly string[];
  /** One or two plain sentences about what it does in general. */
  what: string;
  /** What this particular line does, one bullet each. */
  inThisLine?: readonly string[];
  /** The common mistakes, one bullet each. */
  watchOut?: readonly string[];
  /** A docs.docker.com page (or the Compose spec) for the full story. */
  docsUrl?: string;
  /** Matching bits of the learner's notes. */
  notes?: readonly NoteQuote[];
}

/** Renders hover content as Markdown. Pure and deterministic, so tests can compare strings. */
export function renderHover(c: HoverContent): string {
  const out: string[] = [];
  const tags = c.tags && c.tags.length ? ' · ' + c.tags.join(' · ') : '';
  out.push(`${code(c.title)}${tags}`);
  out.push(c.what);
  if (c.inThisLine && c.inThisLine.length) {
    out.push('**In this line**\n\n' + c.inThisLine.map(b => `- ${b}`).join('\n'));
  }
  // Right after "In this line", so the learner's own words show without scrolling; two at most.
  if (c.notes && c.notes.length) {
    out.push('**From your notes**\n\n' + c.notes.slice(0, 2).map(renderNote).join('\n\n'));
  }
  if (c.watchOut && c.watchOut.length) {
    out.push('**Watch out**\n\n' + c.watchOut.map(b => `- ${b}`).join('\n'));
  }
  if (c.docsUrl) out.push(`[Reference](${c.docsUrl})`);
  return out.join('\n\n');
}

export function renderNote(n: NoteQuote): string {
  const where = `${basename(n.path)}:${n.line + 1}`;
  const link = `file://${encodeURI(n.path.replace(/\\/g, '/'))}#L${n.line + 1}`;
  const quote = `> ${n.text.replace(/\s+/g, ' ').trim()} — [${where}](${link})`;
  return n.caution ? `${quote}\n>\n> **Careful:** ${n.caution}` : quote;
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

/** Wraps text as inline code, choosing a fence that the text itself does not contain. */
export function code(text: string): string {
  // One backtick more than the longest run inside, found in one pass: growing the fence and searching the text
  // again for each length took seconds on a word of 16,000 backticks.
  let longest = 0;
  for (let i = 0, run = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * `text` with each inline code span written as quoted text, for places that show no markdown (notifications,
 * input box titles, the Problems panel, quick-fix titles), so no raw backticks show.
 */
export function plainText(text: string): string {
  // A span opens with a run of backticks and closes with the next run of the same length; a run with no such
  // closer stays as it is. The runs are listed once, so a text of thousands of backticks costs one pass (a
  // pattern with a back-reference read on from every run).
  const runs: { at: number; length: number }[] = [];
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) !== 96) { i++; continue; }
    const at = i;
    while (text.charCodeAt(i) === 96) i++;
    runs.push({ at, length: i - at });
  }
  const nextOfLength = new Map<number, number>();
  let out = '', done = 0;
  for (let r = 0; r < runs.length; r++) {
    const open = runs[r];
    let c = Math.max(r + 1, nextOfLength.get(open.length) ?? 0);
    while (c < runs.length && runs[c].length !== open.length) c++;
    nextOfLength.set(open.length, c);
    if (c >= runs.length) continue;
    const inner = text.slice(open.at + open.length, runs[c].at).replace(/^ /, '').replace(/ $/, '');
    out += `${text.slice(done, open.at)}"${inner}"`;
    done = runs[c].at + open.length;
    r = c;
  }
  return out + text.slice(done);
}

/** A notes link taken out of markdown for a webview: the file and zero-based line it pointed at. */
export interface NoteLinkTarget { path: string; line: number }

/**
 * Markdown renderers refuse `file:` links (markdown-it shows them as raw text), so a webview gets the notes
 * links (`[notes.md:56](file:///…#L56)`, from renderNote) as `#note-<n>` anchors, and the targets to open
 * when one is clicked. Other links stay as they are.
 */
export function localNoteLinks(markdown: string): { markdown: string; targets: NoteLinkTarget[] } {
  const targets: NoteLinkTarget[] = [];
  const out = markdown.replace(/\]\(file:\/\/([^)#\s]+)#L(\d+)\)/g, (whole, encoded: string, line: string) => {
    let path: string;
    try { path = decodeURI(encoded); } catch { return whole; }
    targets.push({ path, line: Number(line) - 1 });
    return `](#note-${targets.length - 1})`;
  });
  return { markdown: out, targets };
}
