// SPDX-License-Identifier: MIT
// The public face of the core: what the adapters, the tests and the benchmark call. No `vscode` here.
// Parse primitives (dockerfileModel, composeModel and their parse counters) stay in their modules: no
// adapter calls them, and every entry point here bounds its work by the size limit (largeFile.ts).
export type { Position, Range } from './text';
export { range, contains, LineIndex } from './text';
export type { Explanation, FileContext, Action, ShellKind } from './types';
export { renderHover, type HoverContent, type NoteQuote } from './render';
export { explainDockerfile } from './dockerfile/hover';
export type { ExplainOptions } from './dockerfile/hover';
export { indexNotes, notesAbout, topicsIn, type Notes, type NoteTopic } from './notes/notes';
export { toCommandLine, toCommandSequence, shellKindOf, CommandLineError } from './commandLine';
export { dockerfileActions } from './actions/dockerfileActions';
export { composeActions } from './actions/composeActions';
export { actionSettingKeys, defaultActionSettings, resolveSettings, type ActionSettings, type ActionGroup, type ComposeCommand, type ComposeFound, type ComposeProgram, type DockerAction } from './actions/actionSettings';
export { explainCompose } from './compose/hover';
export { explainShell, type ShellExplainOptions } from './shell/hover';
export { addNoteBullet, noteInsertion, type NoteInsertion } from './notes/addNoteBullet';
export { noteFromHover, topicOf, type NoteDraft } from './notes/noteFromHover';
export { dockerfileDiagnostics, dockerfileIgnoreFix, dockerfileRules, type DockerfileDiagnosticOptions } from './diagnostics/dockerfileDiagnostics';
export { composeDiagnostics, composeIgnoreFix, composeRules, type ComposeDiagnosticOptions } from './diagnostics/composeDiagnostics';
export { composeReferencedPaths } from './diagnostics/compose/referencedPaths';
export { explainProblem, ruleContent, ruleDoc, allRuleDocs } from './diagnostics/explainRule';
export { diagnosticCheckFailures } from './diagnostics/run';
export { parseCheckDirective, ignoredCodes } from './diagnostics/suppression';
export type { Diagnostic, Fix, TextEdit, Severity, RuleSetting, RuleDoc, DiagnosticSettings, PathKind } from './diagnostics/types';
export { dockerignoreCandidates, composeEnvPath, readDockerfileInputs, readComposeInputs, type DiskReader } from './diagnostics/inputs';
export { renderRuleList } from './diagnostics/ruleList';
export { composeMissingMessage, composeProbeCommands, composeProgramOf, imageCheckAnswer, imageCheckCommand, probeCompose } from './actions/engineQueries';
export { snippetsAt, snippetTable, type SnippetEntry, type SnippetOffer } from './snippets/snippetsAt';
export { isTooLarge, defaultMaxFileChars, explainDockerfileKeywordOnly, explainComposeKeyOnly } from './largeFile';
export { completeDockerfile } from './completion/dockerfileCompletion';
export { completeCompose } from './completion/composeCompletion';
export { completeShell } from './completion/shellCompletion';
export { snippetPrefixesInCompletions } from './completion/snippetMerge';
export type { CompletionItem, CompletionKind, CompletionOptions } from './completion/types';
export { composeGraph, type ComposeGraphOptions } from './graph/composeGraph';
export { composeWalkthrough, type WalkStep } from './graph/composeWalkthrough';
export { dockerfileOutline } from './graph/dockerfileOutline';
export { historyCommand, parseHistory, matchLayers, formatSize, parseSize, recordedStep, type HistoryEntry, type MatchedLayer, type LayerReport } from './graph/layerHistory';
export type { ComposeGraph, ComposeNode, ComposeEdge, ComposeNodeKind, ComposeEdgeKind, OutlineStage, OutlineStep, StartCommand, CopyFromEdge, StepTime } from './graph/types';
export { documentKindOf, composeFileGlob, type DocumentKind } from './documentKind';
export { actionSettingsFrom, buildContextFrom, diagnosticSettingsFrom, featureEnabled, maxFileCharsFrom, noteGlobsFrom, type FeatureSwitch, type SettingReader } from './editorSettings';
export { documentServices, type CoachService, type Complete, type Explain } from './documentServices';
export { checkDocument } from './diagnostics/checkDocument';
