// SPDX-License-Identifier: MIT
// Reads the docker CLI reference in ../shared/reference/docker-cli-docs/ on its own (not through the
// tables under test): each command page's names and options. Docker pages are markdown with an
// "Aliases" line and an "Options" table; Compose commands come from their docker_compose_*.yaml.
import * as fs from 'fs';
import * as path from 'path';

export interface RefOption { names: string[]; hidden: boolean; deprecated: boolean }
export interface RefPage { file: string; program: 'docker' | 'compose'; name: string; aliases: string[]; options: RefOption[] }

/** The reference folder, or undefined when it is not next to the repository. */
export function cliDocsDir(repoRoot: string): string | undefined {
  const dir = process.env.DOCKER_COACH_CLI_DOCS ?? path.resolve(repoRoot, '..', 'shared', 'reference', 'docker-cli-docs');
  return fs.existsSync(dir) ? dir : undefined;
}

function markdownPage(file: string, text: string): RefPage {
  const aliasLine = /### Aliases\s+([^\n]+)/.exec(text)?.[1] ?? '';
  const aliases = [...aliasLine.matchAll(/`docker ([^`]+)`/g)].map(m => m[1]);
  const table = /### Options\s+\|[^\n]*\n\|[^\n]*\n((?:\|[^\n]*\n)*)/.exec(text)?.[1] ?? '';
  const options = table.split('\n').filter(Boolean).map(row => {
    const cells = row.split(/(?<!\\)\|/);
    return { names: [...cells[1].matchAll(/`(-[^`]+)`/g)].map(m => m[1]), hidden: false, deprecated: /deprecated/i.test(cells[4] ?? '') };
  });
  const base = path.basename(file, '.md');
  return { file: path.basename(file), program: 'docker', name: base === 'docker' ? '' : base.replace(/_/g, ' '), aliases, options };
}

function composeYaml(file: string, text: string): RefPage {
  const unquote = (s: string) => s.trim().replace(/^"|"$/g, '');
  const name = /^command: docker compose ?(.*)$/m.exec(text)?.[1] ?? '';
  const aliases = (/^aliases: (.+)$/m.exec(text)?.[1] ?? '').split(', ').filter(Boolean).map(a => a.replace(/^docker compose /, ''));
  const block = /^options:\n([\s\S]*?)(?=^\S|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  const options = block.split(/^ {4}- option: /m).slice(1).map(opt => {
    const short = /^ {6}shorthand: (\S+)/m.exec(opt)?.[1];
    return {
      names: [...(short ? ['-' + unquote(short)] : []), '--' + unquote(opt.split('\n')[0])],
      hidden: /^ {6}hidden: true/m.test(opt),
      deprecated: /^ {6}deprecated: true/m.test(opt),
    };
  });
  return { file: path.basename(file), program: 'compose', name, aliases, options };
}

/** Every command page of the reference: docker.md and its *.md, and every docker_compose*.yaml. */
export function referencePages(dir: string): RefPage[] {
  const pages: RefPage[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    if (file.endsWith('.md') && !file.startsWith('compose') && file !== 'index.md') pages.push(markdownPage(file, text));
    else if (/^docker_compose.*\.yaml$/.test(file)) pages.push(composeYaml(file, text));
  }
  return pages;
}
