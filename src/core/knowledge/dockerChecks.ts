// SPDX-License-Identifier: MIT
// The checks Docker itself makes on a learner's compose file, Dockerfile or command, read from Docker's
// source (compose-go, docker/compose, docker/cli, moby, BuildKit), each with where Docker Coach catches the
// same mistake: a Problem in the editor, a failure kind in the terminal, or neither (and why). docs/rules.md
// renders this list; a unit test checks that every code named here exists, so it cannot drift.

/** Which part of Docker makes the check. */
export type DockerCheckWhere = 'compose' | 'dockerfile' | 'cli' | 'engine';

export interface DockerCheck {
  readonly where: DockerCheckWhere;
  /** What Docker refuses, in a few words. */
  readonly check: string;
  /** `owner/repo:path` and, where it helps, the function. */
  readonly source: string;
  /** Our Problem codes and failure kind codes for the same mistake; undefined when we have neither. */
  readonly coveredBy?: { readonly problems?: readonly string[]; readonly failureKinds?: readonly string[] };
  /** Why the coach does not catch it (only when coveredBy is undefined). */
  readonly note?: string;
}

const GO = 'compose-spec/compose-go:';
const CLI = 'docker/cli:';
const MOBY = 'moby/moby:';
const BK = 'moby/buildkit:frontend/dockerfile/';

type Cover = DockerCheck['coveredBy'];
const p = (...problems: string[]) => ({ problems });
const k = (...failureKinds: string[]) => ({ failureKinds });
const pk = (problems: string[], failureKinds: string[]): Cover => ({ problems, failureKinds });

