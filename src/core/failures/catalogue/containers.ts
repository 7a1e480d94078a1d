// SPDX-License-Identifier: MIT
// Failures starting or reaching a container: the command is not in the image (or is not a program, or was
// a docker flag written after the image), no terminal, a container stopped or gone, one that crashed at once.
import { code } from '../../render';
import { firstArgument, hasFlag, imageOf, type CommandContext } from '../commandContext';
import { dockerFix, repeatWith, validContainer, validImage, validService } from '../fixes';
import type { FailureKind } from '../types';

const runDocs = 'https://docs.docker.com/reference/cli/docker/container/run/';

/** Exit codes of `docker run` itself, from the run reference's "Exit status". */
const exitCodeMeaning: Record<string, string> = {
  '125': 'Exit code 125 means docker itself failed, before your command could start.',
  '126': 'Exit code 126 means the command was found but could not be run (it is not executable).',
  '127': 'Exit code 127 means the command was not found in the container.',
};

function exitCodeNote(ctx: CommandContext): string[] {
  const meaning = ctx.exitCode !== undefined ? exitCodeMeaning[String(ctx.exitCode)] : undefined;
  return meaning ? [meaning + ' Any other code is your command\'s own.'] : [];
}

/** The words after the image that look like docker's own flags: `-p 8080:80` in `docker run img -p 8080:80`. */
function lateFlags(ctx: CommandContext): string[] {
  const command = ctx.inv?.containerCommand ?? [];
  return command.length && command[0].value.startsWith('-') ? command.map((w) => w.value) : [];
}

/** The run again with the flags that came after the image moved before it. */
function moveFlagsFix(ctx: CommandContext) {
  const image = ctx.inv?.args.find((a) => a.doc.isImage)?.word;
  const command = ctx.inv?.containerCommand ?? [];
  if (!image || !command.length) return undefined;
  const imageAt = ctx.words.indexOf(image) - 1;
  const commandAt = ctx.words.indexOf(command[0]) - 1;
  if (imageAt < 0 || commandAt < 0) return undefined;
  return repeatWith(ctx, 'moveFlags', 'Move the flags before the image', (args) => [
    ...args.slice(0, imageAt), ...args.slice(commandAt), ...args.slice(imageAt, commandAt),
  ]);
}

export const flagAfterImage: FailureKind = {
  code: 'FlagAfterImage',
  title: 'A docker flag came after the image',
  patterns: [
    // runc through moby: exec: "-p": executable file not found in $PATH
    /exec: "(-[^"]*)": (?:executable file not found in \$PATH|stat \S+: no such file or directory)/,
  ],
  commands: ['run', 'create'],
  docsUrl: runDocs,
  topics: ['command:docker run'],
  explain(ctx, m) {
    const late = lateFlags(ctx);
    const image = imageOf(ctx);
    return {
      what: `Docker tried to run ${code(m[1])} as a program inside the container: everything after the image name is the container's command.`,
      why: [
        image ? `In this line ${code(late.join(' ') || m[1])} comes after ${code(image)}, so docker never saw it as its own flag; the container received it instead of its \`CMD\`.` : 'A flag written after the image goes to the container, not to docker.',
        ...exitCodeNote(ctx),
      ],
      todo: ['Put every docker flag (`-p`, `-e`, `--name`, `--rm`...) between `docker run` and the image name.'],
      fixes: [moveFlagsFix(ctx)],
    };
  },
};

export const executableNotFound: FailureKind = {
  code: 'ExecutableNotFound',
  title: 'Command not found in the image',
  patterns: [
    // runc through moby: exec: "python": executable file not found in $PATH
    /exec: "([^"]+)": executable file not found in \$PATH/,
    // runc through moby: exec: "/app/start.sh": stat /app/start.sh: no such file or directory
    /exec: "([^"]+)": stat \S+: no such file or directory/,
    // Newer runc: exec /app/start.sh: no such file or directory
    /exec (\/\S+): no such file or directory/,
  ],
  commands: ['run', 'create', 'start', 'exec', 'compose up', 'compose run', 'compose exec'],
  docsUrl: runDocs,
  topics: ['instruction:CMD', 'instruction:ENTRYPOINT'],
  explain(ctx, m) {
    const program = m[1];
    const image = imageOf(ctx);
    const fromLine = (ctx.inv?.containerCommand.length ?? 0) > 0;
    const slim = /^(python3?|pip3?|bash|node|npm|curl|wget|git)$/.test(program);
    return {
      what: `The container has no ${code(program)} to run${image ? ` (image ${code(image)})` : ''}.`,
      why: [
        fromLine ? `${code(program)} comes from your command line, after the image: it replaces the image's \`CMD\`.` : `${code(program)} comes from the image's \`CMD\` or \`ENTRYPOINT\`.`,
        program.startsWith('/') ? 'A path must exist inside the image; files on your machine are not there unless a `COPY` or a volume put them there. A script written on Windows may also point at a shell with a stray `\\r` in its first line.'
          : slim ? `Many images are small and do not include ${code(program)}: \`python:3.12-slim\` has \`python\`, \`alpine\` has \`sh\` but no \`bash\`.` : 'The program must be installed in the image and on its `PATH`.',
        ...exitCodeNote(ctx),
      ],
      todo: ['Look inside the image with a shell it has (`sh`) to see what is there.', 'Install the program in the Dockerfile, or use the name it has in this image (`python3`, `sh`).'],
      fixes: [validImage(image) && !hasFlag(ctx, '--entrypoint') ? dockerFix(ctx, 'lookInside', 'Open sh in the image', ['run', '--rm', '-it', '--entrypoint', 'sh', image!]) : undefined],
    };
  },
};

