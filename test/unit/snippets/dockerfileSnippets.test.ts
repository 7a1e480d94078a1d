// SPDX-License-Identifier: MIT
// Every Dockerfile snippet, expanded with its defaults, is a Dockerfile that parses and that
// dockerfile-language-service's validator accepts without errors or warnings.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import { assertTeachingSnippets, expandSnippet, expandedSnippet, SnippetEntry } from './expandSnippet';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const snippets: Record<string, SnippetEntry> = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'snippets', 'dockerfile.json'), 'utf8'),
);
const instructions = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY',
  'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);

/** Snippets that are fragments get a base image above them, as they would in a real file. */
function asDockerfile(text: string): string {
  return /^\s*FROM\b/m.test(text) ? text : `FROM python:3.12-slim\n${text}`;
}

function expanded(name: string): string {
  return expandedSnippet(snippets, name);
}

describe('expandSnippet (test helper)', () => {
  it('takes defaults, fills mirrors, picks the first choice and unescapes', () => {
    const body = ['EXPOSE $1', 'ARG PORT=${1:4567}', 'USER ${2|app,root|}', 'RUN echo \\${HOME} \\\\', '$0'];
    assert.strictEqual(expandSnippet({ prefix: 'x', body }), 'EXPOSE 4567\nARG PORT=4567\nUSER app\nRUN echo ${HOME} \\\n');
  });

  it('throws on a placeholder that never closes', () => {
    assert.throws(() => expandSnippet({ prefix: 'x', body: 'FROM ${1:python' }), /expected \}/);
  });
});

describe('snippets/dockerfile.json', () => {
  const service = DockerfileLanguageServiceFactory.createLanguageService();

  it('has at least 15 snippets, each with prefixes and a description that teaches', () => {
    assertTeachingSnippets(snippets, 15);
  });

  it('uses no prefix twice', () => {
    const seen = new Map<string, string>();
    for (const [name, { prefix }] of Object.entries(snippets)) {
      for (const p of Array.isArray(prefix) ? prefix : [prefix]) {
        assert.ok(!seen.has(p), `prefix ${p} is used by ${seen.get(p)} and ${name}`);
        seen.set(p, name);
      }
    }
  });

  for (const name of Object.keys(snippets)) {
    it(`expands "${name}" to a Dockerfile that parses and validates`, () => {
      const text = expanded(name);
      assert.ok(!/\$\{?\d/.test(text), `${name}: leftover snippet syntax in ${text}`);
      const dockerfile = DockerfileParser.parse(text);
      for (const instruction of dockerfile.getInstructions()) {
        assert.ok(instructions.has(instruction.getKeyword()), `${name}: unknown instruction ${instruction.getKeyword()}`);
      }
      const full = asDockerfile(text);
      const problems = service.validate(full).filter((d) => d.severity === 1 || d.severity === 2);
      assert.deepStrictEqual(problems.map((d) => `${d.range.start.line}: ${d.message}`), [], `${name}:\n${full}`);
    });
  }

  for (const sample of ['backend-flask/Dockerfile', 'backend-flask/Dockerfile.prod', 'frontend-react-js/Dockerfile']) {
    it(`the sample ${sample} validates too`, () => {
      const text = fs.readFileSync(path.join(repoRoot, 'samples', ...sample.split('/')), 'utf8');
      const problems = service.validate(text).filter((d) => d.severity === 1 || d.severity === 2);
      assert.deepStrictEqual(problems.map((d) => `${d.range.start.line}: ${d.message}`), []);
    });
  }

  describe('covers what a learner needs', () => {
    it('a Flask API: WORKDIR, requirements first, pip --no-cache-dir, ENV, EXPOSE 4567, exec CMD on 0.0.0.0', () => {
      const text = expanded('Flask API (Cruddur backend)');
      const keywords = DockerfileParser.parse(text).getInstructions().map((i) => i.getKeyword());
      assert.deepStrictEqual(keywords, ['FROM', 'WORKDIR', 'COPY', 'RUN', 'COPY', 'ENV', 'EXPOSE', 'CMD']);
      assert.ok(text.indexOf('COPY requirements.txt') < text.indexOf('COPY . .'));
      assert.match(text, /RUN pip3 install --no-cache-dir -r requirements\.txt/);
      assert.match(text, /^EXPOSE 4567$/m);
      assert.match(text, /^CMD \[.*"--host=0\.0\.0\.0".*\]$/m);
    });

    it('Node and React apps on port 3000', () => {
      assert.match(expanded('Node.js app'), /^EXPOSE 3000$/m);
      const react = expanded('React dev server (Cruddur frontend)');
      assert.match(react, /^ENV PORT=3000$/m);
      assert.match(react, /^CMD \["npm", "start"\]$/m);
    });

    it('a multi-stage build copies from the builder stage', () => {
      const dockerfile = DockerfileParser.parse(expanded('Multi-stage build'));
      assert.strictEqual(dockerfile.getFROMs().length, 2);
      assert.strictEqual(dockerfile.getFROMs()[0].getBuildStage(), 'builder');
      const copy = dockerfile.getCOPYs().find((c) => c.getFromFlag());
      assert.strictEqual(copy?.getFromFlag()?.getValue(), 'builder');
    });

    it('a non-root user, a HEALTHCHECK, a cache mount, ARG plus ENV, ENTRYPOINT plus CMD', () => {
      assert.match(expanded('Non-root user'), /^USER app$/m);
      assert.match(expanded('HEALTHCHECK'), /^HEALTHCHECK --interval=30s/m);
      assert.match(expanded('RUN with a cache mount'), /^RUN --mount=type=cache,target=\/root\/\.cache\/pip \\$/m);
      assert.strictEqual(expanded('ARG and ENV'), 'ARG APP_VERSION=1.0.0\nENV APP_VERSION=${APP_VERSION}\n');
      const keywords = DockerfileParser.parse(expanded('ENTRYPOINT and CMD')).getInstructions().map((i) => i.getKeyword());
      assert.deepStrictEqual(keywords, ['ENTRYPOINT', 'CMD']);
    });

    it('a heredoc RUN whose body ends with EOF on its own line', () => {
      const text = expanded('RUN with a heredoc');
      assert.match(text, /^RUN <<EOF\n[\s\S]*\nEOF\n$/);
    });

    it('a .dockerignore reminder that is only comments', () => {
      const text = expanded('.dockerignore reminder');
      assert.match(text, /\.dockerignore/);
      assert.strictEqual(DockerfileParser.parse(text).getInstructions().length, 0);
      assert.ok(text.trim().split('\n').every((line) => line.startsWith('#')));
    });
  });
});