/** Compose: compose-go's loader, transforms and validation, then docker/compose. */
const compose: DockerCheck[] = [
  { where: 'compose', check: 'YAML syntax, duplicate keys, top-level object must be a mapping', source: `${GO}loader/loader.go, loader/reset.go`, coveredBy: pk(['YamlSyntax'], ['ComposeYamlError']) },
  { where: 'compose', check: 'the compose JSON schema (unknown keys, wrong types)', source: `${GO}schema/compose-spec.json (loader.go validating)`, coveredBy: pk(['ComposeSchema', 'UnknownKey'], ['ComposeUnknownKey', 'ComposeWrongType']) },
  { where: 'compose', check: 'no configuration file provided / empty compose file', source: `${GO}loader/loader.go`, coveredBy: k('ComposeNoConfigFile') },
  { where: 'compose', check: 'project name must not be empty, lowercase letters, digits, dashes and underscores', source: `${GO}loader/loader.go; docker/compose:cmd/compose/compose.go`, coveredBy: p('ProjectNameNormalized') },
  { where: 'compose', check: 'variable interpolation syntax, `${VAR:?error}` required variables', source: `${GO}template/template.go`, coveredBy: pk(['RequiredVariableUnset'], ['ComposeBadInterpolation', 'ComposeRequiredVariable']) },
  { where: 'compose', check: 'service has neither an image nor a build context', source: `${GO}loader/validate.go checkConsistency`, coveredBy: pk(['MissingImageOrBuild'], ['ComposeNoImageOrBuild']) },
  { where: 'compose', check: 'dockerfile and dockerfile_inline are mutually exclusive', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('DockerfileWithInline') },
  { where: 'compose', check: 'build.additional_contexts names an unknown or non-buildable service', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('BuildContextServiceUnknown') },
  { where: 'compose', check: 'build.platforms must include the service platform', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('BuildPlatformsMissPlatform') },
  { where: 'compose', check: 'network_mode and networks are mutually exclusive', source: `${GO}loader/validate.go checkConsistency`, coveredBy: pk(['NetworkModeWithNetworks'], ['ComposeNetworkModeWithNetworks']) },
  { where: 'compose', check: 'service refers to an undefined network', source: `${GO}loader/validate.go checkConsistency`, coveredBy: pk(['UndefinedNetwork'], ['ComposeUndefinedReference']) },
  { where: 'compose', check: 'depends_on an undefined service', source: `${GO}loader/validate.go checkConsistency`, coveredBy: pk(['UndefinedService'], ['ComposeUndefinedReference']) },
  { where: 'compose', check: 'network_mode `service:x` names an unknown service', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('UndefinedService') },
  { where: 'compose', check: 'service refers to an undefined volume', source: `${GO}loader/validate.go checkConsistency`, coveredBy: pk(['UndefinedVolume'], ['ComposeUndefinedReference']) },
  { where: 'compose', check: 'service refers to an undefined secret or build secret', source: `${GO}loader/validate.go checkConsistency`, coveredBy: pk(['UndefinedSecret'], ['ComposeUndefinedReference']) },
  { where: 'compose', check: 'service refers to an undefined config', source: `${GO}loader/validate.go checkConsistency`, coveredBy: pk(['UndefinedConfig'], ['ComposeUndefinedReference']) },
  { where: 'compose', check: 'service refers to an undefined model', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('UndefinedModel') },
  { where: 'compose', check: 'distinct values for scale and deploy.replicas', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('ConflictingDeployValues') },
  { where: 'compose', check: 'scale or deploy.replicas below 0', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('ValueOutOfRange') },
  { where: 'compose', check: 'distinct values for cpus, mem_limit, mem_reservation, pids_limit and their deploy.resources twins', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('ConflictingDeployValues') },
  { where: 'compose', check: 'container_name with more than one replica', source: `${GO}loader/validate.go checkConsistency`, coveredBy: pk(['ContainerNameWithReplicas'], ['ComposeContainerNameWithScale']) },
  { where: 'compose', check: 'develop.watch target required for non-rebuild actions', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('WatchWithoutTarget') },
  { where: 'compose', check: 'two mounts on the same container path', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('DuplicateMountTarget') },
  { where: 'compose', check: 'a secret must declare file or environment', source: `${GO}loader/validate.go checkConsistency`, coveredBy: p('SecretWithoutSource') },
  { where: 'compose', check: 'depends_on cycle, or a service that depends on itself', source: `${GO}graph/cycle.go`, coveredBy: pk(['DependencyCycle'], ['ComposeDependencyCycle']) },
  { where: 'compose', check: 'a required service is disabled by profiles', source: `${GO}graph/services.go`, coveredBy: k('ComposeRequiredServiceDisabled') },
  { where: 'compose', check: 'extends: the service it names must exist (checked by the coach in the same file)', source: `${GO}loader/extends.go`, coveredBy: p('UndefinedService') },
  { where: 'compose', check: 'extends cycle', source: `${GO}loader/extends.go`, coveredBy: p('ExtendsCycle') },
  { where: 'compose', check: 'include must be a list of files; include cycle', source: `${GO}loader/include.go`, coveredBy: pk(['ComposeSchema', 'IncludeItself'], ['ComposeIncludeCycle']) },
  { where: 'compose', check: 'volume short syntax: empty spec, empty section, too many colons, bad mode', source: `${GO}format/volume.go ParseVolume`, coveredBy: pk(['InvalidVolumeMount'], ['InvalidVolumeSpec']) },
  { where: 'compose', check: 'a relative path without ./ is read as a volume name', source: `${GO}format/volume.go; ${MOBY}daemon/volume/local/local.go`, coveredBy: pk(['InvalidVolumeMount'], ['InvalidVolumeName']) },
  { where: 'compose', check: 'ports short syntax: numbers, ranges, protocol', source: `${GO}transform/ports.go; docker/go-connections:nat/nat.go ParsePortSpec`, coveredBy: pk(['InvalidPortMapping'], ['InvalidContainerPort', 'InvalidHostPort', 'InvalidPortProtocol']) },
  { where: 'compose', check: 'durations (healthcheck interval, stop_grace_period) need a unit', source: `${GO}types/duration.go`, coveredBy: pk(['InvalidDuration'], ['InvalidDuration']) },
  { where: 'compose', check: 'byte sizes (mem_limit, shm_size) like 512m', source: `${GO}types/bytes.go; docker/go-units:size.go RAMInBytes`, coveredBy: pk(['InvalidByteSize'], ['InvalidSizeValue']) },
  { where: 'compose', check: 'cpus is a number', source: `${GO}types/cpus.go`, coveredBy: pk(['InvalidCpus'], ['InvalidCpus']) },
  { where: 'compose', check: 'healthcheck.test form (NONE, CMD, CMD-SHELL)', source: `${GO}types/healthcheck.go`, coveredBy: p('InvalidHealthcheckTest') },
  { where: 'compose', check: 'environment: key=value entries, no trailing space in a name', source: `${GO}transform/mapping.go, types/mapping.go`, coveredBy: p('ComposeSchema') },
  { where: 'compose', check: 'extra_hosts entries need an IP', source: `${GO}types/hostList.go`, coveredBy: p('ExtraHostWithoutIp') },
  { where: 'compose', check: 'devices short syntax and device count (`all` or a number)', source: `${GO}transform/device.go, types/device.go`, coveredBy: p('InvalidDevice') },
  { where: 'compose', check: 'name and external.name conflict', source: `${GO}transform/external.go`, coveredBy: p('ExternalNameConflict') },
  { where: 'compose', check: 'depends_on condition has a healthcheck to wait for', source: 'docker/compose:pkg/compose/convergence.go', coveredBy: pk(['HealthyWithoutHealthcheck'], ['ComposeNoHealthcheck']) },
  { where: 'compose', check: 'a dependency failed to start or became unhealthy', source: 'docker/compose:pkg/compose/convergence.go', coveredBy: k('ComposeDependencyUnhealthy', 'ComposeDependencyExited') },
  { where: 'compose', check: 'env_file must exist', source: `${GO}loader/environment.go`, coveredBy: k('ComposeEnvFileNotFound') },
  { where: 'compose', check: 'build context must exist', source: 'docker/compose:pkg/compose/build.go', coveredBy: k('BuildContextNotFound') },
  { where: 'compose', check: 'an external network or volume must already exist', source: 'docker/compose:pkg/compose/create.go resolveExternalNetwork, checkExternalVolumes', coveredBy: k('ComposeExternalNetworkMissing', 'ComposeExternalVolumeMissing') },
  { where: 'compose', check: 'a service sharing volumes_from or a namespace (network_mode: service:x) needs that container', source: 'docker/compose:pkg/compose/convergence.go', coveredBy: k('ComposeSharedContainerMissing') },
  { where: 'compose', check: 'ipv4_address, ipv6_address, mac_address, dns, subnet and gateway are valid addresses', source: 'docker/compose:pkg/compose/create.go', coveredBy: p('InvalidAddress') },
  { where: 'compose', check: 'configs and secrets drivers are not supported by Compose', source: 'docker/compose:pkg/compose/create.go', coveredBy: p('UnsupportedDriver') },
  { where: 'compose', check: 'docker compose up flags that cannot be combined (--build with --no-build, --detach with --abort-on-container-exit, ...)', source: 'docker/compose:cmd/compose/up.go validate', coveredBy: k('ComposeIncompatibleFlags') },
  { where: 'compose', check: 'restart policy value', source: `${MOBY}api/types/container/hostconfig.go ValidateRestartPolicy`, coveredBy: pk(['InvalidRestartPolicy'], ['InvalidRestartPolicy']) },
  { where: 'compose', check: 'image reference format (lowercase repository, valid tag)', source: 'distribution/reference:normalize.go ParseNormalizedNamed', coveredBy: pk(['InvalidImageReference'], ['InvalidReference']) },
];