export const notExecutable: FailureKind = {
  code: 'NotExecutable',
  title: 'The command is not executable',
  patterns: [
    // runc through moby: exec: "/start.sh": permission denied
    /exec: "([^"]+)": permission denied/,
    /exec (\/\S+): permission denied/,
  ],
  commands: ['run', 'create', 'start', 'exec', 'compose up', 'compose run', 'compose exec'],
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#copy---chmod',
  topics: ['instruction:COPY', 'instruction:CMD'],
  explain(ctx, m) {
    return {
      what: `${code(m[1])} is in the image, but it is not marked executable.`,
      why: ['`COPY` keeps the file\'s permissions from your machine; a script without its `x` bit (or copied from Windows, which has none) cannot be started.', ...exitCodeNote(ctx)],
      todo: [`Run \`chmod +x ${m[1].replace(/^.*\//, '')}\` on your machine and rebuild, or use \`COPY --chmod=755\` in the Dockerfile, or start it through its interpreter (\`CMD ["sh", "${m[1]}"]\`).`],
    };
  },
};

export const execFormatError: FailureKind = {
  code: 'ExecFormatError',
  title: 'Program built for another platform',
  patterns: [
    // The kernel's ENOEXEC as the container's first process reports it: "exec /start: exec format error",
    // older runc: "standard_init_linux.go:228: exec user process caused: exec format error"
    /exec (\S+): exec format error/,
    /exec user process caused:? "?exec format error/,
  ],
  docsUrl: 'https://docs.docker.com/build/building/multi-platform/',
  topics: ['flag:--platform'],
  explain(ctx, m) {
    const image = validImage(imageOf(ctx));
    return {
      what: `The machine could not start ${m[1] ? code(m[1]) : 'the container\'s program'}: it is not a program this processor can run.`,
      why: [
        'Most often the image was built for another CPU: an `arm64` image (built on an Apple Silicon Mac) on an `amd64` PC, or the other way round.',
        'It also happens with a script that has no `#!` first line (such as `#!/bin/sh`), or one saved with Windows line ends.',
      ],
      todo: ['Check the image\'s platform, then build or pull it for this machine: `--platform linux/amd64` (or `linux/arm64`) on `docker build` or `docker run`.', 'For a script, add a `#!/bin/sh` line at the top.'],
      fixes: [image ? dockerFix(ctx, 'imagePlatform', 'Show the image\'s platform', ['image', 'inspect', '--format', '{{.Os}}/{{.Architecture}}', image]) : undefined],
    };
  },
};

export const notATty: FailureKind = {
  code: 'NotATty',
  title: 'No terminal for -t',
  patterns: [
    // docker/cli: "the input device is not a TTY" (with "If you are using mintty, try prefixing the command with 'winpty'" on Windows)
    /the input device is not a TTY/i,
  ],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/run/#tty',
  topics: ['flag:-t', 'flag:-it', 'flag:--tty'],
  explain(ctx) {
    return {
      what: '`-t` asks docker for a terminal, and this command\'s input is not one.',
      why: ['That happens in a script, a Makefile, a CI job, or when input comes from a pipe (`echo ... | docker ...`). Git Bash on Windows (mintty) also needs `winpty` in front.',
        'Nothing ran inside the container.'],
      todo: ['Drop `-t` (keep `-i` if you pipe input in): `-it` becomes `-i`.', 'In Git Bash, start the command with `winpty`.'],
      fixes: [repeatWith(ctx, 'dropTty', 'Run without -t', (args) => {
        const out = args.flatMap((a) => (a === '-t' || a === '--tty' ? [] : /^-[a-zA-Z]*t[a-zA-Z]*$/.test(a) && !a.startsWith('--') ? [a.replace('t', '')] : [a]))
          .filter((a) => a !== '-');
        return out.length === args.length && out.every((a, i) => a === args[i]) ? undefined : out;
      })],
    };
  },
};

