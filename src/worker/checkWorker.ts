// SPDX-License-Identifier: MIT
// The core's checks in a worker thread, for both adapters. A check of a large file takes the core hundreds
// of milliseconds or more (10,000 Dockerfile lines: about 2 s here); on the main thread that would hold up
// every hover, completion and cancellation behind it, and in VS Code every other extension of the window.
// The main thread keeps the protocol or the editor; the worker checks, and answers the hovers, completions
// and lenses of large Dockerfiles and compose files, whose first answer would parse the whole file
// (issue 29). The language server always checks here; the extension sends only large files (answersInWorker).
import {
  checkDocument, documentServices, explainFileModel, isTooLarge, type ActionSettings, type CompletionItem, type ComposeNetwork, type Diagnostic, type DockerAction, type DocumentKind, type Fix,
  type ExplainFileModel, type ExplainFileOptions, type Explanation, type FileContext, type Navigation, type Notes, type Position, type SettingReader,
} from '../core/index';
import { folderListerFor } from './folderLister';
import { nodeDisk, pathKindOnDisk } from './disk';
import { WorkerWithFallback } from './workerWithFallback';

/** The settings a check reads (see checkDocument): copied into each job, since a reader cannot cross threads. */
const checkSettingKeys = ['diagnostics.enabled', 'diagnostics.rules', 'maxFileSizeKB', 'build.context'];

/**
 * From this size, hovers, completions and lenses of a Dockerfile or compose file are worked out in the
 * worker: a whole parse of 64 KB (about 4,000 lines) is a few tens of milliseconds here, and it grows with
 * the file. Past the size limit a hover reads one line, and there are no completions or lenses.
 */
export const WORKER_FROM_CHARS = 64 * 1024;

/** Whether this document's hovers, completions and lenses go to the worker. */
export function answersInWorker(kind: DocumentKind, text: string, maxFileChars: number | undefined): boolean {
  return (kind === 'dockerfile' || kind === 'compose') && text.length >= WORKER_FROM_CHARS && !isTooLarge(text, maxFileChars);
}

/** Marks the worker when the entry script starts again inside it. */
export const checkWorkerRole = 'docker-coach-checks';

/** What a hover sends: the options `documentServices[kind].explain` takes (notes are plain data and cross as they are). */
export interface ExplainOptions { notes?: Notes; file?: string; maxFileChars?: number }

/** What a completion sends: the document's URI stands for its folder lister, which the worker makes again. */
export interface CompleteOptions { uri: string; maxFileChars?: number; composeNetworks?: ComposeNetwork[]; localImages?: readonly string[] }

/** What lenses send: the settings `checks.actions` takes (the shell is one of them). */
export type ActionOptions = Partial<ActionSettings> & { maxFileChars?: number };

/** Lines `start` to `end`, both included (0-based). */
export interface LineSpan { start: number; end: number }

/** A question to the core's Navigation, as plain data: the method, and its arguments after the text. */
export type NavigationAsk =
  | { method: 'symbols' | 'folding' }
  | { method: 'definition' | 'highlights' | 'prepareRename'; position: Position }
  | { method: 'references'; position: Position; includeDeclaration: boolean }
  | { method: 'rename'; position: Position; newName: string }
  | { method: 'links'; file?: FileContext };

/** The core's answer to a navigation question, wherever it is asked: in the worker or in place. */
export function navigate<A extends NavigationAsk>(nav: Navigation, text: string, ask: A): ReturnType<Navigation[A['method']]> {
  const a = ask as NavigationAsk;
  const answer = (() => {
    switch (a.method) {
      case 'symbols': return nav.symbols(text);
      case 'folding': return nav.folding(text);
      case 'definition': return nav.definition(text, a.position);
      case 'highlights': return nav.highlights(text, a.position);
      case 'prepareRename': return nav.prepareRename(text, a.position);
      case 'references': return nav.references(text, a.position, a.includeDeclaration);
      case 'rename': return nav.rename(text, a.position, a.newName);
      case 'links': return nav.links(text, { file: a.file, pathKind: pathKindOnDisk });
    }
  })();
  return answer as ReturnType<Navigation[A['method']]>;
}