/** Dockerfile: BuildKit's parser, instruction parser and converter. */
const dockerfile: DockerCheck[] = [
  { where: 'dockerfile', check: 'unknown instruction', source: `${BK}instructions/parse.go ParseInstruction`, coveredBy: pk(['UnknownInstruction'], ['UnknownInstruction']) },
  { where: 'dockerfile', check: 'unknown flag on an instruction', source: `${BK}instructions/bflag.go Parse`, coveredBy: pk(['InvalidFlag'], ['DockerfileUnknownFlag']) },
  { where: 'dockerfile', check: 'instruction needs at least one / exactly one argument', source: `${BK}instructions/parse.go errAtLeastOneArgument, errExactlyOneArgument`, coveredBy: pk(['MissingArguments'], ['DockerfileMissingArguments']) },
  { where: 'dockerfile', check: 'COPY/ADD need a source and a destination', source: `${BK}instructions/parse.go errNoDestinationArgument`, coveredBy: pk(['MissingArguments'], ['DockerfileMissingArguments']) },
  { where: 'dockerfile', check: 'ENV or LABEL name without a value; blank name', source: `${BK}instructions/parse.go parseKvps, errBlankCommandNames`, coveredBy: pk(['MissingArguments'], ['EnvWithoutValue', 'BlankVariableName']) },
  { where: 'dockerfile', check: 'too many arguments (ARG, MAINTAINER, ...)', source: `${BK}instructions/parse.go errTooManyArguments`, coveredBy: k('DockerfileParseError') },
  { where: 'dockerfile', check: 'instruction before the first FROM (only ARG allowed)', source: `${BK}instructions/parse.go Parse`, coveredBy: p('InstructionBeforeFrom') },
  { where: 'dockerfile', check: 'FROM takes one or three arguments (`FROM image AS name`)', source: `${BK}instructions/parse.go parseFrom`, coveredBy: pk(['MissingArguments'], ['DockerfileParseError']) },
  { where: 'dockerfile', check: 'stage name must not start with a number or contain symbols', source: `${BK}instructions/parse.go parseBuildStageName`, coveredBy: k('DockerfileParseError') },
  { where: 'dockerfile', check: 'duplicate stage name', source: `${BK}dockerfile2llb/convert.go`, coveredBy: p('DuplicateStageName') },
  { where: 'dockerfile', check: 'reserved stage name (`context`, `scratch`)', source: `${BK}dockerfile2llb/convert.go`, coveredBy: p('ReservedStageName') },
  { where: 'dockerfile', check: 'base image reference format, lowercase repository', source: `${BK}dockerfile2llb/convert.go; distribution/reference:normalize.go`, coveredBy: pk(['InvalidBaseImage', 'InvalidImageReference'], ['InvalidReference', 'BlankBaseImage']) },
  { where: 'dockerfile', check: 'FROM variable defined by an ARG before FROM', source: `${BK}dockerfile2llb/convert.go`, coveredBy: p('UndefinedArgInFrom', 'InvalidDefaultArgInFrom') },
  { where: 'dockerfile', check: '--platform value parses (os/arch[/variant])', source: `${BK}dockerfile2llb/convert.go (failed to parse platform)`, coveredBy: p('InvalidPlatform') },
  { where: 'dockerfile', check: 'stages form no circle (COPY --from, FROM stage)', source: `${BK}dockerfile2llb/validations.go`, coveredBy: pk(['CopyFromUnknownStage'], ['CircularStageDependency']) },
  { where: 'dockerfile', check: 'ONBUILD ONBUILD, or FROM/MAINTAINER as an ONBUILD trigger', source: `${BK}instructions/parse.go parseOnBuild`, coveredBy: p('OnbuildTriggerNotAllowed') },
  { where: 'dockerfile', check: 'HEALTHCHECK durations: valid, not below 1ms', source: `${BK}instructions/parse.go parseOptInterval`, coveredBy: p('InvalidHealthcheckOption', 'InvalidDuration') },
  { where: 'dockerfile', check: 'HEALTHCHECK --retries not negative; NONE takes no arguments; CMD needs a command; type CMD or NONE', source: `${BK}instructions/parse.go parseHealthcheck`, coveredBy: p('InvalidHealthcheckOption') },
  { where: 'dockerfile', check: 'VOLUME path not empty', source: `${BK}instructions/parse.go parseVolume`, coveredBy: p('MissingArguments') },
  { where: 'dockerfile', check: 'several COPY sources need a destination ending in /', source: `${BK}dockerfile2llb/convert.go dispatchCopy`, coveredBy: pk(['MultipleSourcesWithoutSlash'], ['CopyDestinationNotFolder']) },
  { where: 'dockerfile', check: 'COPY --chmod is octal (or symbolic with labs)', source: `${BK}dockerfile2llb/convert_copy.go`, coveredBy: p('InvalidChmod') },
  { where: 'dockerfile', check: 'COPY --from names a stage or image', source: `${BK}dockerfile2llb/convert.go`, coveredBy: p('CopyFromUnknownStage') },
  { where: 'dockerfile', check: 'COPY source exists in the context (not ignored)', source: 'moby/buildkit:solver (failed to compute cache key)', coveredBy: pk(['CopyIgnoredFile'], ['CopySourceMissing']) },
  { where: 'dockerfile', check: 'EXPOSE port and protocol', source: `${BK}dockerfile2llb/convert_expose.go`, coveredBy: p('ExposeInvalidFormat', 'ExposeInvalidProtocol', 'ExposePortOutOfRange') },
  { where: 'dockerfile', check: 'STOPSIGNAL is a known signal', source: `${BK}dockerfile2llb/convert.go dispatchStopSignal`, coveredBy: p('InvalidStopSignal') },
  { where: 'dockerfile', check: 'exec form is valid JSON', source: `${BK}parser/line_parsers.go parseMaybeJSON`, coveredBy: p('MalformedExecForm') },
  { where: 'dockerfile', check: 'WORKDIR relative path is resolved against the previous one', source: `${BK}dockerfile2llb/convert.go dispatchWorkdir`, coveredBy: p('WorkdirRelativePath') },
  { where: 'dockerfile', check: 'the Dockerfile is empty or has no stage', source: `${BK}parser/parser.go; dockerfile2llb/convert.go`, coveredBy: p('NoBuildStage') },
  { where: 'dockerfile', check: 'COPY --from names a stage defined later', source: `${BK}dockerfile2llb/convert.go`, coveredBy: p('CopyFromUnknownStage') },
  { where: 'dockerfile', check: 'RUN --network and --security values; RUN --mount keys, types and sharing', source: `${BK}instructions/commands_runnetwork.go, commands_runsecurity.go, commands_runmount.go`, coveredBy: k('DockerfileParseError') },
  { where: 'dockerfile', check: 'escape directive is a backtick or a backslash; each parser directive only once', source: `${BK}parser/parser.go, parser/directives.go`, coveredBy: p('InvalidParserDirective') },
  { where: 'dockerfile', check: 'heredoc is terminated', source: `${BK}parser/parser.go`, coveredBy: k('DockerfileParseError') },
  { where: 'dockerfile', check: 'docker build --target names a stage', source: `${BK}dockerfile2llb/convert.go`, coveredBy: k('BuildTargetNotFound') },
  { where: 'dockerfile', check: 'heredoc not allowed in this position', source: `${BK}instructions/parse.go errBadHeredoc`, coveredBy: p('HeredocDestination') },
  { where: 'dockerfile', check: 'a RUN step exits with a non-zero code', source: 'moby/buildkit:solver (did not complete successfully)', coveredBy: k('RunStepFailed') },
];

