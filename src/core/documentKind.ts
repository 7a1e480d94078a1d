// SPDX-License-Identifier: MIT
// Which Docker Coach features a document gets, decided from its language id and its file name. Both
// adapters ask this one function: VS Code for documents its selectors matched, the language server for
// every document an editor opens (editors name languages differently: `dockerfile`, `yaml.docker-compose`, `sh`).

/** The four kinds of text the core explains: each has its own hover, completion and (for two) checks. */
export type DocumentKind = 'dockerfile' | 'compose' | 'shell' | 'markdown';

/** VS Code's glob for compose files opened as plain YAML; `composeFileName` below says the same as a test. */
export const composeFileGlob = '**/{compose,docker-compose,*docker*compose*}*.{yml,yaml}';

const composeFileName = /^(?:compose|docker-compose|.*docker.*compose).*\.ya?ml$/;
// Dockerfile, Dockerfile.prod, api.Dockerfile, Containerfile; never the Dockerfile's own .dockerignore.
const dockerfileName = /^(?:(?:docker|container)file(?:\..+)?|.+\.(?:docker|container)file)$/i;
const makefileName = /^(?:GNUmakefile|[Mm]akefile)$|\.mk$/;

const byLanguage: Record<string, DocumentKind> = {
  dockerfile: 'dockerfile',
  containerfile: 'dockerfile',
  dockercompose: 'compose',
  'docker-compose': 'compose',
  'yaml.docker-compose': 'compose', // Neovim's filetype for compose files
  shellscript: 'shell',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  shell: 'shell',
  makefile: 'shell',
  make: 'shell',
  markdown: 'markdown',
};

/** The last segment of a path or URI path, either slash. */
function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
}

/**
 * What a document is to Docker Coach, or undefined when it gets nothing. The language id decides first;
 * YAML counts as compose only under a compose file name; a file whose language the editor did not know
 * (`plaintext`, empty) is recognised by its name.
 */
export function documentKindOf(languageId: string, fileName: string): DocumentKind | undefined {
  const name = baseName(fileName);
  const language = languageId.toLowerCase();
  if (name.toLowerCase().endsWith('.dockerignore')) return undefined;
  const known = Object.prototype.hasOwnProperty.call(byLanguage, language) ? byLanguage[language] : undefined;
  if (known) return known;
  if (language === 'yaml') return composeFileName.test(name) ? 'compose' : undefined;
  if (language !== '' && language !== 'plaintext' && language !== 'text') return undefined;
  if (dockerfileName.test(name)) return 'dockerfile';
  if (composeFileName.test(name)) return 'compose';
  if (makefileName.test(name) || /\.(?:sh|bash|zsh)$/.test(name)) return 'shell';
  if (/\.(?:md|markdown)$/i.test(name)) return 'markdown';
  return undefined;
}
