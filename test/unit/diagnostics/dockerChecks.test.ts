// SPDX-License-Identifier: MIT
// The list of Docker's own checks (issue 23, item 1) names our Problems and failure kinds; these tests keep
// every name real, so the list in docs/rules.md cannot drift from the rule table and the catalogue.
import * as assert from 'assert';
import { composeDiagnostics, dockerfileDiagnostics, failureKinds } from '../../../src/core/index';
import { allRuleDocs } from '../../../src/core/diagnostics/explainRule';
import { renderDockerChecks } from '../../../src/core/diagnostics/dockerCheckList';
import { dockerChecks } from '../../../src/core/knowledge/dockerChecks';
import { joinLines } from '../helpers';

const repos = ['compose-spec/compose-go', 'docker/compose', 'docker/cli', 'moby/moby', 'moby/buildkit', 'docker/go-connections', 'docker/go-units', 'distribution/reference', 'spf13/pflag'];

describe('Docker checks list', () => {
  it('names only Problem codes that exist', () => {
    const known = new Set(allRuleDocs().map(r => r.code));
    const unknown = dockerChecks.flatMap(c => c.coveredBy?.problems ?? []).filter(code => !known.has(code));
    assert.deepStrictEqual(unknown, []);
  });

  it('names only failure kinds that exist', () => {
    const known = new Set(failureKinds.map(k => k.code));
    const unknown = dockerChecks.flatMap(c => c.coveredBy?.failureKinds ?? []).filter(code => !known.has(code));
    assert.deepStrictEqual(unknown, []);
  });

  it('says for each check either what catches it or why nothing does, and where Docker makes it', () => {
    for (const c of dockerChecks) {
      const caught = (c.coveredBy?.problems?.length ?? 0) + (c.coveredBy?.failureKinds?.length ?? 0) > 0;
      assert.ok(caught !== (c.note !== undefined), `${c.check}: exactly one of coveredBy and note`);
      assert.ok(repos.some(r => c.source.startsWith(`${r}:`)), `${c.check}: source ${c.source}`);
    }
  });

  it('counts the caught checks in the heading of docs/rules.md', () => {
    const md = renderDockerChecks();
    assert.match(md, /## What Docker checks, and where Docker Coach catches it \((\d+) of (\d+)\)/);
    assert.ok(md.includes('| restart policy value |'));
  });

  it('really catches the mistakes of a few listed checks with the Problem it names', () => {
    const compose = (service: string) => composeDiagnostics(joinLines('services:', '  web:', '    image: nginx:1.27', service)).map(d => d.code);
    assert.ok(compose('    restart: sometimes').includes('InvalidRestartPolicy'));
    assert.ok(compose('    mem_limit: 512x').includes('InvalidByteSize'));
    assert.ok(dockerfileDiagnostics(joinLines('FROM alpine:3.20', 'STOPSIGNAL SIGFOO')).map(d => d.code).includes('InvalidStopSignal'));
    assert.ok(dockerfileDiagnostics(joinLines('FROM alpine:3.20', 'RUNN echo hi')).map(d => d.code).includes('UnknownInstruction'));
  });
});