type Job = { id: number; kind: DocumentKind; text: string } & (
  | { type: 'check'; file?: FileContext; settings: Record<string, unknown> }
  | { type: 'explain'; position: Position; options: ExplainOptions }
  | { type: 'complete'; position: Position; options: CompleteOptions }
  | { type: 'actions'; file: FileContext; options: ActionOptions; lines?: readonly LineSpan[] }
  | { type: 'navigate'; ask: NavigationAsk }
  | { type: 'explainFile'; file: FileContext; options: ExplainFileOptions }
  | { type: 'ignoreFixes'; diagnostics: (Diagnostic | undefined)[] });
// A job's answer: its result, or the error the core met (the runner counts which thread answered).
type Answer = { id: number } & ({ result: unknown } | { error: string });

/**
 * A copy that can cross to another thread: what VS Code's configuration returns for an object setting
 * (`diagnostics.rules`) is a proxy, which postMessage cannot clone ("DataCloneError").
 */
function plain<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value)) as T;
}

/**
 * How many texts each side keeps. A document's text crosses to the worker once per version, not with every
 * job: copying 1.9 MB into the message took the sending thread about 10 ms each time, and one version gets
 * a check, lenses, folding, outline, links and hovers. Both sides drop the oldest text first, so the
 * worker holds every text the runner believes it sent (messages arrive in order).
 */
const KEPT_TEXTS = 8;

/** What crosses to the worker: the job, with its text only when the worker does not hold it yet. */
type Posted = (Job extends infer J ? (J extends unknown ? Omit<J, 'text'> : never) : never) & { textId: number; text?: string };

/**
 * "Ignore on this line" for each problem, in order (undefined where there is no problem, or no checks): the
 * comment goes above the instruction the problem is in, so a Dockerfile's fix needs its parse (in the
 * worker, usually the one its check has made already).
 */
export function ignoreFixes(kind: DocumentKind, text: string, diagnostics: readonly (Diagnostic | undefined)[]): (Fix | undefined)[] {
  const checks = documentServices[kind].checks;
  return diagnostics.map(d => (d && checks ? checks.ignoreFix(text, d) : undefined));
}

/** The job done where it is, by the same core call the main thread would make. */
async function work(job: Job): Promise<unknown> {
  switch (job.type) {
    case 'check': return checkDocument(job.kind, job.text, job.file, key => job.settings[key], nodeDisk);
    case 'explain': return documentServices[job.kind].explain(job.text, job.position, job.options);
    case 'complete': {
      const { uri, ...options } = job.options;
      return documentServices[job.kind].complete(job.text, job.position, { ...options, listFolder: folderListerFor(uri) });
    }
    case 'actions': {
      const actions = documentServices[job.kind].checks?.actions(job.text, job.file, job.options) ?? [];
      // Only the actions on these lines cross back: a 1.9 MB compose file has 45,000, and receiving them all cost
      // the other thread about 100 ms.
      const lines = job.lines;
      return lines ? actions.filter(a => lines.some(span => a.range.start.line >= span.start && a.range.start.line <= span.end)) : actions;
    }
    case 'ignoreFixes': return ignoreFixes(job.kind, job.text, job.diagnostics);
    case 'explainFile': return explainFileModel(job.kind === 'compose' ? 'compose' : 'dockerfile', job.text, job.file, nodeDisk, job.options);
    case 'navigate': {
      const nav = documentServices[job.kind].navigation;
      if (!nav) throw new Error(`no navigation for ${job.kind}`);
      return navigate(nav, job.text, job.ask);
    }
  }
}

