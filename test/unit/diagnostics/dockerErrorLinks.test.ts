// SPDX-License-Identifier: MIT
// One mistake, one sentence (issue 23, item 3): a rule whose RuleDoc names Docker's messages
// (`dockerErrors`) quotes each message's plain sentence in its Problem, and the terminal failure kind that
// reads the same message explains with that same sentence. The cases below are lines Docker stops on; the
// sentence itself is the one thing taken from the shared table, because sameness is what is tested.
import * as assert from 'assert';
import { composeDiagnostics, dockerfileDiagnostics, explainDockerFailure, failureKinds } from '../../../src/core/index';
import { allRuleDocs } from '../../../src/core/diagnostics/explainRule';
import { dockerErrors, type DockerErrorId } from '../../../src/core/knowledge/dockerErrors';
import { joinLines } from '../helpers';
import { quotedFixtures, recordedFixtures } from '../failures/fixtures';

/** `docker`: what Docker prints for this very file, when the terminal must explain it with the same sentence. */
interface Case { code: string; id: DockerErrorId; dockerfile?: string; compose?: string; docker?: string }

const web = (...lines: string[]) => joinLines('services:', '  web:', '    image: nginx:1.27', ...lines);

/** For each linked rule and each message it names: a file Docker refuses for that message. */
const cases: readonly Case[] = [
  { code: 'UnknownInstruction', id: 'unknownInstruction', dockerfile: joinLines('FROM alpine:3.20', 'RUNN echo hi') },
  { code: 'InvalidFlag', id: 'dockerfileUnknownFlag', dockerfile: joinLines('FROM alpine:3.20', 'CMD --port 8080') },
  { code: 'MissingArguments', id: 'dockerfileMissingArguments', dockerfile: joinLines('FROM alpine:3.20', 'WORKDIR') },
  { code: 'MissingArguments', id: 'envTwoArguments', dockerfile: joinLines('FROM alpine:3.20', 'ENV FOO') },
  { code: 'MissingArguments', id: 'blankName', dockerfile: joinLines('FROM alpine:3.20', 'ENV =value') },
  { code: 'MultipleSourcesWithoutSlash', id: 'copyManyToFile', dockerfile: joinLines('FROM alpine:3.20', 'COPY a.txt b.txt /dest') },
  { code: 'ExposeInvalidProtocol', id: 'invalidProto', dockerfile: joinLines('FROM alpine:3.20', 'EXPOSE 80/tcpp') },
  { code: 'InvalidHealthcheckOption', id: 'invalidDuration', dockerfile: joinLines('FROM alpine:3.20', 'HEALTHCHECK --interval=30 CMD true'), docker: 'ERROR: failed to solve: dockerfile parse error on line 2: time: missing unit in duration "30"\n' },
  { code: 'InvalidStopSignal', id: 'invalidStopSignal', dockerfile: joinLines('FROM alpine:3.20', 'STOPSIGNAL SIGFOO'), docker: 'ERROR: failed to solve: invalid signal: SIGFOO\n' },
  { code: 'InvalidChmod', id: 'invalidChmod', dockerfile: joinLines('FROM alpine:3.20', 'COPY --chmod=999 run.sh /run.sh'), docker: 'ERROR: failed to solve: invalid chmod parameter: \'999\'. it should be octal string and between 0 and 07777\n' },
  { code: 'InvalidPlatform', id: 'invalidPlatform', dockerfile: joinLines('FROM --platform=amd46 alpine:3.20'), docker: 'ERROR: failed to solve: failed to parse platform amd46: "amd46": unknown operating system or architecture: invalid argument\n' },
  { code: 'InvalidRestartPolicy', id: 'invalidRestartPolicy', compose: web('    restart: sometimes') },
  { code: 'InvalidRestartPolicy', id: 'restartRetryCount', compose: web('    restart: always:3') },
  { code: 'InvalidPortMapping', id: 'invalidContainerPort', compose: web('    ports: ["8080:99999"]') },
  { code: 'InvalidPortMapping', id: 'invalidHostPort', compose: web('    ports: ["99999:80"]') },
  { code: 'InvalidPortMapping', id: 'invalidProto', compose: web('    ports: ["8080:80/tcpp"]') },
  { code: 'InvalidVolumeMount', id: 'invalidVolumeSpec', compose: web('    volumes: ["./data:/data:ro:z"]') },
  { code: 'InvalidDuration', id: 'invalidDuration', compose: web('    healthcheck:', '      test: ["CMD", "true"]', '      interval: "30"'), docker: 'decoding failed due to the following error(s):\n\n\'services[web].healthcheck.interval\' time: missing unit in duration "30"\n' },
  { code: 'InvalidByteSize', id: 'invalidSize', compose: web('    mem_limit: 512x'), docker: 'decoding failed due to the following error(s):\n\n\'services[web].mem_limit\' invalid suffix: \'x\'\n' },
  { code: 'InvalidCpus', id: 'invalidCpus', compose: web('    cpus: 50%'), docker: 'error while interpolating services.web.cpus: failed to cast to expected type: strconv.ParseFloat: parsing "50%": invalid syntax\n' },
  { code: 'DependencyCycle', id: 'dependencyCycle', compose: web('    depends_on: [web]') },
  { code: 'NetworkModeWithNetworks', id: 'networkModeAndNetworks', compose: web('    network_mode: host', '    networks: [front]', 'networks:', '  front: {}') },
  { code: 'ContainerNameWithReplicas', id: 'containerNameScale', compose: web('    container_name: web', '    deploy:', '      replicas: 2') },
  { code: 'MissingImageOrBuild', id: 'noImageNoBuild', compose: joinLines('services:', '  web:', '    ports: ["80:80"]') },
  { code: 'InvalidContainerName', id: 'invalidContainerName', compose: web('    container_name: my web') },
  { code: 'RequiredVariableUnset', id: 'requiredVariable', compose: web('    environment:', '      API_KEY: ${API_KEY:?set it in .env}') },
  { code: 'UnknownKey', id: 'unknownKey', compose: web('    imgae: nginx:1.27') },
];

