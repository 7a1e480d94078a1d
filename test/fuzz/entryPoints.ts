// SPDX-License-Identifier: MIT
// Every function the core exports, with a way to call it on fuzzed input. A unit test fails when an
// export has no entry here, so each new entry point (completions, graphs, failures…) gets fuzzed too.
import * as core from '../../src/core/index';

export interface FuzzInput {
  text: string;
  position: core.Position;
  /** A second text: a .dockerignore, a .env, a notes file, a heading. */
  other: string;
  /** A file path with odd characters. */
  file: core.FileContext;
  shell: core.ShellKind;
}

type Call = (input: FuzzInput) => unknown;

const shells: core.ShellKind[] = ['posix', 'fish', 'pwsh', 'cmd'];

/** Splits a text into a short argv of words, as a command line built from a file would be. */
function argvOf(text: string): string[] {
  return ['docker', ...text.split(/\s+/).filter(Boolean).slice(0, 12)];
}

function tryQuote(argv: string[], shell: core.ShellKind): string | undefined {
  try {
    return core.toCommandLine(argv, shell);
  } catch (err) {
    // Refusing a line that shell cannot carry (a line break for cmd) is the documented answer.
    if (err instanceof core.CommandLineError) return undefined;
    throw err;
  }
}

/**
 * Settings as a client might send them: the fuzzed text as every value, or parsed as JSON where it is JSON,
 * so odd types (numbers for lists, objects for strings) reach the readers.
 */
function readerOf(input: FuzzInput): core.SettingReader {
  let parsed: unknown = input.other;
  try { parsed = JSON.parse(input.other); } catch { /* plain text stays the value */ }
  return key => (key.length + input.position.line) % 4 === 0 ? undefined : parsed;
}

/** A disk holding the fuzzed text in every file, or nothing, decided by the input. */
function diskOf(input: FuzzInput): core.DiskReader {
  const present = input.position.character % 2 === 0;
  return { readText: async () => (present ? input.other : undefined), kindOf: async () => (present ? 'file' : 'missing') };
}

/** Diagnostics per input, so the ignore-fix entries reuse them instead of checking the text again. */
const diagnosed = new WeakMap<FuzzInput, { d: core.Diagnostic[]; c: core.Diagnostic[] }>();
function diagnose(input: FuzzInput): { d: core.Diagnostic[]; c: core.Diagnostic[] } {
  let hit = diagnosed.get(input);
  if (!hit) {
    hit = {
      d: core.dockerfileDiagnostics(input.text, { dockerignore: input.other, file: input.file }),
      c: core.composeDiagnostics(input.text, { env: input.other, file: input.file }),
    };
    diagnosed.set(input, hit);
  }
  return hit;
}

