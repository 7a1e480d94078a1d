// SPDX-License-Identifier: MIT
// `-p 4567` publishes on a host port Docker picks (issue 24, item 3). The run output and `docker port` answer
// below were recorded on this machine's engine (dockerd 20.10, CLI 28.2.2) with
// `docker run -d --rm -p 4567 <busybox> busybox sleep 30` and `docker port <id>`.
import * as assert from 'assert';
import { describeRandomPorts, randomPortLook } from '../../../src/core/index';

const id = 'a44edd7903e2867bae9b9afb5a21d6c79c9b2b106bffcddd331a136471cbda5e';
const recordedPort = '4567/tcp -> 0.0.0.0:32769\n4567/tcp -> [::]:32769\n';

function input(commandLine: string, exitCode = 0) {
  return { commandLine, output: `${id}\n`, exitCode, cwd: '/home/learner/app' };
}

describe('randomPortLook and describeRandomPorts', () => {
  it('asks docker port for the new container after run -d -p 4567', () => {
    const look = randomPortLook(input('docker run -d -p 4567 --name rnd backend-flask:dev'));
    assert.deepStrictEqual(look?.argv, ['docker', 'port', id]);
    assert.deepStrictEqual(look?.published, ['4567']);
  });

  it('starts with the URL, says the host port once (IPv4 and IPv6 lines are one port), then the host:container form', () => {
    const look = randomPortLook(input('docker run -d -p 4567 backend-flask:dev'))!;
    const said = describeRandomPorts(look, recordedPort)!;
    // First, because a notification too long for its width is cut at the end (the #24 re-walk).
    assert.match(said, /^http:\/\/localhost:32769 reaches container port 4567: `-p 4567` let Docker pick the host port\. To choose it,/);
    assert.match(said, /`-p 4567:4567` \(host:container\)/);
    assert.strictEqual(said.match(/32769/g)?.length, 1, said);
  });

  it('names a UDP port by its host port, with no URL', () => {
    const look = randomPortLook(input('docker run -d -p 5353/udp dns'))!;
    const said = describeRandomPorts(look, '5353/udp -> 0.0.0.0:32770\n')!;
    assert.match(said, /^host port 32770 reaches container port 5353\/udp: `-p 5353\/udp` let Docker pick/);
    assert.ok(!said.includes('http://'), said);
  });

  it('with -P and two ports, names both and speaks of ports', () => {
    const look = randomPortLook(input('docker run -d -P web'))!;
    const said = describeRandomPorts(look, '80/tcp -> 0.0.0.0:32771\n443/tcp -> 0.0.0.0:32772\n')!;
    assert.match(said, /^http:\/\/localhost:32771 reaches container port 80; http:\/\/localhost:32772 reaches container port 443: `-P` let Docker pick the host ports\. To choose them,/);
  });

  it('asks for -P too, and keeps the engine options', () => {
    const look = randomPortLook(input('docker --context remote run -d -P web'));
    assert.deepStrictEqual(look?.argv, ['docker', '--context', 'remote', 'port', id]);
    assert.strictEqual(look?.publishAll, true);
  });

  it('does not ask when the host port is given, the run failed, or it ran in the foreground', () => {
    assert.ok(randomPortLook(input('docker run -d -p 4567 web')));
    assert.strictEqual(randomPortLook(input('docker run -d -p 4567:4567 web')), undefined);
    assert.strictEqual(randomPortLook(input('docker run -d -p 127.0.0.1:4567:4567 web')), undefined);
    assert.strictEqual(randomPortLook(input('docker run -d -p 4567 web', 125)), undefined);
    assert.strictEqual(randomPortLook(input('docker run -p 4567 web')), undefined);
    assert.strictEqual(randomPortLook(input('sudo docker run -d -p 4567 web')), undefined);
  });

  it('says nothing when docker port printed nothing usable, and never throws on odd input', () => {
    const look = randomPortLook(input('docker run -d -p 4567 web'))!;
    assert.strictEqual(describeRandomPorts(look, ''), undefined);
    assert.strictEqual(describeRandomPorts(look, 'Error: No such container'), undefined);
    assert.strictEqual(randomPortLook(null as never), undefined);
  });
});