function messagesOf(c: Case): string[] {
  const found = c.dockerfile !== undefined
    ? dockerfileDiagnostics(c.dockerfile)
    : composeDiagnostics(c.compose!, { file: { path: '/proj/compose.yaml' }, env: '' });
  return found.filter(d => d.code === c.code).map(d => d.message);
}

const fixtures = [...recordedFixtures(), ...quotedFixtures()];

describe('A Problem and the terminal explanation share their sentence', () => {
  const linked = allRuleDocs().filter(r => r.dockerErrors?.length);

  it('some rules are linked, and every link has a case here', () => {
    assert.ok(linked.length >= 15, `${linked.length} linked rules`);
    for (const rule of linked) {
      for (const id of rule.dockerErrors!) assert.ok(cases.some(c => c.code === rule.code && c.id === id), `${rule.code} → ${id} has no case`);
    }
    for (const c of cases) assert.ok(linked.some(r => r.code === c.code && r.dockerErrors!.includes(c.id)), `${c.code} does not name ${c.id}`);
  });

  for (const c of cases) {
    it(`${c.code} (${c.id}): the Problem says the sentence, and so does the failure kind`, () => {
      const says = dockerErrors[c.id].says;
      const messages = messagesOf(c);
      assert.ok(messages.length > 0, `${c.code} does not fire`);
      assert.ok(messages.some(m => m.includes(says)), `${JSON.stringify(messages)} lacks "${says}"`);
      // Every message a Problem names is read by a failure kind: the terminal covers the same mistake.
      const kind = failureKinds.find(k => k.patterns === dockerErrors[c.id].patterns);
      assert.ok(kind, `no failure kind reads ${c.id}`);
      const shown = fixtures.filter(f => f.kind === kind.code);
      assert.ok(shown.length > 0, `${kind.code} has no fixture`);
      for (const f of shown) assert.ok(explainDockerFailure(f)!.markdown.includes(says), `${f.name} (${kind.code}) does not say "${says}"`);
      if (c.docker !== undefined) {
        const commandLine = c.dockerfile !== undefined ? 'docker build .' : 'docker compose up';
        const own = explainDockerFailure({ commandLine, exitCode: 1, output: c.docker });
        assert.ok(own?.markdown.includes(says), `this file's own error is not explained with "${says}": ${own?.markdown}`);
        assert.ok(!own!.markdown.includes('undefined'), own!.markdown);
      }
    });
  }
});