export const entryPoints: Record<string, Call> = {
  range: ({ position: p }) => core.range(p.line, p.character, p.line + 1, 0),
  contains: ({ position: p }) => core.contains(core.range(0, 0, p.line, p.character), p),
  LineIndex: ({ text, position }) => { const l = new core.LineIndex(text); return [l.offsetAt(position), l.positionAt(position.character * 7), l.lineText(position.line)]; },
  renderHover: ({ text, other }) => core.renderHover({ title: text.slice(0, 40), tags: [other.slice(0, 10)], what: text.slice(0, 200), inThisLine: [other.slice(0, 100)] }),
  explainDockerfile: ({ text, position }) => core.explainDockerfile(text, position),
  indexNotes: ({ text, other, file }) => core.notesAbout(core.indexNotes([{ path: file.path, text }, { path: '/n/other.md', text: other }]), [...core.topicsIn(other)]),
  cliTablesSteps: ({ text }) => { for (const step of core.cliTablesSteps()) step(); return core.cliTablesSteps().length + core.topicsIn(text.slice(0, 100)).size; },
  notesAbout: ({ text, file }) => core.notesAbout(core.indexNotes([{ path: file.path, text }]), [...core.topicsIn(text)].slice(0, 5)),
  topicsIn: ({ text }) => core.topicsIn(text),
  notesCutMessage: ({ text, other, file }) => core.notesCutMessage(core.indexNotes([{ path: file.path, text }, { path: '/n/other.md', text: other }])),
  toCommandLine: ({ text, shell }) => tryQuote(argvOf(text), shell),
  shellKindOf: ({ other }) => core.shellKindOf(other.slice(0, 30)),
  dockerfileActions: ({ text, file, shell }) => core.dockerfileActions(text, file, { shell }),
  composeActions: ({ text, file, shell }) => core.composeActions(text, file, { shell }),
  resolveSettings: ({ other, shell }) => core.resolveSettings({ tagTemplate: other.slice(0, 30), execShell: other.slice(0, 10), shell }),
  explainCompose: ({ text, position }) => core.explainCompose(text, position),
  explainShell: ({ text, position }) => [core.explainShell(text, position), core.explainShell(text, position, { markdown: true } as never)],
  addNoteBullet: ({ text, other }) => core.addNoteBullet(text, other.slice(0, 30), other.slice(0, 80)),
  noteInsertion: ({ text, other }) => core.noteInsertion(text, other.slice(0, 30), other.slice(0, 80)),
  noteFromHover: ({ text, other, file, position }) => core.noteFromHover(text, { snippet: other.slice(0, 60), file: file.path, line: position.line }),
  topicOf: ({ other }) => core.topicOf(other.slice(0, 30)),
  dockerfileDiagnostics: input => diagnose(input).d,
  dockerfileIgnoreFix: input => diagnose(input).d.slice(0, 5).map(x => core.dockerfileIgnoreFix(input.text, x)),
  composeDiagnostics: input => diagnose(input).c,
  composeIgnoreFix: input => diagnose(input).c.slice(0, 5).map(x => core.composeIgnoreFix(input.text, x)),
  composeReferencedPaths: ({ text, file }) => core.composeReferencedPaths(text, file),
  explainProblem: ({ other }) => [core.explainProblem(other.slice(0, 30), other), core.explainProblem('UndefinedVar', other)],
  ruleContent: ({ other }) => core.ruleContent(other.slice(0, 30)),
  ruleDoc: ({ other }) => core.ruleDoc(other.slice(0, 30)),
  parseCheckDirective: ({ text }) => core.parseCheckDirective(text.slice(0, 200)),
  ignoredCodes: ({ text }) => core.ignoredCodes(text.slice(0, 200)),
  dockerignoreCandidates: ({ file, other }) => core.dockerignoreCandidates(file, other.slice(0, 40)),
  composeEnvPath: ({ file }) => core.composeEnvPath(file),
  toCommandSequence: ({ text, other, shell }) => { try { return core.toCommandSequence([argvOf(text), argvOf(other)], shell); } catch (err) { if (err instanceof core.CommandLineError) return undefined; throw err; } },
  composeProbeCommands: ({ other }) => core.composeProbeCommands(other.slice(0, 40)),
  composeMissingText: ({ other }) => core.composeMissingText(other),
  composeInstallAdvice: ({ other }) => core.composeInstallAdvice(other),
  composeInstallUrl: ({ other }) => core.composeInstallUrl(other),
  composeProgramOf: ({ other }) => core.composeProgramOf('auto', other.length % 3 === 0 ? undefined : (other.length % 3 === 1 ? 'docker compose' : 'docker-compose') as never),
  imageCheckAnswer: ({ text, position }) => core.imageCheckAnswer({ exitCode: position.line < 0 ? undefined : position.line % 3, stdout: text.slice(0, 500) }),
  imageCheckCommand: ({ other }) => core.imageCheckCommand('docker', other.slice(0, 60)),
  engineCheckCommand: ({ other }) => core.engineCheckCommand(other.slice(0, 60)),
  probeCompose: ({ other }) => core.probeCompose(other.slice(0, 40), async () => other.length % 2 === 0),
  snippetsAt: ({ text, position }) => [core.snippetsAt('dockerfile', text, position), core.snippetsAt('dockercompose', text, position)],
  snippetTable: () => [core.snippetTable('dockerfile'), core.snippetTable('dockercompose')],
  isTooLarge: ({ text, position }) => core.isTooLarge(text, position.character),
  explainDockerfileKeywordOnly: ({ text, position }) => core.explainDockerfileKeywordOnly(text, position),
  explainComposeKeyOnly: ({ text, position }) => core.explainComposeKeyOnly(text, position),
  explainWhileReading: ({ text, position }) => [core.explainWhileReading('dockerfile', text, position), core.explainWhileReading('compose', text, position)],
  completeDockerfile: ({ text, position }) => core.completeDockerfile(text, position),
  completeCompose: ({ text, position }) => core.completeCompose(text, position),
  completeShell: ({ text, position }) => [core.completeShell(text, position), core.completeShell(text, position, { markdown: true })],
  snippetPrefixesInCompletions: () => [core.snippetPrefixesInCompletions('dockerfile'), core.snippetPrefixesInCompletions('dockercompose')],
  documentKindOf: ({ other, file }) => [core.documentKindOf(other.slice(0, 20), file.path), core.documentKindOf('', other.slice(0, 80)), core.documentKindOf('yaml', other.slice(0, 80))],
  featureEnabled: input => core.featureEnabled(readerOf(input), 'hover.enabled'),
  diagnosticSettingsFrom: input => core.diagnosticSettingsFrom(readerOf(input)),
  actionSettingsFrom: input => core.resolveSettings(core.actionSettingsFrom(readerOf(input))),
  maxFileCharsFrom: input => core.maxFileCharsFrom(readerOf(input)),
  noteGlobsFrom: input => core.noteGlobsFrom(readerOf(input)),
  buildContextFrom: input => core.buildContextFrom(readerOf(input)),
  readDockerfileInputs: input => core.readDockerfileInputs(input.file, input.other.slice(0, 40), diskOf(input)),
  readComposeInputs: input => core.readComposeInputs(input.text, input.file, diskOf(input)),
  checkDocument: input => [core.checkDocument('dockerfile', input.text, input.file, readerOf(input), diskOf(input)), core.checkDocument('compose', input.text, input.file, readerOf(input), diskOf(input))],
  composeGraph: ({ text, file }) => core.composeGraph(text, file),
  composeWalkthrough: ({ text }) => core.composeWalkthrough(core.composeGraph(text)),
  walkthroughExercises: ({ text, other }) => {
    let manifest: unknown = text;
    try { manifest = JSON.parse(text); } catch { /* garbage stays text */ }
    return [core.walkthroughExercises(manifest), core.walkthroughExercises({ contributes: { walkthroughs: [{ steps: [{ completionEvents: [other, `onContext:${other}`] }] }] } })];
  },
  practiceDoneKey: ({ text, other }) => [core.practiceDoneKey(text), core.practiceDoneKey(other)],
  dockerfileFolders: ({ text, other, file }) => core.dockerfileFolders(file.path, text.split('\n'), other.split('\n')),
  starterOrder: ({ other }) => core.starterOrder(other),
  usesReactScripts: ({ text }) => core.usesReactScripts(text),
  shouldOfferWalkthrough: ({ other }) => core.shouldOfferWalkthrough(other.length % 2 === 0, other, other.length % 3 === 0),
  markServiceProblems: ({ text, file }) => core.markServiceProblems(core.composeGraph(text, file), core.composeDiagnostics(text, { file })),
  dockerfileOutline: ({ text }) => core.dockerfileOutline(text),
  explainFileModel: input => [core.explainFileModel('compose', input.text, input.file, diskOf(input), { maxNodes: 50 }), core.explainFileModel('dockerfile', input.text, input.file, diskOf(input), { maxNodes: 1 })],
  historyCommand: ({ other }) => core.historyCommand('docker', other.slice(0, 60)),
  parseHistory: ({ text }) => core.parseHistory(text),
  matchLayers: ({ text, other }) => core.matchLayers(text, core.parseHistory(other)),
  formatSize: ({ position }) => core.formatSize(Math.abs(position.line * 1e6 + position.character)),
  parseSize: ({ other }) => core.parseSize(other.slice(0, 20)),
  recordedStep: ({ other }) => core.recordedStep(other.slice(0, 200)),
  explainDockerFailure: ({ text, other, file, position }) => [
    core.explainDockerFailure({ commandLine: `docker ${other.slice(0, 200)}`, output: text, exitCode: position.line % 3 === 0 ? 0 : position.character, cwd: file.workspaceFolder, files: [{ path: file.path, text: other }] }),
    core.explainDockerFailure({ commandLine: other.slice(0, 200), output: text, exitCode: undefined }),
  ],
  dockerProgramOf: ({ other }) => core.dockerProgramOf(other.slice(0, 200)),
  failureFilesFor: ({ other, file }) => core.failureFilesFor(`docker ${other.slice(0, 200)}`, file.workspaceFolder ?? '/w'),
  afterStartLook: ({ text, other, file, position }) => core.afterStartLook({ commandLine: `docker ${other.slice(0, 200)}`, output: text, exitCode: position.line % 2 === 0 ? 0 : position.character, cwd: file.workspaceFolder }),
  stoppedAfterStart: ({ text, other }) => {
    const look = core.afterStartLook({ commandLine: `docker run -d ${other.slice(0, 100)}`, output: 'e8b813ccbf38cbe9f4437a65bf5afc511511b371a81a27c0024eedc1fa4e75dc', exitCode: 0 });
    return look && core.stoppedAfterStart(look, text);
  },
  afterStartLogsArgv: ({ text, other }) => {
    const look = core.afterStartLook({ commandLine: `docker compose ${other.slice(0, 100)} up -d`, output: '', exitCode: 0 });
    const stopped = look && core.stoppedAfterStart(look, text);
    return look && stopped && core.afterStartLogsArgv(look, stopped);
  },
  explainAfterStart: ({ text, other, position }) => {
    const look = core.afterStartLook({ commandLine: `docker run -d --rm ${other.slice(0, 100)}`, output: '0'.repeat(64), exitCode: 0 });
    const stopped = { id: other.slice(0, 64), name: other.slice(0, 64), exitCode: position.character - 5, restarting: position.line % 2 === 0, oomKilled: position.line % 3 === 0, removed: position.line % 5 === 0 };
    return look && core.explainAfterStart(look, stopped, text);
  },
  securityReview: ({ text, other, file }) => core.securityReview([{ path: file.path, text }, { path: `${file.path}/../compose.yaml`, text: other }, { path: '.dockerignore', text: other }, { path: 'trivy.json', text }]),
  isReviewFileName: ({ file }) => core.isReviewFileName(file.path),
  securityNotesSection: ({ text, other }) => core.securityNotesSection(core.securityReview([{ path: 'Dockerfile', text: other }]), text),
  randomPortLook: ({ text, other, position }) => core.randomPortLook({ commandLine: `docker run -d ${other.slice(0, 200)}`, output: text, exitCode: position.line % 2 === 0 ? 0 : 1 }),
  describeRandomPorts: ({ text, other }) => {
    const look = core.randomPortLook({ commandLine: `docker run -d -p 4567 ${other.slice(0, 100)}`, output: '0'.repeat(64), exitCode: 0 });
    return look && core.describeRandomPorts(look, text);
  },
  localImagesCommand: ({ other }) => core.localImagesCommand(other.slice(0, 60)),
  localImagesAnswer: ({ text, position }) => core.localImagesAnswer({ exitCode: position.line < 0 ? undefined : position.line % 3, stdout: text.slice(0, 5000) }),
  explainProblemsInHover: ({ text, other }) => core.explainProblemsInHover([other.slice(0, 30), 'JSONArgsRecommended', 'RootUser'], text, other.length % 2 === 0),
  plainText: ({ text }) => core.plainText(text.slice(0, 5000)),
  exampleLanguageOf: ({ text }) => core.exampleLanguageOf(text),
  inLanguage: ({ text, other }) => [core.inLanguage(text.slice(0, 5000), 'python'), core.inLanguage(other, 'node')],
  noteInsertionNear: ({ text, other, position }) => core.noteInsertionNear(text, position.line, other.slice(0, 80)),
  localNoteLinks: ({ text }) => core.localNoteLinks(text.slice(0, 20000)),
  publishedUrls: ({ other }) => core.publishedUrls(other.split(/\s+/).slice(0, 40)),
  composeNetworks: ({ text, other, file }) => core.composeNetworks([{ path: file.path, text }, { path: `${other.slice(0, 40)}/compose.yaml`, text: other }]),
  mayWantNetwork: ({ other }) => core.mayWantNetwork(other),
  fromImageInProgress: ({ other }) => core.fromImageInProgress(other),
  exercises: ({ text, other, file }) => core.exercises({ files: [{ path: `${other.slice(0, 20)}/Dockerfile`, text }, { path: 'docker-compose.yml', text: other }], workspaceFolder: file.workspaceFolder }).map((e) => [e.goal, e.hints, e.probes({ files: [] })]),
  exerciseProbes: ({ text, other }) => {
    const ctx = { files: [{ path: 'Dockerfile', text }] };
    return core.exercises().map((e) => core.exerciseProbes(e.id, ctx, { [`docker ps --no-trunc --format {{json .}}`]: { stdout: other, exitCode: 0 } }));
  },
  checkExercise: ({ text, other, position }) => {
    const ctx = { files: [{ path: 'compose.yaml', text }] };
    // Garbage answers for every probe, two rounds deep, shared by the exercises as the Practice view shares them.
    const seen: core.Observations = {};
    const answer = { stdout: other, exitCode: position.character % 3 === 2 ? undefined : position.character % 3 };
    return core.exercises().map((e) => {
      for (let round = 0; round < 2; round++) for (const p of core.exerciseProbes(e.id, ctx, seen)) seen[core.probeKey(p)] ??= { ...answer };
      return core.checkExercise(e.id, ctx, seen);
    });
  },
  isReadOnlyProbe: ({ other }) => core.isReadOnlyProbe(argvOf(other)),
  probeKey: ({ other }) => core.probeKey(argvOf(other)),
  isPracticeFile: ({ other }) => core.isPracticeFile(other),
  exitCodeMeaning: ({ text, position }) => core.exitCodeMeaning(text.length % 300 - 20 + position.character, (['program', 'docker', 'docker run', 'docker exec'] as const)[position.line % 4]),
};

/** Exports that take no input, or are data or error classes: nothing to fuzz, for the reason given. */
export const notFuzzed: Record<string, string> = {
  diagnosticCheckFailures: 'a counter',
  largestParsedChars: 'a counter',
  CommandLineError: 'an error class, thrown by toCommandLine (fuzzed)',
  actionSettingKeys: 'data',
  defaultActionSettings: 'data',
  dockerfileRules: 'data',
  composeRules: 'data',
  allRuleDocs: 'no input',
  renderRuleList: 'no input',
  composeMissingMessage: 'data',
  defaultMaxFileChars: 'data',
  failureKinds: 'data: the catalogue explainDockerFailure walks (fuzzed through it)',
  maxOutputChars: 'data',
  afterStartDelayMs: 'data',
  composeFileGlob: 'data',
  appMarkerGlob: 'data',
  sampleFolderName: 'data',
  sampleProject: 'no input',
  practiceFileGlob: 'data',
  documentServices: 'a table of functions, each fuzzed under its own name',
  practiceDocs: 'data: the ten practices securityReview judges (fuzzed through it)',
};

export { shells };
