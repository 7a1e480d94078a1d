// SPDX-License-Identifier: MIT
// Docker's own error messages, one entry per mistake: every wording Docker has printed for it (Engine 20.10
// to 28, Compose v2.0 to current, BuildKit 0.8 to current), each with where it comes from, and one plain
// sentence of ours that says what it means. The terminal coach's failure kinds read the sentence from here, so
// an editor Problem for the same mistake can later use the same words.
// Sources are given as repo tag path:line; the fixtures in test/fixtures/failures quote them in full.

/** One message of Docker's, in all its wordings, and what it means in plain words. */
export interface DockerError {
  /** Docker's wordings, oldest first; capture groups are the names the message gives. */
  readonly patterns: readonly RegExp[];
  /** What it means, one sentence for a first-month learner. */
  readonly says: string;
}

const cliFlags = {
  // spf13/pflag flag.go:478 (docker/cli v20.10.0 and v28.0.0 vendor): invalid argument "512x" for "-m, --memory" flag: ...
  invalidSize: { patterns: [/invalid argument "([^"]*)" for "((?:-\w, )?--[\w-]+)" flag: invalid (?:size|suffix): '([^']*)'/], says: 'A size needs a number and a unit Docker knows: `b`, `k`, `m` or `g` (such as `512m` or `1g`).' },
  // Go time.ParseDuration through pflag: time: missing unit in duration "5" (Go 1.15+ quotes it; older Go did not)
  invalidDuration: { patterns: [/invalid argument "([^"]*)" for "((?:-\w, )?--[\w-]+)" flag: time: (missing unit in duration|invalid duration|unknown unit)[^\n]*/], says: 'A duration needs a unit: `30s`, `1m30s`, `2h`; a bare number is not accepted.' },
  // docker/cli v20.10.0 opts/opts.go:411, v28.0.0 opts/opts.go:402: failed to parse abc as a rational number
  invalidCpus: { patterns: [/failed to parse (\S+) as a rational number/], says: '`--cpus` takes a number of CPUs, such as `1` or `0.5`.' },
  // spf13/pflag flag.go:478: the general form, for any other flag value the flag's type refuses
  invalidFlagValue: { patterns: [/invalid argument "([^"]*)" for "((?:-\w, )?--[\w-]+)" flag: ([^\n]+)/], says: 'The value given to a flag is not of the kind that flag takes.' },
  // spf13/pflag flag.go:1003 and :1065 (v28.0.0 vendor): flag needs an argument: --network / 'm' in -m
  flagNeedsArgument: { patterns: [/flag needs an argument: (--[\w-]+)/, /flag needs an argument: '(\w)' in -(\w+)/], says: 'A flag that takes a value was written without one: the value goes right after it.' },
  // spf13/pflag flag.go:1042: unknown shorthand flag: 'n' in -n
  unknownShorthand: { patterns: [/unknown shorthand flag: '(.)' in (-\S+)/], says: 'After a single dash, each letter is a one-letter flag of its own, and this command has no flag of that letter.' },
  // docker/go-connections nat/nat.go (cli v20.10.0 vendor :195 "Invalid containerPort", v28.0.0 vendor :193 lower case)
  invalidContainerPort: { patterns: [/[Ii]nvalid containerPort: (\S+)/], says: 'The container port (right of the `:` in `-p 8080:80`) must be a number from 1 to 65535.' },
  // docker/go-connections nat/nat.go (v20.10.0 vendor :202, v28.0.0 vendor :200)
  invalidHostPort: { patterns: [/[Ii]nvalid hostPort: (\S+)/], says: 'The host port (left of the `:` in `-p 8080:80`) must be a number from 1 to 65535, or a range like `8080-8081`.' },
  // docker/go-connections nat/nat.go (v28.0.0 vendor :214): invalid proto: tcpp; docker/cli opts/port.go:54: invalid protocol value
  invalidProto: { patterns: [/invalid proto: (\S+)/, /invalid protocol value (\S+)/], says: 'A port\'s protocol, after the `/`, can only be `tcp`, `udp` or `sctp`.' },
  // docker/cli v20.10.0 cli/command/container/opts.go:657; v28.0.0 opts.go:702
  restartWithRm: { patterns: [/Conflicting options: --restart and --rm/, /conflicting options: cannot specify both --restart and --rm/], says: '`--rm` deletes the container when it stops, and `--restart` starts it again when it stops: one container cannot do both.' },
  // docker/cli v28.0.0 run.go:133, restart.go:33, opts.go:807-822, cli.go:275
  conflictingOptions: { patterns: [/conflicting options: cannot specify both (\S+) and ([^\n]+)/], says: 'Two flags were given that ask for opposite things; Docker takes only one of them.' },
  // docker/cli opts/envfile.go (v20.10.0 :20, os.Open): open missing.env: no such file or directory
  envFileMissing: { patterns: [/^(?:docker: )?open (\S+): no such file or directory/m], says: 'A file named on the command line (such as `--env-file`) is not there, seen from the folder the command ran in.' },
} satisfies Record<string, DockerError>;