export const containerNotRunning: FailureKind = {
  code: 'ContainerNotRunning',
  title: 'The container is not running',
  patterns: [
    // moby: "Error response from daemon: Container 0123abcd is not running" (newer engines: lowercase "container")
    /[Cc]ontainer ([0-9a-zA-Z_.-]+) is not running/,
    // moby, for a container whose restart policy keeps restarting it after crashes
    /[Cc]ontainer ([0-9a-zA-Z_.-]+) is restarting, wait until the container is running/,
  ],
  commands: ['exec', 'attach', 'kill', 'pause', 'compose exec'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/exec/',
  topics: ['command:docker exec', 'command:docker start'],
  explain(ctx) {
    const name = validContainer(firstArgument(ctx));
    return {
      what: `${name ? code(name) : 'The container'} exists but has stopped, and \`exec\` only works in a running container.`,
      why: ['A container runs as long as its main command does. If that command ended (or crashed), the container stopped with it.'],
      todo: ['See why it stopped: `docker logs` shows its output.', 'Start it again with `docker start`, then `exec` into it.'],
      fixes: name ? [dockerFix(ctx, 'logs', `Logs of ${name}`, ['logs', '--tail', '50', name]), dockerFix(ctx, 'start', `Start ${name}`, ['start', name])] : [],
    };
  },
};

export const containerRunning: FailureKind = {
  code: 'ContainerRunning',
  title: 'The container is still running',
  patterns: [
    // moby: "You cannot remove a running container <id>. Stop the container before attempting removal or force remove"
    /You cannot remove a running container ([0-9a-f]+)/,
  ],
  commands: ['rm'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/rm/',
  topics: ['command:docker rm', 'command:docker stop'],
  explain(ctx, m) {
    const name = validContainer(firstArgument(ctx)) ?? validContainer(m[1]);
    return {
      what: '`docker rm` only removes stopped containers, and this one is running.',
      why: ['Removing deletes the container\'s own files too, so docker asks you to stop it first, or to say `-f` to stop and remove in one go.'],
      todo: ['Stop it (`docker stop`), then remove it; or `docker rm -f`.'],
      fixes: name ? [dockerFix(ctx, 'stop', `Stop ${name}`, ['stop', name]), dockerFix(ctx, 'forceRemove', `Stop and remove ${name}`, ['rm', '-f', name])] : [],
    };
  },
};

export const noSuchContainer: FailureKind = {
  code: 'NoSuchContainer',
  title: 'No such container',
  patterns: [
    // moby: "Error response from daemon: No such container: web"; docker/cli: "Error: No such container: web"
    /No such container: (\S+)/,
  ],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/ls/',
  topics: ['command:docker ps'],
  explain(ctx, m) {
    return {
      what: `There is no container called ${code(m[1])}.`,
      why: ['Containers go by the name given with `--name` (or a random one like `eager_turing`), not by their image\'s name. One started with `--rm` disappears when it stops.'],
      todo: ['List every container, stopped ones too, with `docker ps -a`, and use a name from the NAMES column.'],
      fixes: [dockerFix(ctx, 'listContainers', 'List all containers', ['ps', '-a'])],
    };
  },
};

export const exitedAtOnce: FailureKind = {
  code: 'ExitedAtOnce',
  title: 'The container stopped right after it started',
  patterns: [
    // `docker ps -a` row: "... Exited (3) Less than a second ago          web"
    /^[0-9a-f]{6,}\s.*?\bExited \((\d+)\) (?:Less than a second|\d+ seconds?|About a minute) ago\s+(?:\S.*?\s+)?(\S+)\s*$/m,
    // `docker compose up` (attached): "web-1 exited with code 1"
    /^(?:\S+ \| )?(\S+?)(?:-\d+)? exited with code (\d+)\s*$/m,
  ],
  evenOnSuccess: true,
  commands: ['ps', 'compose up', 'compose start'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/logs/',
  topics: ['command:docker logs'],
  explain(ctx, m) {
    const compose = ctx.command?.startsWith('compose');
    const name = compose ? validService(m[1]) : validContainer(m[2]);
    const exit = compose ? m[2] : m[1];
    if (compose && exit === '0') return undefined;
    const logs = compose
      ? (name ? repeatWith(ctx, 'composeLogs', `Logs of ${name}`, (args) => { const i = args.indexOf(ctx.command!.split(' ')[1]); return i < 0 ? undefined : [...args.slice(0, i), 'logs', name]; }) : undefined)
      : (name ? dockerFix(ctx, 'logs', `Logs of ${name}`, ['logs', name]) : undefined);
    return {
      what: `${name ? code(name) : 'A container'} stopped within seconds of starting, with exit code ${exit}.`,
      why: [
        compose ? 'A container lives only as long as its main command. Its own output, just above this line (prefixed with its name), says why it ended.'
          : 'A container lives only as long as its main command. `-d` hides the output, so a crash at start-up looks like nothing happened.',
        exit === '0' ? 'Exit code 0: the command simply finished. A container needs a long-running command (a server), not one that ends, like `bash` without `-it`.' : `Exit code ${exit} is the app's own: it failed (a missing file, a bad setting, a port it could not open).`,
      ],
      todo: ['Read what it printed before it stopped: `docker logs <name>`.', 'Fix that, then start it again.'],
      fixes: [logs],
    };
  },
};
