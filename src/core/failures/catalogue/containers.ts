// SPDX-License-Identifier: MIT
// Failures starting or reaching a container: the command is not in the image (or is not a program, or was
// a docker flag written after the image), no terminal, a container stopped, restarting or gone.
import { code } from '../../render';
import { firstArgument, hasFlag, imageOf } from '../commandContext';
import type { CommandContext, FailureKind } from '../types';
import { dockerFix, repeatWith, validContainer, validImage } from '../fixes';
import { exitCodeNote } from './exits';

const runDocs = 'https://docs.docker.com/reference/cli/docker/container/run/';

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

/** Why a program is missing from many images: facts that hold whatever image this was. */
const oftenMissing: Record<string, string> = {
  bash: 'Alpine-based images (`alpine`, and most tags ending in `-alpine`) have `sh` but no `bash`.',
  python: 'Only images with Python installed have it, and Debian and Ubuntu packages install it as `python3`, not `python`.',
  python3: 'Only images with Python installed have it: the `python` images do; `debian`, `ubuntu` and `alpine` do not.',
  pip: '`pip` comes with the `python` images; elsewhere install it, or run `python3 -m pip`.',
  pip3: '`pip3` comes with the `python` images; elsewhere install it, or run `python3 -m pip`.',
  node: '`node` comes with the `node` images; other images lack it unless a step installs it.',
  npm: '`npm` comes with the `node` images; other images lack it unless a step installs it.',
  curl: 'Small images often lack `curl`: Debian `-slim` images and `alpine` have none (`alpine` has BusyBox `wget`).',
  wget: 'Debian `-slim` images have no `wget`.',
  git: 'Most images made to run an app have no `git`.',
};

/** What to use instead, where a common program is missing. */
const insteadOf: Record<string, string> = {
  bash: 'use `sh`, which almost every Linux image has',
  zsh: 'use `sh`, which almost every Linux image has',
  python: 'use `python3`, the name Debian and Ubuntu packages give it',
  pip: 'use `pip3`, or `python3 -m pip`',
};

