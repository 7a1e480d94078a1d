// SPDX-License-Identifier: MIT
// The security review (issue 27) on samples/, on the exercises alone, and on two workspaces made for it:
// test/fixtures/security/broken breaks every practice a file can show, test/fixtures/security/hardened meets them
// all. Every expected status and line below was read off the fixture files by hand (the comments name the line).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { securityReview, securityNotesSection, type ReviewFile, type SecurityReview } from '../../../src/core/index';
import { applyFix } from '../diagnostics/applyFix';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** Every file under `dir` (node_modules left out), with paths relative to `dir`. */
export function folderFiles(dir: string): ReviewFile[] {
  const out: ReviewFile[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p); } else out.push({ path: path.relative(dir, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

const statuses = (r: SecurityReview) => r.practices.map(p => `${p.number} ${p.status}`);
const findings = (r: SecurityReview, n: number) => r.practices[n - 1].findings.map(f => `${f.path}:${f.range.start.line + 1} ${f.code}`);

describe('securityReview', () => {
  it('lists the ten practices of issue 27 in its order, each with a why, a source-checked title and commands', () => {
    const r = securityReview([]);
    assert.deepStrictEqual(r.practices.map(p => p.id), ['non-root-user', 'pinned-base-images', 'no-secrets', 'no-host-keys', 'drop-privileges',
      'limit-resources', 'publish-only-needed', 'lean-build', 'health-and-restarts', 'scan-and-update']);
    for (const p of r.practices) {
      const sentences = p.why.split(/(?<=\.)\s+(?=[A-Z`])/);
      assert.ok(sentences.length >= 2 && sentences.length <= 3, `${p.id}: two or three sentences, got ${sentences.length}`);
      assert.ok(p.check.length >= 1 && p.check.every(c => /^(docker|trivy) /.test(c.command)), p.id);
    }
    // Nothing to judge: the files cannot say anything, and nothing counts as applicable.
    assert.deepStrictEqual(statuses(r), ['1 not applicable', '2 not applicable', '3 not applicable', '4 cannot tell from the files', '5 cannot tell from the files',
      '6 cannot tell from the files', '7 cannot tell from the files', '8 not applicable', '9 not applicable', '10 cannot tell from the files']);
    assert.deepStrictEqual(r.score, { met: 0, applicable: 0 });
  });

  it('finds every practice broken in the broken workspace, each finding on its line', () => {
    const r = securityReview(folderFiles(path.join(repoRoot, 'test', 'fixtures', 'security', 'broken')));
    assert.deepStrictEqual(statuses(r), ['1 not met', '2 not met', '3 not met', '4 not met', '5 not met', '6 not met', '7 not met', '8 not met', '9 not met', '10 not met']);
    assert.deepStrictEqual(r.score, { met: 0, applicable: 10 });
    // compose.yaml 5 `user: root`; Dockerfile 9 `USER root`.
    assert.deepStrictEqual(findings(r, 1), ['compose.yaml:5 ServiceUserRoot', 'Dockerfile:9 RootUser']);
    // compose.yaml 13 `image: postgres`, 18 `image: alpine:latest`; Dockerfile 2 `FROM node`.
    assert.deepStrictEqual(findings(r, 2), ['compose.yaml:13 UnpinnedImage', 'compose.yaml:18 UnpinnedImage', 'Dockerfile:2 UnpinnedBaseImage']);
    // compose.yaml 11 `API_SECRET: supersecret`; Dockerfile 3 `ENV DB_PASSWORD`, 5 `COPY .env`, 6 `COPY . .` with no .dockerignore.
    assert.deepStrictEqual(findings(r, 3), ['compose.yaml:11 SecretInEnvironment', 'Dockerfile:3 SecretsUsedInArgOrEnv', 'Dockerfile:5 SecretCopied', 'Dockerfile:6 ContextSecretsNotIgnored']);
    // compose.yaml 6 privileged, 8 the socket, 9 `/:/host`, 14 `pid: host`, 19 `network_mode: host`.
    assert.deepStrictEqual(findings(r, 4), ['compose.yaml:6 PrivilegedService', 'compose.yaml:8 DockerSocketMounted', 'compose.yaml:9 HostPathMounted',
      'compose.yaml:14 HostNamespaceShared', 'compose.yaml:19 HostNetworkMode']);
    // The three services, on their names: lines 3 (web), 12 (db), 17 (agent).
    assert.deepStrictEqual(findings(r, 5), ['compose.yaml:3 PrivilegesNotDropped', 'compose.yaml:12 PrivilegesNotDropped', 'compose.yaml:17 PrivilegesNotDropped']);
    assert.deepStrictEqual(findings(r, 6), ['compose.yaml:3 ResourceLimitsMissing', 'compose.yaml:12 ResourceLimitsMissing', 'compose.yaml:17 ResourceLimitsMissing']);
    // compose.yaml 16 `"5432:5432"`, 19 the host's network.
    assert.deepStrictEqual(findings(r, 7), ['compose.yaml:16 DatabasePortPublished', 'compose.yaml:19 HostNetworkMode']);
    // Dockerfile 7 `curl … | sh`, 8 `apt-get install` without --no-install-recommends and lists left.
    assert.deepStrictEqual(findings(r, 8), ['Dockerfile:7 CurlPipeShell', 'Dockerfile:8 AptListsNotCleaned', 'Dockerfile:8 AptGetRecommends']);
    assert.deepStrictEqual(findings(r, 9), ['compose.yaml:3 RestartPolicyMissing', 'compose.yaml:3 ServiceWithoutHealthcheck', 'compose.yaml:12 RestartPolicyMissing',
      'compose.yaml:12 ServiceWithoutHealthcheck', 'compose.yaml:17 RestartPolicyMissing', 'compose.yaml:17 ServiceWithoutHealthcheck', 'Dockerfile:2 ImageWithoutHealthcheck']);
    // trivy-results.json lists two vulnerabilities.
    assert.deepStrictEqual(findings(r, 10), ['trivy-results.json:1 ScanResult']);
    assert.match(r.practices[9].findings[0].message, /Trivy lists 2 known vulnerabilities/);
  });

  it('finds every practice met in the hardened workspace', () => {
    const r = securityReview(folderFiles(path.join(repoRoot, 'test', 'fixtures', 'security', 'hardened')));
    assert.deepStrictEqual(statuses(r), ['1 met', '2 met', '3 met', '4 met', '5 met', '6 met', '7 met', '8 met', '9 met', '10 met']);
    assert.deepStrictEqual(r.practices.flatMap(p => p.findings), []);
    assert.deepStrictEqual(r.score, { met: 10, applicable: 10 });
  });

  it('reviews samples/: the clean app with the exercises beside it', () => {
    const r = securityReview(folderFiles(path.join(repoRoot, 'samples')));
    assert.deepStrictEqual(statuses(r), ['1 partly met', '2 partly met', '3 not met', '4 met', '5 not met', '6 not met', '7 partly met', '8 partly met', '9 partly met',
      '10 cannot tell from the files']);
    assert.deepStrictEqual(r.score, { met: 1, applicable: 9 });
    // exercises/Dockerfile.mistakes 4 `FROM python:latest`, without USER.
    assert.deepStrictEqual(findings(r, 1), ['exercises/Dockerfile.mistakes:4 RootUser']);
    assert.deepStrictEqual(findings(r, 2), ['exercises/Dockerfile.mistakes:4 UnpinnedBaseImage']);
    // `COPY . .` with no .dockerignore in samples/: backend 14, Dockerfile.prod 26 (`COPY --chown=app:app . .`), frontend 12;
    // `ADD . /app` on line 7 of the exercise; POSTGRES_PASSWORD on line 21 of the compose exercise (the clean file's has a coach-ignore).
    assert.deepStrictEqual(findings(r, 3), ['backend-flask/Dockerfile:14 ContextSecretsNotIgnored', 'backend-flask/Dockerfile.prod:26 ContextSecretsNotIgnored',
      'exercises/compose.mistakes.yaml:21 SecretInEnvironment', 'exercises/Dockerfile.mistakes:7 ContextSecretsNotIgnored', 'frontend-react-js/Dockerfile:12 ContextSecretsNotIgnored']);
    assert.deepStrictEqual(findings(r, 4), []);
    // Each service on its name: docker-compose.yml 3, 22, 38; compose.mistakes.yaml 6, 13, 18.
    const services = ['docker-compose.yml:3', 'docker-compose.yml:22', 'docker-compose.yml:38', 'exercises/compose.mistakes.yaml:6', 'exercises/compose.mistakes.yaml:13', 'exercises/compose.mistakes.yaml:18'];
    assert.deepStrictEqual(findings(r, 5), services.map(s => `${s} PrivilegesNotDropped`));
    assert.deepStrictEqual(findings(r, 6), services.map(s => `${s} ResourceLimitsMissing`));
    // compose.mistakes.yaml 23 `- 5432:5432`.
    assert.deepStrictEqual(findings(r, 7), ['exercises/compose.mistakes.yaml:23 DatabasePortPublished']);
    // Dockerfile.mistakes 8 `pip install` without --no-cache-dir, 9 `apt-get install curl`.
    assert.deepStrictEqual(findings(r, 8), ['exercises/Dockerfile.mistakes:8 PipCacheNotDisabled', 'exercises/Dockerfile.mistakes:9 AptListsNotCleaned', 'exercises/Dockerfile.mistakes:9 AptGetRecommends']);
    // Dockerfile.prod has a HEALTHCHECK, the others do not; only `db` has a healthcheck in docker-compose.yml (line 47).
    assert.deepStrictEqual(findings(r, 9), ['backend-flask/Dockerfile:3 ImageWithoutHealthcheck', 'docker-compose.yml:3 RestartPolicyMissing', 'docker-compose.yml:3 ServiceWithoutHealthcheck',
      'docker-compose.yml:22 RestartPolicyMissing', 'docker-compose.yml:22 ServiceWithoutHealthcheck', 'docker-compose.yml:38 RestartPolicyMissing',
      'exercises/compose.mistakes.yaml:6 RestartPolicyMissing', 'exercises/compose.mistakes.yaml:6 ServiceWithoutHealthcheck', 'exercises/compose.mistakes.yaml:13 RestartPolicyMissing',
      'exercises/compose.mistakes.yaml:13 ServiceWithoutHealthcheck', 'exercises/compose.mistakes.yaml:18 RestartPolicyMissing', 'exercises/compose.mistakes.yaml:18 ServiceWithoutHealthcheck',
      'exercises/Dockerfile.mistakes:4 ImageWithoutHealthcheck', 'frontend-react-js/Dockerfile:2 ImageWithoutHealthcheck']);
  });

  it('reviews the exercises alone', () => {
    const r = securityReview(folderFiles(path.join(repoRoot, 'samples', 'exercises')));
    assert.deepStrictEqual(statuses(r), ['1 not met', '2 not met', '3 not met', '4 met', '5 not met', '6 not met', '7 partly met', '8 not met', '9 not met', '10 cannot tell from the files']);
    assert.deepStrictEqual(findings(r, 7), ['compose.mistakes.yaml:23 DatabasePortPublished']);
  });

  it('carries the rule\'s own fix, and applying it changes the practice\'s row', () => {
    const files = folderFiles(path.join(repoRoot, 'samples', 'exercises'));
    const before = securityReview(files).practices[6];
    const finding = before.findings[0];
    assert.strictEqual(finding.fixes?.[0].title, 'Publish on 127.0.0.1 only');
    const fixed = files.map(f => f.path === finding.path ? { ...f, text: applyFix(f.text, finding.fixes![0]) } : f);
    const after = securityReview(fixed).practices[6];
    assert.strictEqual(before.status, 'partly met'); // backend's 4567 is fine, db's 5432 is not
    assert.strictEqual(after.status, 'met');
  });

  it('drops a missing compose healthcheck when the Dockerfile the service builds has one, and the reverse', () => {
    const files: ReviewFile[] = [
      { path: 'app/Dockerfile', text: 'FROM alpine:3.20\nUSER 65534\nHEALTHCHECK CMD true\nCMD ["sleep", "1d"]\n' },
      { path: 'compose.yaml', text: 'services:\n  app:\n    build: ./app\n    restart: always\n  api:\n    build:\n      context: ./api\n    restart: always\n    healthcheck:\n      test: ["CMD", "true"]\n' },
      { path: 'api/Dockerfile', text: 'FROM alpine:3.20\nUSER 65534\nCMD ["sleep", "1d"]\n' },
    ];
    const health = securityReview(files).practices[8];
    assert.deepStrictEqual(health.findings, []);
    assert.strictEqual(health.status, 'met');
  });

  it('reads SARIF and Grype results, and stays at "cannot tell" for JSON it does not know', () => {
    const sarif = JSON.stringify({ runs: [{ tool: { driver: { name: 'docker scout' } }, results: [{ ruleId: 'CVE-1' }] }] });
    assert.strictEqual(securityReview([{ path: 'scan.sarif', text: sarif }]).practices[9].status, 'not met');
    assert.match(securityReview([{ path: 'scan.sarif', text: sarif }]).practices[9].findings[0].message, /docker scout lists 1 known vulnerability/);
    assert.strictEqual(securityReview([{ path: 'grype.json', text: '{"matches": []}' }]).practices[9].status, 'met');
    for (const text of ['{', '[]', '{"other": 1}', '']) assert.strictEqual(securityReview([{ path: 'trivy.json', text }]).practices[9].status, 'cannot tell from the files', text);
  });

  it('never throws on odd input', () => {
    const odd = ['', '\uFEFF', 'FROM', 'services:\n  web: [', 'services: 3', 'x'.repeat(5000), 'services:\n  a:\n    <<: *nope'];
    const files: ReviewFile[] = odd.flatMap((text, i) => [{ path: `d${i}/Dockerfile`, text }, { path: `d${i}/compose.yaml`, text }, { path: `d${i}/.dockerignore`, text }]);
    assert.strictEqual(securityReview(files).practices.length, 10);
    assert.strictEqual(securityReview(null as unknown as ReviewFile[]).practices.length, 10);
    assert.strictEqual(securityReview([{ path: 'Dockerfile', text: undefined as unknown as string }]).practices.length, 10);
  });
});

describe('securityNotesSection', () => {
  const review = securityReview(folderFiles(path.join(repoRoot, 'test', 'fixtures', 'security', 'hardened')));

  it('goes at the end of a section whose heading mentions security, and changes nothing else', () => {
    const text = '# Week 1\n\n## Security practices\n\ntop ten container security practices\n1) cloud agnostic\n\n## Networks\n\nbridge\n';
    const { offset, insert } = securityNotesSection(review, text);
    const out = text.slice(0, offset) + insert + text.slice(offset);
    assert.strictEqual(out.slice(0, offset), text.slice(0, offset));
    assert.ok(out.endsWith('## Networks\n\nbridge\n'));
    const block = out.slice(out.indexOf('1) cloud agnostic'), out.indexOf('## Networks'));
    assert.match(block, /### Top ten container security practices \(checked on my project\)/);
    assert.match(block, /\n1\. \*\*Run as a user that is not root\*\*: met\./);
    assert.match(block, /\n10\. \*\*Scan and update\*\*: met\./);
    assert.match(block, /My project meets 10 of the 10 practices/);
  });

  it('adds a heading at the end when there is none, in the file\'s own line ending', () => {
    const text = '# Notes\r\nSECURITY PRACTICES!!!\r\n4)';
    const { offset, insert } = securityNotesSection(review, text);
    assert.strictEqual(offset, text.length);
    assert.ok(insert.startsWith('\r\n\r\n## Top ten container security practices'));
    assert.ok(!/[^\r]\n/.test(insert), 'CRLF only');
  });
});
