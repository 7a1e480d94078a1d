// SPDX-License-Identifier: MIT
// The shapes the "Explain this file" view draws: a compose project as nodes and edges, and a Dockerfile
// as stages with steps. Plain data, so the view, the tests and the benchmark share them.
import type { Range } from '../text';

export type ComposeNodeKind = 'service' | 'network' | 'volume' | 'bind' | 'secret' | 'config' | 'port';

/** One thing in the compose project. `range` is where the file names it (a key, or a list item). */
export interface ComposeNode {
  /** Unique in the graph: `service:web`, `network:default`, `port:127.0.0.1:8080/tcp`... */
  id: string;
  kind: ComposeNodeKind;
  /** The short text the diagram shows. */
  label: string;
  range: Range;
  /** Networks: the driver (`bridge` unless set). */
  driver?: string;
  /** Networks, volumes, secrets, configs: declared `external: true`, so Compose expects it to exist already. */
  external?: boolean;
  /** Not declared in the file: the `default` network, an anonymous volume, or a name used but never declared. */
  implicit?: boolean;
  /** Services: the image it runs, and the build context when it is built from a Dockerfile. */
  image?: string;
  build?: string;
  /** Services: where the `build:` value is written, so a Problem on it can be shown on the service. */
  buildRange?: Range;
  /** A few words for each Problem that stops this service, drawn in its box (see `markServiceProblems`). */
  warnings?: string[];
  /** Services: `network_mode` (host, none, service:x) when set, which replaces network membership. */
  networkMode?: string;
  /** Services: the `profiles:` it belongs to. A plain `docker compose up` (no profile active) leaves it out. */
  profiles?: string[];
  /** Services: `pull_policy` as written (`always`, `never`, `missing`, `build`, `daily`...). */
  pullPolicy?: string;
}

/** The keys that make a service start after another one without `depends_on`. ref: compose-go loader/normalize.go */
export type ImplicitDependencyKey = 'links' | 'volumes_from' | 'network_mode' | 'ipc' | 'pid' | 'uts' | 'cgroup';

export type ComposeEdgeKind = 'depends_on' | 'network' | 'volume' | 'port' | 'secret' | 'config';

/** A link between two nodes. `range` is the line that makes it (the list item or key). */
export interface ComposeEdge {
  id: string;
  kind: ComposeEdgeKind;
  /** `depends_on`: the service that waits. Others: the service. Ports: the host port node. */
  from: string;
  /** `depends_on`: the service waited for. Ports: the service. Others: the network, volume, secret or config. */
  to: string;
  /** The short text drawn next to the edge. */
  label: string;
  range: Range;
  /** depends_on: `service_started` (the default), `service_healthy` or `service_completed_successfully`. */
  condition?: string;
  /** depends_on: `required: false`, so Compose carries on when that service is not started. */
  optional?: boolean;
  /**
   * depends_on edges Compose adds by itself: the key that makes this service start after the other one
   * (`links`, `volumes_from`, or a `service:x` value of `network_mode`, `ipc`, `pid`, `uts`, `cgroup`).
   */
  via?: ImplicitDependencyKey;
  /** Network membership: extra names this service answers to on that network. */
  aliases?: string[];
  /** Mounts, secrets and configs: the path inside the container. */
  target?: string;
  /** Mounts: read-only (`:ro` or `read_only: true`). */
  readOnly?: boolean;
  /** Ports: the container side, e.g. `80/tcp`. */
  containerPort?: string;
}

export interface ComposeGraph {
  nodes: ComposeNode[];
  edges: ComposeEdge[];
  /**
   * Service names in the order a plain `docker compose up` starts them (dependencies first; ties in file order).
   * Services with `profiles:` are left out: no profile is active unless you pass `--profile`.
   */
  startOrder: string[];
  /** Services caught in a dependency loop, which Compose refuses to start. */
  cycle?: string[];
  /** Services a plain `docker compose up` leaves out because of their `profiles:`, in file order. */
  notStarted?: { name: string; profiles: string[] }[];
  /** Why Compose refuses to start this project at all, found from its shape (a loop, a needed service left out...). */
  refusals?: Refusal[];
  /** Set when the file is past the size limit and was not read. */
  tooLarge?: boolean;
}

/** One reason `docker compose up` starts nothing, with the line that causes it. */
export interface Refusal {
  text: string;
  range?: Range;
  /**
   * The Problem code that reports the same refusal (`DependencyCycle`). The graph says it once for the whole
   * loop, where the Problems mark each wait of it, so the walk-through keeps this one and leaves those out.
   */
  problem?: string;
}

/** When a Dockerfile step has its effect. */
export type StepTime = 'build' | 'start' | 'build and start';

/** One instruction of a stage, in plain words. */
export interface OutlineStep {
  keyword: string;
  /** The instruction as written, continuation lines joined, shortened for display. */
  text: string;
  range: Range;
  /** `layer`: changes files, so the image gets a new layer. `metadata`: only records a setting. */
  kind: 'layer' | 'metadata';
  time: StepTime;
  /** One plain sentence on what this step does. */
  summary: string;
}

/** What a container of a stage runs when it starts, once ENTRYPOINT and CMD are combined. */
export interface StartCommand {
  /** The exact argv the container's first process gets; empty when nothing is set anywhere we can see. */
  argv: string[];
  /** The ENTRYPOINT and CMD lines used, each with the stage they come from (a parent stage when inherited). */
  entrypoint?: { range: Range; form: 'exec' | 'shell'; stage: number };
  cmd?: { range: Range; form: 'exec' | 'shell'; stage: number };
  /** True when the base image's own ENTRYPOINT or CMD may still apply (this file sets neither, or only CMD). */
  fromBaseImage: boolean;
  /** Plain sentences on how the argv came about. */
  notes: string[];
  /**
   * Set when an ENTRYPOINT or CMD line starts with a `--word` BuildKit reads as an unknown flag
   * (`CMD --port 8080`): the build fails, so no argv is shown.
   */
  invalid?: { range: Range; flag: string };
}

/** A `COPY --from` (or `RUN --mount=from=`) that reads files out of another stage or an image. */
export interface CopyFromEdge {
  /** The stage number read from, or undefined when `from` names an image. */
  fromStage?: number;
  from: string;
  toStage: number;
  range: Range;
}

export interface OutlineStage {
  index: number;
  name?: string;
  /** `builder` or `stage 0`. */
  label: string;
  /** The FROM line. */
  range: Range;
  base: { kind: 'image'; image: string } | { kind: 'stage'; stage: number; image: string } | { kind: 'scratch'; image: 'scratch' };
  steps: OutlineStep[];
  start: StartCommand;
  /** The settings a container of this stage starts with (inherited from parent stages), with the line that set each. */
  user?: { value: string; range: Range };
  workdir?: { value: string; range: Range };
  exposed: { port: string; range: Range }[];
  env: { name: string; value: string; range: Range }[];
  copyFrom: CopyFromEdge[];
  /** The stage `docker build` produces when no `--target` is given. */
  isFinal: boolean;
}