/** Shells a `docker exec` may ask for that an image may lack; `sh` is in almost every Linux image. */
const execShells = new Set(['bash', 'zsh', 'fish', 'ash']);

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
    const exec = ctx.command === 'exec' || ctx.command === 'compose exec';
    const target = exec ? validContainer(firstArgument(ctx)) : undefined;
    const fromLine = (ctx.inv?.containerCommand.length ?? 0) > 0;
    const path = program.startsWith('/');
    const other = insteadOf[program];
    const source = exec
      ? `\`${ctx.command === 'exec' ? 'docker exec' : 'docker compose exec'}\` starts ${code(program)} as an extra process inside the running container${target ? ` ${code(target)}` : ''}; it names a container, not an image, and changes nothing else in it.`
      : fromLine ? (ctx.command === 'compose run' ? `${code(program)} comes from your command line, after the service: it replaces the service's \`command:\` (or else the image's \`CMD\`).` : `${code(program)} comes from your command line, after the image: it replaces the image's \`CMD\`.`)
        : ctx.command?.startsWith('compose') ? `${code(program)} comes from the service's \`command:\` or \`entrypoint:\`, or else from the image's \`CMD\` or \`ENTRYPOINT\`.`
          : `${code(program)} comes from the image's \`CMD\` or \`ENTRYPOINT\`.`;
    return {
      // exec runs in a container that is already up: no image and no CMD are involved, so the title says so too.
      ...(exec ? { title: 'Command not found in the running container' } : {}),
      what: exec ? `${target ? `The container ${code(target)}` : 'The container'} has no ${code(program)} to run.` : `The container has no ${code(program)} to run${image ? ` (image ${code(image)})` : ''}.`,
      why: [
        source,
        path ? 'A path must exist inside the image; files on your machine are not there unless a `COPY` or a volume put them there.' : oftenMissing[program] ?? 'The program must be installed in the image and on its `PATH`.',
        ...(path ? ['The same error comes when the file is there but its first line (`#!...`) names an interpreter the image lacks: `#!/bin/bash` on Alpine, which has only `sh`, or a line that ends in a Windows `\\r` (a script saved with CRLF line ends).'] : []),
        ...exitCodeNote(ctx),
      ],
      todo: path
        ? ['Look inside the image with `sh`: check the file is there, and read its first line (`head -1` on it).', 'Save the script with LF line ends, and start it with `#!/bin/sh` unless the image has `bash`.']
        : [...(exec ? [] : ['Look inside the image with a shell it has (`sh`) to see what is there.']),
          `Install ${code(program)} in the Dockerfile${other ? `, or ${other}` : ''}.`],
      fixes: [
        !exec && validImage(image) && !hasFlag(ctx, '--entrypoint') ? dockerFix(ctx, 'lookInside', 'Open sh in the image', ['run', '--rm', '-it', '--entrypoint', 'sh', image!]) : undefined,
        exec && execShells.has(program) ? repeatWith(ctx, 'useSh', 'Use sh', (args) => {
          const at = ctx.inv?.containerCommand[0] ? ctx.words.indexOf(ctx.inv.containerCommand[0]) - 1 : -1;
          return at >= 0 && args[at] === program ? [...args.slice(0, at), 'sh', ...args.slice(at + 1)] : undefined;
        }) : undefined,
      ],
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
    const file = m[1].replace(/^.*\//, '');
    return {
      what: `${code(m[1])} is in the image, but it is not marked executable.`,
      why: ['`COPY` keeps the permissions the file has in the build context: a script without its `x` bit there cannot be started in the container either. Usually it was never marked executable, or a git checkout did not keep the bit.', ...exitCodeNote(ctx)],
      todo: [`Mark it executable: \`chmod +x ${file}\` in its folder, and rebuild; \`git update-index --chmod=+x ${file}\` also records the bit in git, for every checkout.`, `Or set it in the Dockerfile with \`COPY --chmod=755\`, or start it through its interpreter (\`CMD ["sh", "${m[1]}"]\`).`],
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
        'It also happens with a script whose first line is not `#!` (such as `#!/bin/sh`), including one saved with a byte-order mark (BOM) in front of the `#!`. (Windows line ends give another error: "no such file or directory".)',
      ],
      todo: ['Check the image\'s platform, then build or pull it for this machine: `--platform linux/amd64` (or `linux/arm64`) on `docker build` or `docker run`.', 'For a script, make `#!/bin/sh` its very first line, and save it without a BOM.'],
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
    if (ctx.command === 'compose exec') {
      // compose_exec.md: "By default 'docker compose exec' allocates a TTY"; -T turns that off.
      return {
        what: '`docker compose exec` asks for a terminal by default, and this command\'s input is not one.',
        why: ['That happens in a script, a Makefile, a CI job, or when input comes from a pipe. Nothing ran inside the container.'],
        todo: ['Add `-T` after `exec` (`docker compose exec -T <service> ...`): it runs the command without a terminal.'],
        fixes: [repeatWith(ctx, 'noTty', 'Run with -T', (args) => {
          const i = args.indexOf('exec');
          return i < 0 ? undefined : [...args.slice(0, i + 1), '-T', ...args.slice(i + 1)];
        })],
      };
    }
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
  explain(ctx, m) {
    const name = validContainer(firstArgument(ctx));
    const shown = name ? code(name) : 'The container';
    const logs = name ? dockerFix(ctx, 'logs', `Logs of ${name}`, ['logs', '--tail', '50', name]) : undefined;
    if (m[0].includes('is restarting')) {
      return {
        title: 'The container keeps restarting',
        what: `${shown} keeps crashing, and its restart policy keeps starting it again, so it is not running long enough for this command.`,
        why: ['Its main command ends (crashes) soon after each start, and a restart policy (`--restart`, or `restart:` in compose) starts it again: a crash loop. `docker start` does not help, because it is already being started over and over.'],
        todo: ['Read why it crashes: `docker logs` shows the output of every attempt.', 'Stop it with `docker stop` to end the loop while you fix the cause.'],
        fixes: name ? [logs, dockerFix(ctx, 'stop', `Stop ${name}`, ['stop', name])] : [],
      };
    }
    return {
      what: `${shown} exists but has stopped, and \`exec\` only works in a running container.`,
      why: ['A container runs as long as its main command does. If that command ended (or crashed), the container stopped with it.'],
      todo: [
        'See why it stopped: `docker logs` shows its output.',
        'If its command keeps running (a web server, say), start it again with `docker start`, then `exec` into it.',
        `If its command ends by itself (a one-off such as \`true\`, a script, a test run), \`docker start\` runs it again and it stops again at once, before \`exec\` can reach it. To look around in its image, start a new container there with a shell instead: \`docker run --rm -it --entrypoint sh IMAGE\`, with IMAGE replaced by the image's name${name ? ` (**Image of ${name}** below runs \`docker inspect --format '{{.Config.Image}}' ${name}\`, which prints it)` : ''}.`,
      ],
      fixes: name ? [logs, dockerFix(ctx, 'start', `Start ${name}`, ['start', name]), dockerFix(ctx, 'imageOf', `Image of ${name}`, ['inspect', '--format', '{{.Config.Image}}', name])] : [],
    };
  },
};

export const containerRunning: FailureKind = {
  code: 'ContainerRunning',
  title: 'The container is still running',
  patterns: [
    // moby: "You cannot remove a running container <id>. Stop the container before attempting removal or force remove"
    /You cannot remove a running container ([0-9a-f]+)/,
    // Newer engines (moby v28.0.0 daemon/delete.go:94): cannot remove container "/web": container is running: stop the container before removing or force remove
    /cannot remove container "\/?([^"]+)": container is (?:running|restarting)/,
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