/** The worker's side: answers each job with what the core says, or the error it met. */
export function serveChecks(port: import('worker_threads').MessagePort): void {
  const texts = new Map<number, string>();
  port.on('message', (posted: Posted) => {
    if (posted.text !== undefined) {
      texts.set(posted.textId, posted.text);
      if (texts.size > KEPT_TEXTS) texts.delete(texts.keys().next().value as number);
    }
    const text = texts.get(posted.textId);
    const job = { ...posted, text } as unknown as Job;
    (text === undefined ? Promise.reject(new Error(`text ${posted.textId} was never sent`)) : work(job))
      .then(result => port.postMessage({ id: job.id, result } satisfies Answer))
      .catch((err: unknown) => port.postMessage({ id: job.id, error: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies Answer));
  });
}

/**
 * Sends checks to one worker thread, started on the first check. Where no worker can start (or one
 * dies), the check runs on this thread instead: slower to answer around, never missing.
 */
export class CheckRunner {
  private readonly thread: WorkerWithFallback<Job, Answer>;
  private nextId = 0;
  /** The texts the worker holds, by the id they crossed with (oldest first, as the worker drops them). */
  private readonly sent = new Map<string, number>();
  private nextTextId = 0;
  /** Jobs answered by the worker thread, and jobs run on this thread (read by tests). */
  get answered(): { inWorker: number; inPlace: number } {
    return this.thread.counts;
  }
  /** How many texts crossed to the worker (read by tests: once per text, however many jobs ask about it). */
  textsSent = 0;

  /**
   * `script` is the entry file to start as the worker: dist/server.js (which starts again in this role) or
   * dist/coachWorker.js, or the same from tsc under out/. Without one, every job runs on this thread.
   */
  constructor(script: string | undefined) {
    this.thread = new WorkerWithFallback<Job, Answer>(script, { workerData: { role: checkWorkerRole }, argv: [] }, work, (answer: Answer) =>
      this.thread.answer(answer.id, 'error' in answer ? { error: new Error(answer.error) } : { result: answer.result }));
  }

  check(kind: DocumentKind, text: string, file: FileContext | undefined, read: SettingReader): Promise<Diagnostic[]> {
    const settings = plain(Object.fromEntries(checkSettingKeys.map(key => [key, read(key)])));
    return this.run({ id: ++this.nextId, type: 'check', kind, text, file, settings }) as Promise<Diagnostic[]>;
  }

  /**
   * A hover, answered in the worker: the first hover on a large file parses it whole, and the worker has
   * usually parsed it already for its check, which is kept in the worker's cache.
   */
  explain(kind: DocumentKind, text: string, position: Position, options: ExplainOptions): Promise<Explanation | undefined> {
    return this.run({ id: ++this.nextId, type: 'explain', kind, text, position, options }) as Promise<Explanation | undefined>;
  }

  /** Completions, answered in the worker for the same reason as hovers. */
  complete(kind: DocumentKind, text: string, position: Position, options: CompleteOptions): Promise<CompletionItem[]> {
    return this.run({ id: ++this.nextId, type: 'complete', kind, text, position, options }) as Promise<CompletionItem[]>;
  }

  /** Lenses' actions, answered in the worker for the same reason as hovers; with `lines`, only those starting on them. */
  actions(kind: DocumentKind, text: string, file: FileContext, options: ActionOptions, lines?: readonly LineSpan[]): Promise<DockerAction[]> {
    return this.run({ id: ++this.nextId, type: 'actions', kind, text, file, options: plain(options), lines: plain(lines) }) as Promise<DockerAction[]>;
  }

  /** "Ignore on this line" for each of `diagnostics` (see ignoreFixes), in the worker: a fix needs the file's parse. */
  ignoreFixes(kind: DocumentKind, text: string, diagnostics: readonly (Diagnostic | undefined)[]): Promise<(Fix | undefined)[]> {
    return this.run({ id: ++this.nextId, type: 'ignoreFixes', kind, text, diagnostics: [...diagnostics] }) as Promise<(Fix | undefined)[]>;
  }

  /** The Explain view's model of a file (explainFileModel), in the worker: a large compose file's takes seconds. */
  explainFile(kind: 'compose' | 'dockerfile', text: string, file: FileContext, options: ExplainFileOptions): Promise<ExplainFileModel> {
    return this.run({ id: ++this.nextId, type: 'explainFile', kind, text, file, options }) as Promise<ExplainFileModel>;
  }

  /** Outline, folding, links and the name queries, answered in the worker for the same reason as hovers. */
  navigate<A extends NavigationAsk>(kind: DocumentKind, text: string, ask: A): Promise<ReturnType<Navigation[A['method']]>> {
    return this.run({ id: ++this.nextId, type: 'navigate', kind, text, ask }) as Promise<ReturnType<Navigation[A['method']]>>;
  }

  private run(job: Job): Promise<unknown> {
    return this.thread.run(job, worker => {
      // The same string object for a document version (both adapters keep one), so this lookup hashes it once.
      const textId = this.sent.get(job.text);
      const { text, ...rest } = job;
      if (textId !== undefined) {
        worker.postMessage({ ...rest, textId } satisfies Posted);
        return;
      }
      const id = ++this.nextTextId;
      worker.postMessage({ ...rest, textId: id, text } satisfies Posted);
      // Counted only once posted: a message that cannot be cloned leaves the worker without the text.
      this.sent.set(text, id);
      if (this.sent.size > KEPT_TEXTS) this.sent.delete(this.sent.keys().next().value as string);
      this.textsSent++;
    });
  }

  dispose(): void {
    this.thread.dispose();
  }
}
