// SPDX-License-Identifier: MIT
// The image's real layers: `docker history` lines matched to the Dockerfile lines that made them, with
// sizes, the biggest layers and what usually makes such a layer big. The adapter only runs the argv built
// here and hands back what was printed.
import type { Instruction } from 'dockerfile-ast';
import { commandText } from '../dockerfile/locate';
import { dockerfileModel, type DockerfileModel } from '../dockerfile/model';
import { stagesOf } from '../dockerfile/stages';
import { argumentsText } from '../dockerfile/words';
import type { Range } from '../text';
import { stageChain } from './startArgv';
import { layerHints } from './layerHints';
import { defaultMaxFileChars, isTooLarge } from '../largeFile';

/** One line of `docker history --format '{{json .}}'`. */
export interface HistoryEntry { id: string; createdBy: string; size: number; sizeText: string; comment: string }

/** A history entry with the Dockerfile line that made it (none for the base image's own entries). */
export interface MatchedLayer extends HistoryEntry {
  /** The instruction as docker recorded it: `RUN apt-get update`, `COPY file:… in /app`. */
  instruction: string;
  range?: Range;
  /** True when the recorded text and the line differ (the file changed since the build). */
  changed?: boolean;
  hints: string[];
}

export interface LayerReport {
  /** Newest first, as `docker history` lists them. */
  layers: MatchedLayer[];
  total: number;
  /** The base image's part of the total. */
  baseTotal: number;
  /** The layers worth a look, biggest first (up to three with a size). */
  biggest: MatchedLayer[];
  /** Set when some recorded steps no longer match the file: build again to see current sizes. */
  stale: boolean;
}

const TAG = /^[A-Za-z0-9][A-Za-z0-9._/:@-]*$/;

/**
 * `docker history --no-trunc --human=false --format '{{json .}}' -- <tag>`: `--human=false` gives sizes in
 * bytes, so totals add up exactly; `--` keeps the tag from being read as an option. Undefined for a tag that
 * is not an image reference (the adapter says so instead of running anything).
 */
export function historyCommand(dockerPath: string, tag: string): string[] | undefined {
  if (!dockerPath || !TAG.test(tag) || tag.length > 255) return undefined;
  return [dockerPath, 'history', '--no-trunc', '--human=false', '--format', '{{json .}}', '--', tag];
}

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** Bytes from `1234` or a human size such as `1.98MB` or `0B` (docker's units are powers of 1000). */
export function parseSize(text: string): number {
  const m = /^\s*([\d.]+)\s*([A-Za-z]*)\s*$/.exec(text);
  if (!m) return 0;
  const unit = UNITS[(m[2] || 'b').toLowerCase()];
  return unit ? Math.round(Number(m[1]) * unit) : 0;
}

/** Sizes as people read them, in docker's own units. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = bytes, i = -1;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
  // Three significant digits, as docker prints them.
  return `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${units[i]}`;
}

/** The lines of `docker history --format '{{json .}}'`; lines that are not such JSON are skipped. */
export function parseHistory(stdout: string): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (!line.trim().startsWith('{')) continue;
    try {
      const j = JSON.parse(line) as Record<string, unknown>;
      const sizeText = String(j.Size ?? '0');
      out.push({ id: String(j.ID ?? ''), createdBy: String(j.CreatedBy ?? ''), size: parseSize(sizeText), sizeText, comment: String(j.Comment ?? '') });
    } catch { /* a broken line is left out */ }
  }
  return out;
}

/**
 * What a recorded step was, as a Dockerfile keyword and its text. The classic builder writes
 * `/bin/sh -c #(nop)  ENV A=b` for settings and `|1 A=b /bin/sh -c cmd` for RUN; BuildKit writes
 * `RUN /bin/sh -c cmd # buildkit`, `COPY a b # buildkit`, `ENV A=b`.
 */
