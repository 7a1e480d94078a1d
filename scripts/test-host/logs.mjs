// SPDX-License-Identifier: MIT
// Clean logs (issue 13): after a run, reads the extension host log and Docker Coach's own output channel
// (a LogOutputChannel, written to `<extension id>/Docker Coach.log` next to the extension host log) and
// reports every error and unhandled rejection that comes from Docker Coach. The runners call it on their
// own run; `node scripts/test-host/logs.mjs [run ...]` checks the last runs again (default: all of them).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, runsDir } from './paths.mjs';

export const extensionId = 'docker-coach.docker-coach';
/** The runs whose logs `npm test` checks: both integration runs and the UI run. */
export const checkedRuns = ['integration', 'integration-untrusted', 'ui'];

// VS Code's log lines: `2026-11-29 08:26:09.603 [error] message`, continued on the following lines.
const entryStart = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \[(\w+)\] ?/;

/** Splits a log into entries: `{ level, text, line }`, where text holds the continuation lines too. */
export function parseLog(text) {
  const entries = [];
  text.split('\n').forEach((line, i) => {
    const m = entryStart.exec(line);
    if (m) entries.push({ level: m[1], text: line.slice(m[0].length), line: i + 1 });
    else if (entries.length && line) entries[entries.length - 1].text += `\n${line}`;
  });
  return entries;
}

/** Whether an entry names Docker Coach: its id, its command or setting prefix, its channel, or a file of this checkout. */
export function mentionsCoach(text, root = repoRoot) {
  return text.includes(extensionId) || text.includes('dockerCoach.') || text.includes('Docker Coach')
    || ['extension.js', 'core.js', 'composeValidator.js', 'cliTables.js', 'coachWorker.js', 'programWorker.js'].some((bundle) => text.includes(path.join(root, 'dist', bundle)))
    || text.includes(`${path.join(root, 'out')}${path.sep}`);
}

const unhandled = /rejected promise not handled|unhandled ?(promise )?rejection|uncaught exception/i;

/**
 * The problems in one extension host log: error entries that name Docker Coach, and unhandled rejections
 * whose entry or following stack-trace entry does (VS Code logs the rejection and its stack separately).
 */
export function hostLogProblems(text, root = repoRoot) {
  const entries = parseLog(text);
  const problems = [];
  let terminating = false;
  entries.forEach((e, i) => {
    if (/^Extension host terminating/.test(e.text)) terminating = true;
    if (e.level !== 'error' && !unhandled.test(e.text)) return;
    // Once the run closes the window, VS Code cancels a tree view's refresh still on its way and logs it as an
    // error (seen when a Practice check ended as the suite finished): shutdown, not a fault of the extension.
    if (terminating && /^Unable to refresh tree view [\w.]+: Canceled$/.test(e.text)) return;
    // A rejection's stack trace is read with the rejection itself.
    if (/^stack trace:/i.test(e.text) && i > 0 && unhandled.test(entries[i - 1].text)) return;
    const next = entries[i + 1];
    const withStack = unhandled.test(e.text) && next && /^stack trace:/i.test(next.text) ? `${e.text}\n${next.text}` : e.text;
    if (mentionsCoach(withStack, root)) problems.push({ line: e.line, text: withStack });
  });
  return problems;
}

/** The problems in Docker Coach's own channel: everything it logged as an error. */
export function channelProblems(text) {
  return parseLog(text).filter((e) => e.level === 'error' || unhandled.test(e.text)).map((e) => ({ line: e.line, text: e.text }));
}

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.log'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

/**
 * Checks the logs a run left under `<runDir>/user-data/logs`. Returns `{ files, problems }`; `problems`
 * also says when no extension host log was found, so a moved log cannot make the check pass by reading nothing.
 */
export function checkRunLogs(runDir, root = repoRoot) {
  const files = walk(path.join(runDir, 'user-data', 'logs'));
  const hostLogs = files.filter((f) => /^(remote)?exthost\.log$/.test(path.basename(f)));
  const channels = files.filter((f) => path.basename(path.dirname(f)) === extensionId);
  const problems = [];
  if (hostLogs.length === 0) problems.push({ file: runDir, line: 0, text: 'no extension host log (remoteexthost.log) was found: did the run start an extension host?' });
  for (const file of hostLogs) for (const p of hostLogProblems(fs.readFileSync(file, 'utf8'), root)) problems.push({ file, ...p });
  for (const file of channels) for (const p of channelProblems(fs.readFileSync(file, 'utf8'))) problems.push({ file, ...p });
  return { files: [...hostLogs, ...channels], problems };
}

/** Prints the verdict for one run and returns true when its logs are clean. */
export function reportRunLogs(name, runDir, log = (m) => console.log(m)) {
  const { files, problems } = checkRunLogs(runDir);
  const rel = (f) => path.relative(repoRoot, f);
  if (problems.length === 0) {
    log(`[logs] ${name}: no errors or unhandled rejections from Docker Coach in ${files.map(rel).join(', ')}`);
    return true;
  }
  console.error(`[logs] ${name}: ${problems.length} error(s) from Docker Coach in the logs:`);
  for (const p of problems.slice(0, 20)) console.error(`  ${rel(p.file)}:${p.line}: ${p.text.split('\n').slice(0, 8).join('\n    ')}`);
  return false;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : checkedRuns;
  let ok = true;
  for (const name of names) {
    const dir = path.join(runsDir, name);
    if (!fs.existsSync(dir)) {
      console.error(`[logs] ${name}: no run in ${path.relative(repoRoot, dir)}; run its tests first`);
      ok = false;
      continue;
    }
    ok = reportRunLogs(name, dir) && ok;
  }
  process.exit(ok ? 0 : 1);
}