/** docker/cli: flag parsing and container options before the request is sent. */
const cli: DockerCheck[] = [
  { where: 'cli', check: 'unknown command, unknown flag or shorthand', source: `${CLI}cli/cobra.go; spf13/pflag`, coveredBy: k('UnknownCommand', 'UnknownFlag', 'UnknownShorthandFlag') },
  { where: 'cli', check: 'flag needs an argument', source: 'spf13/pflag:flag.go', coveredBy: k('FlagNeedsArgument') },
  { where: 'cli', check: 'invalid argument for a flag (size, duration, number)', source: `${CLI}opts/opts.go, docker/go-units`, coveredBy: k('InvalidFlagValue', 'InvalidSizeValue', 'InvalidDuration') },
  { where: 'cli', check: 'missing image or other required argument', source: `${CLI}cli/required.go`, coveredBy: k('MissingArgument') },
  { where: 'cli', check: 'flags written after the image go to the container', source: `${CLI}cli/command/container/run.go`, coveredBy: k('FlagAfterImage') },
  { where: 'cli', check: '--restart and --rm together', source: `${CLI}cli/command/container/opts.go parse`, coveredBy: k('RestartWithRm') },
  { where: 'cli', check: '-p port spec: container port, host port, protocol', source: `${CLI}cli/command/container/opts.go; docker/go-connections:nat/nat.go`, coveredBy: k('InvalidContainerPort', 'InvalidHostPort', 'InvalidPortProtocol') },
  { where: 'cli', check: '--expose range format', source: `${CLI}cli/command/container/opts.go parse`, coveredBy: k('InvalidContainerPort') },
  { where: 'cli', check: '--env-file and --label-file must exist and be key=value', source: `${CLI}opts/file.go; cli/command/container/opts.go`, coveredBy: k('EnvFileMissing') },
  { where: 'cli', check: '-v volume spec; --mount fields', source: `${CLI}opts/mount.go; cli/command/container/opts.go`, coveredBy: k('InvalidVolumeSpec') },
  { where: 'cli', check: '--cpus is a decimal number', source: `${CLI}opts/opts.go NanoCPUs.Set`, coveredBy: k('InvalidCpus') },
  { where: 'cli', check: 'the image name is a valid reference (lowercase, one tag)', source: 'distribution/reference:normalize.go ParseNormalizedNamed', coveredBy: k('InvalidReference') },
  { where: 'cli', check: 'the daemon answers on its socket, and the user may use it', source: `${CLI}cli/command/cli.go`, coveredBy: k('DaemonNotRunning', 'SocketPermissionDenied') },
  { where: 'cli', check: 'a named container, image or volume exists', source: `${MOBY}daemon/container.go GetContainer; daemon/images; volume/service`, coveredBy: k('NoSuchContainer', 'NoSuchImage', 'NoSuchVolume') },
  { where: 'cli', check: '--memory-swappiness 0-100', source: `${CLI}cli/command/container/opts.go parse`, coveredBy: k('InvalidRunOption') },
  { where: 'cli', check: '--pid, --uts, --userns, --cgroupns modes', source: `${CLI}cli/command/container/opts.go parse`, coveredBy: k('InvalidRunOption') },
  { where: 'cli', check: '--no-healthcheck with --health-*; negative --health-* values', source: `${CLI}cli/command/container/opts.go parse`, coveredBy: k('InvalidRunOption') },
  { where: 'cli', check: 'conflicting network options (several network modes, --ip or --link with per-network values)', source: `${CLI}cli/command/container/opts.go parseNetworkOpts`, coveredBy: k('ConflictingOptions') },
  { where: 'cli', check: '--mac-address format', source: `${CLI}cli/command/container/opts.go parse`, coveredBy: k('InvalidRunOption') },
  { where: 'cli', check: '--security-opt, --storage-opt, --log-opt formats', source: `${CLI}cli/command/container/opts.go`, coveredBy: k('InvalidRunOption') },
  { where: 'cli', check: '--device spec and container path absolute', source: `${CLI}cli/command/container/opts.go parseDevice, validateDevice`, coveredBy: k('InvalidRunOption') },
  { where: 'cli', check: '--ulimit format', source: 'docker/go-units:ulimit.go ParseUlimit', coveredBy: k('InvalidFlagValue') },
  { where: 'cli', check: '-t when the input is not a terminal', source: `${CLI}cli/command/container/run.go`, coveredBy: k('NotATty') },
  { where: 'cli', check: 'docker cp: container path and local path exist', source: `${CLI}cli/command/container/cp.go`, coveredBy: k('NoSuchContainer') },
  { where: 'cli', check: 'docker exec: the container is running', source: `${CLI}cli/command/container/exec.go`, coveredBy: k('ContainerNotRunning') },
  { where: 'cli', check: 'docker build: context path exists, Dockerfile found', source: `${CLI}cli/command/image/build.go`, coveredBy: k('BuildContextNotFound', 'DockerfileNotFound', 'BuildMissingContext') },
];