export function recordedStep(createdBy: string): { keyword: string; text: string } {
  let s = createdBy.trim().replace(/\s+# buildkit$/, '');
  const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(s);
  if (nop) s = nop[1];
  // RUN lines carry the build arguments they saw: `|2 A=1 B=2 ` before the command.
  const withArgs = /^(RUN\s+)?\|(\d+)\s+(.*)$/s.exec(s);
  if (withArgs) {
    let rest = withArgs[3];
    for (let i = 0; i < Number(withArgs[2]); i++) rest = rest.replace(/^(?:"[^"]*"|\S)+\s*/, '');
    return { keyword: 'RUN', text: stripShell(rest) };
  }
  const m = /^([A-Z]+)\s+(.*)$/s.exec(s);
  if (m && /^(RUN|COPY|ADD|ENV|ARG|WORKDIR|USER|EXPOSE|CMD|ENTRYPOINT|LABEL|VOLUME|HEALTHCHECK|STOPSIGNAL|SHELL|ONBUILD|MAINTAINER)$/.test(m[1])) {
    return { keyword: m[1], text: m[1] === 'RUN' ? stripShell(m[2]) : m[2] };
  }
  // The classic builder records a RUN as the bare command line it ran.
  return { keyword: 'RUN', text: stripShell(s) };
}

/** `file:73e2b2…` instead of 64 hex digits: the classic builder names copied files by their hash. */
const shortHashes = (s: string) => s.replace(/\b(file|dir|multi|sha256):([0-9a-f]{12})[0-9a-f]{20,}/g, '$1:$2…');

/**
 * What a layer is called in the view: the Dockerfile's own line when the layer matched one (`COPY . .`, where
 * the classic builder recorded `COPY dir:199f… in .`), else the record with short hashes; a layer with no
 * record at all (an imported base, `docker import`) says so.
 */
function layerLabel(model: DockerfileModel, inst: Instruction | undefined, e: HistoryEntry, rec: { keyword: string; text: string }): string {
  if (inst) {
    const own = `${inst.getKeyword()} ${argumentsText(model, inst).replace(/\\\s*\n/g, ' ').replace(/\s+/g, ' ').trim()}`;
    return own.length > 120 ? `${own.slice(0, 119)}…` : own;
  }
  if (!e.createdBy.trim()) return e.comment.trim() ? `(${e.comment.trim()})` : '(no command recorded: an imported layer)';
  return shortHashes(`${rec.keyword} ${rec.text}`);
}

function stripShell(s: string): string {
  return s.replace(/^\/bin\/sh -c\s+/, '').trim();
}

/** Letters and digits only: continuation lines, quoting and spacing differ between the file and the record. */
const squash = (s: string) => s.replace(/[^A-Za-z0-9$]/g, '');

/** Same text, or the record wraps the line (a shell-form CMD is recorded with its shell, EXPOSE as `map[80/tcp:{}]`). */
function sameText(own: string, recorded: string): boolean {
  const a = squash(own), b = squash(recorded);
  return a === b || (a.length >= 3 && b.includes(a)) || (a.length >= 60 && a.slice(0, 60) === b.slice(0, 60));
}

function sameStep(model: DockerfileModel, inst: Instruction, rec: { keyword: string; text: string }): 'same' | 'changed' | 'other' {
  const keyword = inst.getKeyword();
  if (keyword !== rec.keyword) return 'other';
  let own = keyword === 'RUN' ? commandText(model, inst) : argumentsText(model, inst);
  if (keyword === 'RUN') {
    // An exec-form RUN is recorded as its items joined by spaces.
    try { const a: unknown = JSON.parse(own); if (Array.isArray(a)) own = a.join(' '); } catch { /* shell form */ }
  }
  if (keyword === 'COPY' || keyword === 'ADD') {
    // The classic builder records `file:<hash> in <dest>`: only the destination can be compared.
    const dest = /\bin\s+(\S+)\s*$/.exec(rec.text)?.[1];
    const ownDest = own.split(/\s+/).pop() ?? '';
    if (dest) return sameText(ownDest, dest) || ownDest.endsWith('/') || ownDest === '.' ? 'same' : 'changed';
  }
  return sameText(own, rec.text) ? 'same' : 'changed';
}

/**
 * Matches history entries (newest first) to the lines of the stage the image was built from (the last stage
 * unless `target` names another) and the stages it builds on. The pairing is the longest common subsequence
 * of the two lists, taken from the newest end, so an added or removed line shifts nothing else. Entries older
 * than the oldest matched one came with the base image.
 */
export function matchLayers(text: string, entries: readonly HistoryEntry[], target?: string, options: { maxFileChars?: number } = {}): LayerReport {
  // Past the size limit the file is not parsed: the layers are listed, none matched to a line.
  const model = dockerfileModel(isTooLarge(text, options.maxFileChars ?? defaultMaxFileChars) ? '' : text);
  const stages = stagesOf(model).filter(s => s.index >= 0);
  const stage = (target && stages.find(s => s.name?.toLowerCase() === target.toLowerCase())) || stages[stages.length - 1];
  const lines = stage ? stageChain(model, stage).flatMap(s => s.instructions.filter(i => i !== s.from)) : [];
  const old = [...entries].reverse().map(e => recordedStep(e.createdBy));
  const n = old.length, m = lines.length;
  // Weights: an exact match counts more than a same-keyword line whose text changed.
  const score = (i: number, j: number) => { const v = sameStep(model, lines[j], old[i]); return v === 'same' ? 2 : v === 'changed' ? 1 : 0; };
  const dp: Int32Array[] = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score(i - 1, j - 1);
      dp[i][j] = Math.max(dp[i - 1][j], dp[i][j - 1], s ? dp[i - 1][j - 1] + s : 0);
    }
  }
  const hitOf = new Map<number, { inst: Instruction; changed: boolean }>();
  for (let i = n, j = m; i > 0 && j > 0;) {
    const s = score(i - 1, j - 1);
    if (s && dp[i][j] === dp[i - 1][j - 1] + s) { hitOf.set(i - 1, { inst: lines[j - 1], changed: s === 1 }); i--; j--; }
    else if (dp[i][j] === dp[i][j - 1]) j--;
    else i--;
  }
  const matched = new Set([...hitOf.values()].map(h => h.inst));
  const oldestHit = Math.min(...hitOf.keys(), n);
  let stale = lines.some(l => !matched.has(l) && /^(RUN|COPY|ADD)$/.test(l.getKeyword()));
  const layers: MatchedLayer[] = entries.map((e, k) => {
    const i = n - 1 - k;
    const hit = hitOf.get(i);
    const rec = old[i];
    // An entry newer than the base image that matches no line is a step this file no longer has.
    if (!hit && i > oldestHit) stale = true;
    if (hit?.changed) stale = true;
    return { ...e, instruction: layerLabel(model, hit?.inst, e, rec), range: hit?.inst.getRange(), changed: hit?.changed || undefined, hints: hit ? layerHints(model, hit.inst, e.size) : [] };
  });
  const total = layers.reduce((sum, l) => sum + l.size, 0);
  const baseTotal = entries.reduce((sum, e, k) => sum + (n - 1 - k < oldestHit ? e.size : 0), 0);
  const biggest = layers.filter(l => l.size > 0).sort((a, b) => b.size - a.size).slice(0, 3);
  return { layers, total, baseTotal, biggest, stale };
}