const engine = {
  // moby v20.10.0 daemon/container.go:368; v28.0.0 api/types/container/hostconfig.go:343
  invalidRestartPolicy: { patterns: [/invalid restart policy '([^']*)'/, /invalid restart policy: unknown policy '([^']*)'/], says: 'A restart policy is one of `no`, `always`, `on-failure` (optionally `on-failure:3`) or `unless-stopped`.' },
  // moby v20.10.0 daemon/container.go:358; v28.0.0 api/types/container/hostconfig.go:325
  restartRetryCount: { patterns: [/maximum retry count cannot be used with restart policy '([^']*)'/, /invalid restart policy: maximum retry count can only be used with 'on-failure'/], says: 'Only `on-failure` takes a count (`on-failure:3`); `always` and `unless-stopped` restart without limit.' },
  // moby v20.10.0 volume/local/local.go:264; v28.0.0 volume/local/local.go:259
  invalidVolumeName: { patterns: [/"([^"]*)" includes invalid characters for a local volume name/], says: 'A `-v` source without a leading `/` or `./` is read as the name of a volume, and this one has characters a volume name cannot have.' },
  // moby v20.10.0 and v28.0.0 volume/mounts/validate.go:20
  bindSourceMissing: { patterns: [/bind source path does not exist: (\S+)/], says: 'With `--mount type=bind`, the folder on your machine must exist already; Docker does not create it.' },
  // moby v20.10.0 volume/mounts/mounts.go:180, :176; docker/cli (volume spec split): invalid spec: ...: too many colons
  invalidVolumeSpec: { patterns: [/invalid volume specification: '([^']*)'/, /invalid spec: (\S+): too many colons/, /invalid mode: (\S+)/], says: 'A `-v` value is `source:target` with an optional `:ro` (or `rw`, `z`, `Z`) at the end; this one does not have that shape.' },
  // moby v20.10.0 daemon/cluster/helpers.go:238, v28.0.0 libnetwork/error.go:11
  networkNotFound: { patterns: [/network (\S+) not found/], says: 'Networks other than `bridge`, `host` and `none` must be made (by `docker network create`, or by Compose for its project) before a container can join them.' },
  // moby v20.10.0 and v28.0.0 runconfig/errors.go:5-33; daemon: Container cannot be connected to network endpoints
  networkModeConflict: { patterns: [/conflicting options: (port publishing|port exposing|hostname|dns|mac-address|custom host-to-IP mapping) and the (?:container type )?network mode/, /conflicting options: (host|container) type network(?:ing)? can't be used with links/, /Container cannot be connected to network endpoints: ([^\n]+)/], says: 'A container started with `--network container:NAME` uses that container\'s network, so it cannot have published ports, a hostname, DNS settings or host entries of its own; `--network host` cannot take `--link`.' },
  // moby v20.10.0 daemon/daemon_unix.go:431; v28.0.0 :419
  minimumMemory: { patterns: [/Minimum memory limit allowed is (\d+MB)/], says: 'A memory limit under 6 MB is refused: no container can start in so little.' },
  // moby v20.10.0 daemon/daemon_unix.go:466; v28.0.0 :454
  memoryBelowReservation: { patterns: [/Minimum memory limit can not be less than memory reservation limit/], says: 'The hard limit (`-m`) must be at least the soft one (`--memory-reservation`).' },
  // moby v20.10.0 daemon/daemon_unix.go (Range of CPUs ...); v28.0.0 daemon/daemon_unix.go:506 (lower case)
  cpusOutOfRange: { patterns: [/[Rr]ange of CPUs is from 0\.01 to ([\d.]+), as there are only (\d+) CPUs available/], says: '`--cpus` cannot ask for more CPUs than this machine (or Docker Desktop\'s VM) has.' },
  // moby v20.10.0 daemon/names.go:60; v28.0.0 daemon/names.go:64
  invalidContainerName: { patterns: [/Invalid container name \(([^)]*)\), only (\S+) are allowed/], says: 'A container name starts with a letter or digit and then has only letters, digits, `_`, `.` and `-`: no spaces or `/`.' },
  // moby v20.10.0 volume/service/errors.go:10; v28.0.0 :9
  volumeInUse: { patterns: [/remove (\S+): volume is in use - \[([0-9a-f, ]+)\]/], says: 'A volume cannot be removed while a container, even a stopped one, still uses it.' },
  // moby v20.10.0 vendor/github.com/docker/libnetwork/error.go:132; v28.0.0 libnetwork/error.go:35
  networkHasEndpoints: { patterns: [/network (\S+) id ([0-9a-f]+) has active endpoints/], says: 'A network cannot be removed while containers are still connected to it.' },
  // moby v20.10.0 volume/service/errors.go:12; v28.0.0 :11
  noSuchVolume: { patterns: [/get (\S+): no such volume/], says: 'No volume has this name on this engine.' },
  // moby v20.10.0 daemon/images/image.go:55; v28.0.0 daemon/images/image.go:198
  platformMismatch: { patterns: [/image with reference (\S+) was found but (?:does not match the specified platform|its platform \(\S+\) does not match the specified platform)/], says: 'The image here was built for another kind of processor than the one `--platform` asks for.' },
} satisfies Record<string, DockerError>;

