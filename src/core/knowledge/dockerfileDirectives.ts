// SPDX-License-Identifier: MIT
// Parser directives (`# syntax=`, `# escape=`, `# check=`), checked against the "Parser directives"
// section of the Dockerfile reference; the sentences are ours.

export type DirectiveName = 'syntax' | 'escape' | 'check';

export interface DirectiveDoc {
  summary: string;
  syntax: readonly string[];
  since?: string;
  docsUrl: string;
}

const ref = (anchor: string) => `https://docs.docker.com/reference/dockerfile/#${anchor}`;

export const dockerfileDirectives = {
  syntax: {
    summary: 'Chooses which version of the Dockerfile syntax builds this file. BuildKit fetches that frontend before the build, so you get its features without upgrading Docker.',
    syntax: ['# syntax=docker/dockerfile:1'],
    docsUrl: ref('syntax'),
  },
  escape: {
    summary: 'Sets the escape character of this file, the one that continues a line and escapes characters. It is `\\` unless you change it; `` ` `` suits Windows paths such as `C:\\`.',
    syntax: ['# escape=\\', '# escape=`'],
    docsUrl: ref('escape'),
  },
  check: {
    summary: 'Configures the build checks (lint rules) BuildKit runs on this file: which to skip, and whether a failing check fails the build.',
    syntax: ['# check=skip=<check>[,<check>...]', '# check=skip=all', '# check=error=true'],
    since: '1.8.0',
    docsUrl: ref('check'),
  },
} as const satisfies Record<DirectiveName, DirectiveDoc>;

/** True when `name` (any case) is one of the three directives. */
export function isDirectiveName(name: string): name is DirectiveName {
  return Object.prototype.hasOwnProperty.call(dockerfileDirectives, name.toLowerCase());
}

/**
 * BuildKit's build checks, spelled as `# check=skip=` needs them (Pascal case; a lowercase name is invalid).
 * ref: buildkit-dockerfile-docs/rules-_index.md ; reference.md#parser-directives ("#check=skip=jsonargsrecommended is invalid")
 */
export const buildCheckNames: readonly string[] = [
  'ConsistentInstructionCasing', 'CopyIgnoredFile', 'DuplicateStageName', 'ExposeInvalidFormat', 'ExposeProtoCasing',
  'FromAsCasing', 'FromPlatformFlagConstDisallowed', 'InvalidDefaultArgInFrom', 'InvalidDefinitionDescription',
  'JSONArgsRecommended', 'LegacyKeyValueFormat', 'MaintainerDeprecated', 'MultipleInstructionsDisallowed',
  'NoEmptyContinuation', 'RedundantTargetPlatform', 'ReservedStageName', 'SecretsUsedInArgOrEnv', 'StageNameCasing',
  'UndefinedArgInFrom', 'UndefinedVar', 'WorkdirRelativePath',
];
