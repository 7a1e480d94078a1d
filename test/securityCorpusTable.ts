// SPDX-License-Identifier: MIT
// How many corpus projects meet each security practice (issue 27), as a markdown table for the resolve note: a
// sanity check against false findings, not a test. Usage: node out/test/securityCorpusTable.js [--verbose]
import * as path from 'path';
import { securityReview, type PracticeStatus } from '../src/core/index';
import { corpusProjects } from './unit/security/corpusProjects';

const projects = corpusProjects(path.resolve(__dirname, '..', '..'));
if (!projects) {
  console.log('../shared/corpus is absent: no table.');
} else {
  const order: PracticeStatus[] = ['met', 'partly met', 'not met', 'not applicable', 'cannot tell from the files'];
  const counts = new Map<string, Map<PracticeStatus, number>>();
  const codes = new Map<string, Map<string, number>>();
  for (const [repo, files] of projects) {
    for (const p of securityReview(files).practices) {
      const row = counts.get(`${p.number}. ${p.title}`) ?? counts.set(`${p.number}. ${p.title}`, new Map()).get(`${p.number}. ${p.title}`)!;
      row.set(p.status, (row.get(p.status) ?? 0) + 1);
      const byCode = codes.get(p.title) ?? codes.set(p.title, new Map()).get(p.title)!;
      for (const code of new Set(p.findings.map(f => f.code))) byCode.set(code, (byCode.get(code) ?? 0) + 1);
      if (process.argv.includes('--verbose')) console.log(`${repo}\t${p.number}\t${p.status}\t${p.findings.map(f => f.code).join(',')}`);
    }
  }
  console.log(`${projects.size} projects, ${[...projects.values()].reduce((n, l) => n + l.length, 0)} files\n`);
  console.log(`| practice | ${order.join(' | ')} |`);
  console.log(`| --- | ${order.map(() => '---').join(' | ')} |`);
  for (const [title, row] of counts) console.log(`| ${title} | ${order.map(s => row.get(s) ?? 0).join(' | ')} |`);
  console.log('\nProjects with at least one finding of each rule, by practice:');
  for (const [title, byCode] of codes) console.log(`- ${title}: ${[...byCode].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
}
