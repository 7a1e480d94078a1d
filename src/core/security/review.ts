// SPDX-License-Identifier: MIT
// securityReview(files): the ten practices of issue 27, each judged on the learner's own files. The findings are
// the diagnostics of the rule table (with their fixes), grouped by practice; a practice's status says how many of
// the things it is judged on (each Dockerfile, each compose service) break it.
import * as path from 'path';
import type { Diagnostic } from '../diagnostics/types';
import { practiceDocs, type PracticeDoc } from './practices';
import { readScanResult } from './scanResults';
import { checkWorkspace, type CheckedWorkspace, type ServiceSpan } from './workspace';
import type { Practice, PracticeStatus, ReviewFile, SecurityFinding, SecurityReview } from './types';

/** A thing a practice is judged on, and the findings against it. */
interface Subject { key: string; findings: SecurityFinding[] }

/**
 * The ten practices, in the order, on these files: every Dockerfile, compose file, `.dockerignore` and
 * `.env` of the workspace, and any scan result file (`*.sarif`, `trivy*.json`, `grype*.json`). Paths may be
 * absolute or relative to one root; a finding carries the path it was given. Never throws.
 */
export function securityReview(files: readonly ReviewFile[]): SecurityReview {
  const workspace = checkWorkspace(Array.isArray(files) ? files : []);
  const practices = practiceDocs.map((doc, i) => judge(doc, i + 1, workspace));
  const judged = practices.filter(p => p.status === 'met' || p.status === 'partly met' || p.status === 'not met');
  return { practices, score: { met: judged.filter(p => p.status === 'met').length, applicable: judged.length } };
}

function judge(doc: PracticeDoc, number: number, ws: CheckedWorkspace): Practice {
  const base = { id: doc.id, number, title: doc.title, why: doc.why, check: [...doc.check] };
  if (doc.scope === 'scan') return { ...base, ...judgeScans(ws) };
  const codes = new Set(doc.codes);
  const subjects = new Map<string, Subject>();
  const subject = (key: string) => subjects.get(key) ?? subjects.set(key, { key, findings: [] }).get(key)!;
  const wantImages = doc.scope === 'image' || doc.scope === 'both';
  const wantServices = doc.scope !== 'image';
  for (const { file, diagnostics } of ws.dockerfiles) {
    const found = diagnostics.filter(d => codes.has(d.code) && !healthcheckElsewhere(d, file.path, ws));
    if (wantImages || found.length) subject(file.path).findings.push(...found.map(d => toFinding(file.path, d)));
  }
  for (const { file, diagnostics, services } of ws.composeFiles) {
    if (wantServices) for (const s of services.filter(s => counts(doc, s))) subject(`${file.path}#${s.name}`);
    for (const d of diagnostics) {
      if (!codes.has(d.code)) continue;
      const svc = services.find(s => d.range.start.line >= s.firstLine && d.range.start.line <= s.lastLine);
      if (svc && d.code === 'ServiceWithoutHealthcheck' && imageHasHealthcheck(svc, ws)) continue;
      subject(svc ? `${file.path}#${svc.name}` : file.path).findings.push(toFinding(file.path, d));
    }
  }
  const all = [...subjects.values()];
  const broken = all.filter(s => s.findings.length).length;
  const findings = all.flatMap(s => s.findings).sort((a, b) => a.path.localeCompare(b.path) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const noun = doc.scope === 'image' ? 'Dockerfiles' : doc.scope === 'both' ? 'Dockerfiles and compose services' : 'compose services';
  if (!all.length) {
    return doc.scope === 'runtime'
      ? { ...base, status: 'cannot tell from the files', summary: 'No compose file says how the containers are started; `docker run` flags decide, and they are not in the files.', findings }
      : { ...base, status: 'not applicable', summary: `There are no ${noun} to check.`, findings };
  }
  const status: PracticeStatus = broken === 0 ? 'met' : broken === all.length || doc.oneBreaks ? 'not met' : 'partly met';
  const summary = broken === 0
    ? `Nothing in the ${all.length} ${noun} checked breaks it.`
    : `${broken} of the ${all.length} ${noun} checked ${broken === 1 ? 'breaks' : 'break'} it.`;
  return { ...base, status, summary, findings };
}

/** Whether a compose service is one of the things this practice is judged on (see PracticeDoc.services). */
function counts(doc: PracticeDoc, s: ServiceSpan): boolean {
  switch (doc.services) {
    case 'sets-user': return s.setsUser;
    case 'pulls': return s.pulls;
    case 'publishes': return s.publishes;
    default: return true;
  }
}

/** Practice 10: only a scan result in the workspace can say more than "cannot tell". */
function judgeScans(ws: CheckedWorkspace): Pick<Practice, 'status' | 'summary' | 'findings'> {
  const findings: SecurityFinding[] = [];
  let read = 0;
  for (const file of ws.scans) {
    const result = readScanResult(file.text);
    if (!result) continue;
    read++;
    if (result.vulnerabilities > 0) {
      const start = { line: 0, character: 0 };
      findings.push({ path: file.path, range: { start, end: start }, code: 'ScanResult', message: `${result.tool} lists ${result.vulnerabilities} known ${result.vulnerabilities === 1 ? 'vulnerability' : 'vulnerabilities'} in ${path.basename(file.path)}.` });
    }
  }
  if (!read) return { status: 'cannot tell from the files', summary: 'Whether images are scanned and rebuilt is not in the files: run a scanner on each image you build or pull.', findings };
  return findings.length
    ? { status: 'not met', summary: 'A scan result in the workspace lists known vulnerabilities: update the base image or the packages, rebuild, and scan again.', findings }
    : { status: 'met', summary: `${read === 1 ? 'The scan result' : 'Every scan result'} in the workspace lists no known vulnerabilities.`, findings };
}

function toFinding(path: string, d: Diagnostic): SecurityFinding {
  return d.fixes?.length
    ? { path, range: d.range, code: d.code, message: d.message, fixes: d.fixes }
    : { path, range: d.range, code: d.code, message: d.message };
}

/** A Dockerfile without HEALTHCHECK whose image a compose service starts with a `healthcheck:` of its own. */
function healthcheckElsewhere(d: Diagnostic, dockerfile: string, ws: CheckedWorkspace): boolean {
  if (d.code !== 'ImageWithoutHealthcheck') return false;
  const own = path.normalize(dockerfile);
  return ws.composeFiles.some(c => c.services.some(s => s.healthcheck && s.dockerfile === own));
}

/** A service without `healthcheck:` that builds a Dockerfile of the workspace which has a HEALTHCHECK. */
function imageHasHealthcheck(svc: ServiceSpan, ws: CheckedWorkspace): boolean {
  if (!svc.dockerfile) return false;
  const built = ws.dockerfiles.find(f => path.normalize(f.file.path) === svc.dockerfile);
  return Boolean(built && !built.diagnostics.some(d => d.code === 'ImageWithoutHealthcheck'));
}
