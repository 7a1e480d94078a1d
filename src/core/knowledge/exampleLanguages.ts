// SPDX-License-Identifier: MIT
// The examples in problem texts are written for one language (`CMD ["node", "server.js"]`). A learner writing
// a Python image reads them more easily in Python, so each example has its counterpart here, and the text is
// shown with the examples of the file's language. Each pair does the same thing in both languages.

export type ExampleLanguage = 'python' | 'node';

/** An example as it is written in rule texts (between backticks), in each language. */
export const exampleCounterparts: readonly Readonly<Record<ExampleLanguage, string>>[] = [
  { node: 'CMD ["node", "server.js"]', python: 'CMD ["python3", "app.py"]' },
  { node: 'CMD ["npm", "start"]', python: 'CMD ["python3", "app.py"]' },
  { node: 'ENTRYPOINT ["node", "server.js"]', python: 'ENTRYPOINT ["python", "app.py"]' },
  { node: 'FROM node:22 AS build', python: 'FROM python:3.12 AS build' },
  { node: 'from node:22 as build', python: 'from python:3.12 as build' },
  { node: 'RUN npm ci', python: 'RUN pip install --no-cache-dir -r requirements.txt' },
  { node: 'COPY package.json package-lock.json ./', python: 'COPY requirements.txt ./' },
];

/** The language of a Dockerfile's images (`FROM python:…`, `FROM node:…`), when they name exactly one of ours. */
export function exampleLanguageOf(dockerfileText: string): ExampleLanguage | undefined {
  const found = new Set<ExampleLanguage>();
  // Blanks on the FROM line only: `^\s*` read blank lines on from every line start, quadratic on a file of them.
  for (const m of String(dockerfileText ?? '').slice(0, 100_000).matchAll(/^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)/gim)) {
    const name = m[1].toLowerCase().replace(/:.*$/, '').replace(/^.*\//, '');
    if (name === 'python' || name === 'pypy') found.add('python');
    else if (name === 'node') found.add('node');
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** `text` with each example of the other language written in `language`. */
export function inLanguage(text: string, language: ExampleLanguage | undefined): string {
  if (!language) return text;
  let out = text;
  for (const pair of exampleCounterparts) {
    for (const other of Object.keys(pair) as ExampleLanguage[]) {
      if (other !== language && pair[other] !== pair[language]) out = out.split(`\`${pair[other]}\``).join(`\`${pair[language]}\``);
    }
  }
  return out;
}
