// SPDX-License-Identifier: MIT
// The plain data of diagnostics: what a check reports, and a rule as data plus one check function.
// A rule table drives the settings, the explanations and the tests, so no list of rules is written twice.
import type { Range } from '../text';
import type { FileContext } from '../types';
import type { DockerfileModel } from '../dockerfile/model';
import type { ComposeModel } from '../compose/composeDocument';
import type { DockerErrorId } from '../knowledge/dockerErrors';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** What a user may set per rule in `dockerCoach.diagnostics.rules`. */
export type RuleSetting = 'off' | Severity;

/** One replacement; edits of one fix never overlap. */
export interface TextEdit { range: Range; newText: string }

/** A fix that is certain: applying its edits removes the problem. */
export interface Fix { title: string; edits: TextEdit[] }

/** A problem in a file, as the adapters show it. */
export interface Diagnostic {
  /** Stable: BuildKit's rule name where BuildKit has the rule (`UndefinedVar`), else ours in the same style. */
  code: string;
  /** One plain sentence. */
  message: string;
  severity: Severity;
  range: Range;
  fixes?: Fix[];
}

/** What a check reports; the runner adds the code and the severity from the rule. */
export interface Finding { range: Range; message: string; fixes?: Fix[] }

/** The knowledge half of a rule: everything but the check. */
export interface RuleDoc {
  /** PascalCase, stable, unique across Dockerfile and compose rules. */
  code: string;
  /** `buildkit`: the rule exists in `docker build --check` under the same name. `coach`: ours. */
  source: 'buildkit' | 'coach';
  /** The severity when the user has not set one. */
  severity: Severity;
  /** Off unless enabled in settings (BuildKit's experimental checks are off by default there too). */
  defaultOff?: boolean;
  /** A few words, like a headline: "Variable used before it is defined". */
  title: string;
  /** Why it matters, in one to three plain sentences for someone in their first month of Docker. */
  why: string;
  /** What to do instead, one or two sentences; inline code welcome. */
  fix: string;
  /** docs.docker.com (or the Compose spec) page for the full story. */
  docsUrl: string;
  /** The passage of `../shared/reference/` the rule's facts come from, e.g. `buildkit-dockerfile-docs/rules-undefined-var.md`. */
  reference?: string;
  /**
   * Where Docker itself refuses what this rule finds, as `owner/repo:path` of the source that makes the
   * check (`compose-spec/compose-go:loader/validate.go`), so `docs/rules.md` can say which tool stops the file.
   */
  rejectedBy?: string;
  /** hadolint's ids for the same check (`DL3019`), for people who know that tool. */
  hadolint?: readonly string[];
  /**
   * Docker's messages (knowledge/dockerErrors.ts) for the mistake this rule finds. The Problem quotes the
   * message's plain sentence, and the terminal failure kind built on the same message explains with it,
   * so the editor and the terminal say one thing in one way.
   */
  dockerErrors?: readonly DockerErrorId[];
}

/** What a Dockerfile check reads. The model is the shared parse; checks never parse again. */
export interface DockerfileCheckContext {
  readonly model: DockerfileModel;
  /** The text of the `.dockerignore` next to the build context, when there is one. */
  readonly dockerignore?: string;
  readonly file?: FileContext;
}

/** How an adapter found a path that the compose file names (relative paths resolved against the compose file). */
export type PathKind = 'file' | 'directory' | 'missing';

/** What a compose check reads. */
export interface ComposeCheckContext {
  readonly model: ComposeModel;
  readonly file?: FileContext;
  /** The text of the `.env` file next to the compose file, when there is one. */
  readonly env?: string;
  /**
   * What the adapter found on disk for the paths `composeReferencedPaths` listed, by absolute path.
   * A path not in the map is not checked: the core never touches the file system.
   */
  readonly paths?: ReadonlyMap<string, PathKind>;
}

export interface DockerfileRule extends RuleDoc {
  check(ctx: DockerfileCheckContext, report: (finding: Finding) => void): void;
}

export interface ComposeRule extends RuleDoc {
  check(ctx: ComposeCheckContext, report: (finding: Finding) => void): void;
}

/** The part of the user's settings that diagnostics read. */
export interface DiagnosticSettings {
  enabled?: boolean;
  /** Code → `off` or a severity. */
  rules?: Readonly<Record<string, RuleSetting>>;
}
