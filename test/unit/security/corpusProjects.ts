// SPDX-License-Identifier: MIT
// The corpus (../shared/corpus) as projects: SOURCES.tsv names the repository each file came from and its path
// there, so the files of one repository are reviewed together, as they sit in that repository. Kept free of
// mocha so test/securityCorpusTable.ts can print the table for the resolve note.
import * as fs from 'fs';
import * as path from 'path';
import type { ReviewFile } from '../../../src/core/index';
import { corpusDir } from '../corpusGuards';

/** Repository → its corpus files, each under its path in the repository; undefined when the corpus is absent. */
export function corpusProjects(repoRoot: string): Map<string, ReviewFile[]> | undefined {
  const dirs = (['dockerfile', 'compose'] as const).map(kind => [kind, corpusDir(kind, repoRoot)] as const);
  if (dirs.every(([, dir]) => !dir)) return undefined;
  const projects = new Map<string, ReviewFile[]>();
  for (const [kind, dir] of dirs) {
    if (!dir) continue;
    const tsv = path.join(dir, '..', 'SOURCES.tsv');
    const rows = fs.existsSync(tsv) ? fs.readFileSync(tsv, 'utf8').split('\n').map(l => l.split('\t')) : [];
    const source = new Map(rows.filter(c => c[0]?.startsWith(`${kind}/`) && c[1] && c[2]).map(c => [c[0].slice(kind.length + 1), { repo: c[1], file: c[2] }]));
    for (const f of fs.readdirSync(dir).filter(n => fs.statSync(path.join(dir, n)).isFile()).sort()) {
      // A file SOURCES.tsv does not name is a project of its own, under its corpus name.
      const s = source.get(f) ?? { repo: `${kind}/${f}`, file: f };
      // The path in its repository keeps its real name (`Dockerfile.dev`, `docker-compose.yml`), which the review reads.
      const list = projects.get(s.repo) ?? projects.set(s.repo, []).get(s.repo)!;
      list.push({ path: `/corpus/${s.repo}/${s.file}`, text: fs.readFileSync(path.join(dir, f), 'utf8') });
    }
  }
  return projects;
}