const registry = {
  // docker/distribution registry/api/errcode/register.go:38 (UNAUTHORIZED), printed lower case: unauthorized: ...;
  // dockerd 20.10 prints the bare code when the registry's message is the code's default (recorded)
  unauthorized: { patterns: [/unauthorized: (incorrect username or password|authentication required[^\n]*)/, /Error response from daemon: (?:(?:Get|Head) "?https?:\/\/[^\s"]+"?: )?unauthorized(?:: ([^\n]*))?$/m], says: 'The registry did not accept who you are: the login is missing, expired or wrong.' },
  // docker/distribution errcode register.go:70 (TOOMANYREQUESTS); Docker Hub's message about its pull rate limit
  tooManyRequests: { patterns: [/toomanyrequests: ([^\n]*)/], says: 'Docker Hub limits how many images one address may pull in a few hours, and this machine has reached the limit.' },
  // moby v20.10.0 distribution/pull_v2.go:837; v28.0.0 distribution/pull_v2.go:945, daemon/containerd/image_pull.go:229;
  // containerd images/handlers.go:277 (v20.10.0 vendor) and v2 core/images/handlers.go:311 (v28.0.0 vendor)
  noMatchingManifest: { patterns: [/no matching manifest for (\S+) in the manifest list entries/, /no match for platform in manifest/], says: 'The image exists, but not for this kind of processor: its publisher built it for other platforms only.' },
  // docker/distribution errcode register.go:52 (DENIED): denied: requested access to the resource is denied
  pushDenied: { patterns: [/denied: requested access to the resource is denied/], says: 'Pushing goes to the registry and account named at the start of the image name, and you may not write there.' },
  // moby v20.10.0 distribution/push.go:70; v28.0.0 distribution/push.go:39 and daemon/containerd/image_push.go:64
  pushNoLocalImage: { patterns: [/An image does not exist locally with the tag: (\S+)/], says: '`docker push` sends an image you have here under exactly that name, and there is none.' },
  // Go crypto/x509, through the engine or BuildKit: x509: certificate signed by unknown authority
  unknownAuthority: { patterns: [/x509: certificate signed by unknown authority/, /tls: failed to verify certificate: x509: [^\n]+/], says: 'The registry\'s certificate is signed by an authority this machine does not trust, often a company proxy.' },
  // Go net/http client: http: server gave HTTP response to HTTPS client
  httpToHttps: { patterns: [/http: server gave HTTP response to HTTPS client/], says: 'Docker talks HTTPS to registries, and this one answers plain HTTP.' },
} satisfies Record<string, DockerError>;

const dockerfile = {
  // buildkit v0.8.0 frontend/dockerfile/instructions/parse.go:125; v0.32.2 :167 (newer adds "(did you mean RUN?)")
  unknownInstruction: { patterns: [/unknown instruction: (\S+?)(?: \(did you mean (\w+)\?\))?(?:\n|$)/i], says: 'Every Dockerfile line must start with an instruction; an unknown word there is often a typo, or a command that lost its `RUN` or the `\\` at the end of the line above.' },
  // buildkit v0.8.0 instructions/bflag.go:156 "Unknown flag: chmodd"; v0.32.2 bflag.go:170 "unknown flag: --chmodd"
  dockerfileUnknownFlag: { patterns: [/dockerfile parse error (?:on )?line \d+: unknown flag: (\S+)/i], says: 'The `--word` after the instruction is not a flag that instruction has: a typo, or (with `CMD --port`) an argument that BuildKit reads as a flag.' },
  // buildkit v0.8.0 instructions/parse.go:647-655; v0.32.2 :807-815
  dockerfileMissingArguments: { patterns: [/(\w+) requires (at least one|exactly one|at least two) arguments?/], says: 'An instruction was written without all of its parts, such as `COPY` with no destination.' },
  // buildkit v0.8.0 instructions/parse.go:659; v0.32.2 :823
  blankName: { patterns: [/(ENV|ARG|LABEL) names can not be blank/], says: 'A name is missing before the `=`, as in `ENV =value` or a space after the name: `ENV NAME = value`.' },
  // buildkit v0.8.0 parser/line_parsers.go:157; v0.32.2 :156
  envTwoArguments: { patterns: [/(ENV|LABEL) must have two arguments/], says: 'The instruction names a variable without giving it a value: write `ENV NAME=value`.' },
  // moby v20.10.0 builder/dockerfile/copy.go:128 (legacy builder)
  copyManyToFile: { patterns: [/When using (COPY|ADD) with more than one source file, the destination must be a directory and end with a \//], says: 'When several files go to one place, that place must be a folder, written with a `/` at the end.' },
  // buildkit v0.8.0 dockerfile2llb/convert.go:212; v0.32.2 dockerfile2llb/validations.go:111
  circularStage: { patterns: [/circular dependency detected on stage: (\S+)/], says: 'A stage copies from itself, or two stages copy from each other, so neither can be built first.' },
  // buildkit v0.8.0 dockerfile2llb/convert.go:121; v0.32.2 convert.go:413
  blankBaseName: { patterns: [/base name \(([^)]*)\) should not be blank/], says: '`FROM` names its image through a variable that is empty at that point.' },
  // docker/cli v25.0.0 cmd/docker/builder.go:27; v28.0.0 :28
  buildxMissing: { patterns: [/BuildKit is enabled but the buildx component is missing or broken/], says: 'This docker is set to build with BuildKit, and the `buildx` plugin that does it is not installed.' },
} satisfies Record<string, DockerError>;

const compose = {
  // compose-go v2.0.0 template/template.go:67 (v1.0.0 :255): required variable API_KEY is missing a value[: message]
  requiredVariable: { patterns: [/required variable (\w+) is missing a value(?:: ([^\n]+))?/], says: 'The compose file writes `${NAME?}` or `${NAME:?}`: it refuses to run until that variable is set.' },
  // docker/cli v20.10.0 cli/command/image/build.go:277; v28.0.0 :239
  contextNotFound: { patterns: [/unable to prepare context: path "([^"]+)" not found/], says: 'The build context (the folder after `docker build`, or `build:` in a compose file) does not exist, seen from where the command ran.' },
  // docker/compose v2.0.0 pkg/compose/convergence.go:515; v2.20.0 :644; v5.5.0 :490
  noHealthcheck: { patterns: [/container (\S+) has no healthcheck configured/, /container for service "([^"]+)" has no healthcheck configured/], says: '`condition: service_healthy` waits for a health check, and the service it waits for has none.' },
  // docker/compose v2.20.0 pkg/compose/convergence.go:650; v5.5.0 :496 (wrapped in "dependency failed to start: ")
  unhealthy: { patterns: [/container (\S+) is unhealthy/], says: 'A service this one waits for (`condition: service_healthy`) failed its health check, so Compose did not start the ones after it.' },
  // docker/compose v5.5.0 pkg/compose/convergence.go:480 (wrapped in "dependency failed to start: ")
  dependencyExited: { patterns: [/dependency failed to start: container (\S+) exited \((\d+)\)/], says: 'A service this one depends on stopped with an error before this one could start.' },
  // compose-go v2.0.0 graph/graph.go:92, v2.13.0 graph/cycle.go:54; docker/compose v2.0.0 pkg/compose/dependencies.go:337
  dependencyCycle: { patterns: [/dependency cycle detected: ([^\n]+)/, /cycle found: ([^\n]+)/], says: 'Services wait for each other in a circle through `depends_on`, so none can start first.' },
  // compose-go v2.0.0 loader/validate.go:58; v2.13.0 :68
  networkModeAndNetworks: { patterns: [/service (\S+) declares mutually exclusive `network_mode` and `networks`/], says: '`network_mode` and `networks:` both say which network a service joins; a service takes one or the other.' },
  // compose-go v2.0.0 loader/validate.go:139; v2.13.0 :177 (its arguments come out swapped: "services.scale: ... and web")
  containerNameScale: { patterns: [/services\.(\S+): can't set container_name and (\S+) as container name must be unique/], says: 'A fixed `container_name` can belong to one container only, so the service cannot have more than one replica.' },
  // compose-go v1.0.0 cli/options.go:360; v2.0.0 cli/options.go:525; v2.13.0 loader/loader.go:303
  noConfigFile: { patterns: [/no configuration file provided(?:: not found)?/], says: 'Compose found no `compose.yaml` (or `docker-compose.yml`) in this folder or the ones above it.' },
  // compose-go v1.0.0 loader/validate.go:32; v2.0.0 :35; v2.13.0 :33
  noImageNoBuild: { patterns: [/service "([^"]+)" has neither an image nor a build context specified/], says: 'Each service needs an `image:` to run or a `build:` to make one.' },
  // compose-go v1.0.0 schema/schema.go (gojsonschema "Additional property x is not allowed"); v2 (jsonschema "additional properties 'x' not allowed")
  unknownKey: { patterns: [/(\S+) Additional property (\S+) is not allowed/, /(\S+) additional propert(?:y|ies) '([^']+)'(?:, '[^']+')* not allowed/], says: 'A key in the compose file is not one Compose knows at that place: often a typo, or a key indented under the wrong parent.' },
  // compose-go v1.0.0 schema/schema.go:94 and v2.13.0 schema/schema.go:120: services.web.ports must be a list
  wrongType: { patterns: [/((?:services|networks|volumes)\.\S+) must be a (string|number|boolean|list|mapping|array|object|integer)\b/], says: 'A value in the compose file has the wrong shape: a list where a mapping belongs, or the other way round.' },
  // compose-go v1.0.0 interpolation/interpolation.go:118; v2.13.0 :123
  badInterpolation: { patterns: [/invalid interpolation format for (\S+?)[.:]/], says: 'A `$` in a value starts a variable, and this one is not written `$NAME` or `${NAME}`; a literal `$` is written `$$`.' },
  // compose-go v2.13.0 types/project.go:750; v1.0.0 cli/options.go:200
  envFileNotFound: { patterns: [/env file (\S+) not found/, /Couldn't find env file: (\S+)/], says: 'An `env_file:` in the compose file names a file that is not there, seen from the compose file\'s folder.' },
  // docker/compose v2.0.0 pkg/compose/exec.go:154; v5.5.0 pkg/compose/containers.go:105-107
  serviceNotRunning: { patterns: [/service "([^"]+)" is not running/], says: '`docker compose exec` goes into a running container of the service, and none is running.' },
} satisfies Record<string, DockerError>;

/** Every message, by id. */
export const dockerErrors = { ...cliFlags, ...engine, ...registry, ...dockerfile, ...compose };
export type DockerErrorId = keyof typeof dockerErrors;
