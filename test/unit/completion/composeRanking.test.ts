// SPDX-License-Identifier: MIT
// Issue 22 (audit 2026-12-06, C2-C4): compose keys come in the order a learner needs them, the obsolete
// `version` comes last and is marked deprecated, and `network_mode: host` with `ports` is described the
// way Compose v2 and the Engine behave (the mappings are dropped with a warning, no error).
import * as assert from 'assert';
import { completeCompose, explainCompose } from '../../../src/core/index';
import { joinLines, positionOf } from '../helpers';

const labels = (text: string, line: number, character: number) => completeCompose(text, { line, character }).filter(i => i.kind === 'property');
const byRank = <T extends { sortText?: string; label: string }>(items: T[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));

describe('issue 22: compose key ranking (C2, C3)', () => {
  it('C2: under a service, image, build, ports, environment, volumes and depends_on come first', () => {
    const top = byRank(labels(joinLines('services:', '  web:', '    '), 2, 4)).slice(0, 6).map(i => i.label);
    assert.deepStrictEqual(top, ['image', 'build', 'ports', 'environment', 'volumes', 'depends_on']);
  });

  it('C2: keys already written drop out and the order of the rest holds', () => {
    const top = byRank(labels(joinLines('services:', '  web:', '    image: nginx:1.27', '    '), 3, 4)).slice(0, 3).map(i => i.label);
    assert.deepStrictEqual(top, ['build', 'ports', 'environment']);
  });

  it('C2: at the top level services, volumes and networks come first', () => {
    const top = byRank(labels('', 0, 0)).slice(0, 3).map(i => i.label);
    assert.deepStrictEqual(top, ['services', 'volumes', 'networks']);
  });

  it('C2: keys nobody ranked still come, alphabetically, after the ranked ones', () => {
    const all = byRank(labels(joinLines('services:', '  web:', '    '), 2, 4)).map(i => i.label);
    const tail = all.slice(all.indexOf('develop') + 1);
    assert.ok(tail.length > 40, 'the other service keys are still offered');
    assert.deepStrictEqual(tail, [...tail].sort());
  });

  it('C3: version is last and deprecated at the top level', () => {
    const items = byRank(labels('', 0, 0));
    const version = items.find(i => i.label === 'version')!;
    assert.strictEqual(version.deprecated, true);
    assert.strictEqual(items[items.length - 1].label, 'version');
    assert.ok(!items.filter(i => i.label !== 'version').some(i => i.deprecated), 'only the obsolete key is deprecated');
  });

  it('C3: the spec\'s deprecated `external.name` is marked too', () => {
    const items = labels(joinLines('volumes:', '  data:', '    external:', '      '), 3, 6);
    assert.strictEqual(items.find(i => i.label === 'name')?.deprecated, true);
  });
});

describe('issue 22: network_mode host with ports (C4)', () => {
  // docker/compose and moby/moby: the Engine returns the warning "Published ports are discarded when using
  // host network mode", and Compose v2 shows it; neither refuses the file.
  const ERROR = /is an error|fails with an error/;

  it('C4: the value completion of host says the mapping is ignored, not an error', () => {
    const item = completeCompose(joinLines('services:', '  web:', '    network_mode: '), { line: 2, character: 18 }).find(i => i.label === 'host')!;
    assert.match(item.documentation, /ignored/);
    assert.doesNotMatch(item.documentation, ERROR);
  });

  it('C4: the key completion and the hovers say the same', () => {
    const key = completeCompose(joinLines('services:', '  web:', '    '), { line: 2, character: 4 }).find(i => i.label === 'network_mode')!;
    assert.match(key.documentation, /any mapping is ignored/);
    assert.doesNotMatch(key.documentation, ERROR);
    const text = joinLines('services:', '  web:', '    image: nginx:1.27', '    network_mode: host', '    ports:', '      - "8080:80"');
    for (const needle of ['network_mode', 'ports', '8080:80']) {
      const md = explainCompose(text, positionOf(text, needle))!.markdown;
      assert.match(md, /Published ports are discarded when using host network mode/, needle);
      assert.doesNotMatch(md, ERROR, needle);
    }
  });
});

describe('issue 24: env then Enter gives environment (C8)', () => {
  it('environment ranks above env_file, whose item stands for the snippet; both filter in lower case, so the rank decides', () => {
    const items = completeCompose(joinLines('services:', '  backend-flask:', '    env'), { line: 2, character: 7 });
    const environment = items.find(i => i.label === 'environment')!;
    const envFile = items.find(i => i.label === 'env_file')!;
    assert.ok(environment.sortText! < envFile.sortText!, `${environment.sortText} < ${envFile.sortText}`);
    assert.strictEqual(environment.snippetOf, undefined);
    assert.strictEqual(envFile.snippetOf?.prefix, 'env_file');
    assert.strictEqual(environment.insertText, 'environment: ');
  });
});
