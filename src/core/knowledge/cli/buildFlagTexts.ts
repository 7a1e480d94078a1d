// SPDX-License-Identifier: MIT
// What the flags of `docker build` (BuildKit's `buildx build` and the legacy builder's) do. Facts checked
// against shared/reference/docker-cli-docs/buildx_build.md and build.md; the sentences are ours. The
// common ones (-t, -f, --build-arg, --target, --no-cache, --platform, --progress, --push, --load) have
// fuller entries in ../dockerCliFlags.ts.
import type { FlagText } from './flagTextTypes';

const runSteps = 'for the containers that run the `RUN` steps';

export const buildFlagTexts: Readonly<Record<string, FlagText>> = {
  'build --add-host': `Adds a \`name:ip\` line to \`/etc/hosts\` ${runSteps}.`,
  'build --allow': 'Grants a build an extra permission, such as `network.host` or `security.insecure`.',
  'build --annotation': 'Adds an OCI annotation to the image\'s manifest or index.',
  'build --attest': 'Adds an attestation (provenance or SBOM) to the image.',
  'build --build-context': 'Gives the build another named context, such as `--build-context docs=../docs`, for `COPY --from=docs`.',
  'build --builder': 'Uses this BuildKit builder instead of the current one.',
  'build --cache-from': 'Reuses layers from an image or cache export, for example in CI where the machine starts without cache.',
  'build --cache-to': 'Exports the build cache (to a registry, a folder, or GitHub Actions) for later `--cache-from`.',
  'build --call': 'Runs a check or prints information instead of building: `check` lists build warnings, `outline` the build arguments.',
  'build --cgroup-parent': `The parent control group ${runSteps}.`,
  'build --check': 'Checks the Dockerfile for the build warnings (such as `JSONArgsRecommended`) without building; short for `--call=check`.',
  'build --compress': 'Compresses the build context before sending it (legacy builder).',
  'build --cpu-period': `CPU scheduler period ${runSteps} (legacy builder).`,
  'build --cpu-quota': `CPU quota ${runSteps} (legacy builder).`,
  'build --cpu-shares': `Relative CPU weight ${runSteps} (legacy builder).`,
  'build --cpuset-cpus': `CPUs ${runSteps} (legacy builder).`,
  'build --cpuset-mems': `Memory nodes ${runSteps} (legacy builder).`,
  'build --debug': 'Prints debug output of the build.',
  'build --force-rm': 'Always deletes the intermediate containers (legacy builder).',
  'build --iidfile': 'Writes the new image\'s ID to a file.',
  'build --isolation': 'Isolation technology for the build (Windows).',
  'build --label': 'Adds a `key=value` label to the image, as `LABEL` does in the Dockerfile.',
  'build --memory': { what: `Memory limit ${runSteps} (legacy builder).`, kind: 'bytes' },
  'build --memory-swap': { what: `Memory plus swap limit ${runSteps} (legacy builder).`, kind: 'bytes' },
  'build --metadata-file': 'Writes facts about the result (digest, name) to a JSON file.',
  'build --network': `The network ${runSteps}: \`none\` cuts them off, \`host\` uses your machine's.`,
  'build --no-cache-filter': 'Rebuilds the named stages without cache; the others may still use it.',
  'build --output': 'Where the result goes: `type=local,dest=out` writes the files to a folder, `type=tar`, `type=image`, `type=registry`.',
  'build --policy': 'A policy the build must satisfy (experimental).',
  'build --provenance': 'Adds (or with `false`, leaves out) a provenance attestation that records how the image was built.',
  'build --pull': 'Downloads a newer version of each `FROM` image instead of using the one you have.',
  'build --resource': 'Extra resources for the build (experimental).',
  'build --rm': 'Deletes intermediate containers after a successful build (legacy builder; on by default).',
  'build --sbom': 'Adds a software bill of materials (the list of packages in the image) as an attestation.',
  'build --secret': { what: 'Hands a secret to the build, such as `id=npmrc,src=$HOME/.npmrc`; a `RUN --mount=type=secret,id=npmrc` step can read it, and it never ends up in a layer.', watch: 'Use this, not `--build-arg`, for tokens: build arguments stay visible in `docker history`.' },
  'build --security-opt': `Security options ${runSteps} (legacy builder).`,
  'build --shm-size': { what: `Size of \`/dev/shm\` ${runSteps}.`, kind: 'bytes' },
  'build --squash': 'Squashes the new layers into one (legacy builder, experimental).',
  'build --ssh': 'Forwards your SSH agent or keys to the build, for `RUN --mount=type=ssh` (cloning private repositories).',
  'build --ulimit': `Resource limits ${runSteps}.`,
};