/** moby: the engine's checks when a container is created and started. */
const engine: DockerCheck[] = [
  { where: 'engine', check: 'restart policy name; retry count only with on-failure, not negative', source: `${MOBY}api/types/container/hostconfig.go ValidateRestartPolicy`, coveredBy: pk(['InvalidRestartPolicy'], ['InvalidRestartPolicy', 'RestartRetryCount']) },
  { where: 'engine', check: 'AutoRemove with a restart policy', source: `${MOBY}daemon/container.go verifyContainerSettings`, note: 'docker run stops --restart with --rm first (RestartWithRm); only the API reaches this check' },
  { where: 'engine', check: 'healthcheck interval, timeout, start period at least 1ms; retries not negative', source: `${MOBY}daemon/container.go validateHealthCheck`, coveredBy: pk(['InvalidDuration'], ['InvalidDuration']) },
  { where: 'engine', check: 'port specification valid', source: `${MOBY}daemon/container.go validatePortBindings`, coveredBy: pk(['InvalidPortMapping'], ['InvalidContainerPort', 'InvalidHostPort']) },
  { where: 'engine', check: 'working directory (-w, working_dir) is an absolute path', source: `${MOBY}daemon/container.go translateWorkingDir`, coveredBy: p('RelativeWorkingDir') },
  { where: 'engine', check: 'container name characters', source: `${MOBY}daemon/names.go reserveName`, coveredBy: pk(['InvalidContainerName'], ['InvalidContainerName']) },
  { where: 'engine', check: 'container name already in use', source: `${MOBY}daemon/names.go reserveName`, coveredBy: k('NameConflict') },
  { where: 'engine', check: 'memory limit at least 6MB; reservation not above limit', source: `${MOBY}daemon/daemon_unix.go verifyPlatformContainerResources`, coveredBy: k('MinimumMemory', 'MemoryBelowReservation') },
  { where: 'engine', check: 'memory swap larger than memory, and only with a memory limit', source: `${MOBY}daemon/daemon_unix.go verifyPlatformContainerResources`, coveredBy: p('SwapWithoutMemory') },
  { where: 'engine', check: 'cpus between 0.01 and the number of CPUs', source: `${MOBY}daemon/daemon_unix.go verifyPlatformContainerResources`, coveredBy: pk(['InvalidCpus'], ['CpusOutOfRange']) },
  { where: 'engine', check: 'memory swappiness 0-100; cpu period and quota ranges; cpuset names only CPUs the host has', source: `${MOBY}daemon/daemon_unix.go verifyPlatformContainerResources`, coveredBy: pk(['ValueOutOfRange'], ['CpusetUnavailable']) },
  { where: 'engine', check: 'shm size not negative; oom score adj -1000..1000', source: `${MOBY}daemon/daemon_unix.go verifyPlatformContainerSettings`, coveredBy: p('ValueOutOfRange') },
  { where: 'engine', check: 'port publishing with a container network mode', source: `${MOBY}daemon/internal/runconfig/hostconfig.go`, coveredBy: pk(['PortsWithHostNetwork'], ['NetworkModeConflict']) },
  { where: 'engine', check: 'network exists', source: `${MOBY}daemon/network.go`, coveredBy: pk(['UndefinedNetwork'], ['NetworkNotFound']) },
  { where: 'engine', check: 'local volume name characters (a relative bind path is read as a name)', source: `${MOBY}daemon/volume/local/local.go validateName`, coveredBy: pk(['InvalidVolumeMount'], ['InvalidVolumeName']) },
  { where: 'engine', check: 'mount config: bind source exists, target absolute, options valid', source: `${MOBY}daemon/volume/mounts/linux_parser.go, validate.go`, coveredBy: pk(['InvalidVolumeMount'], ['BindSourceMissing', 'InvalidVolumeSpec']) },
  { where: 'engine', check: 'host port free when the container starts', source: `${MOBY}daemon/libnetwork/portallocator`, coveredBy: pk(['DuplicateHostPort'], ['PortAllocated', 'AddressInUse']) },
  { where: 'engine', check: 'image exists locally or can be pulled (access, manifest, platform)', source: `${MOBY}daemon/images; distribution`, coveredBy: k('NoSuchImage', 'PullAccessDenied', 'ManifestUnknown', 'NoMatchingManifest') },
  { where: 'engine', check: 'the command exists and is executable in the image', source: `${MOBY}daemon/start.go (OCI runtime create failed)`, coveredBy: k('ExecutableNotFound', 'NotExecutable', 'ExecFormatError') },
  { where: 'engine', check: 'removing a running container, an image or a volume in use', source: `${MOBY}daemon/delete.go, daemon/images/image_delete.go, volume/service`, coveredBy: k('ContainerRunning', 'ImageInUse', 'VolumeInUse') },
];

/** Every check, grouped by where Docker makes it. */
export const dockerChecks: readonly DockerCheck[] = [...compose, ...dockerfile, ...cli, ...engine];
