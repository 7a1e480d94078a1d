// SPDX-License-Identifier: MIT
// The `dockerCoach` settings as a language client sends them. They come from three places, the later
// winning: `initializationOptions.dockerCoach`, the `settings` of a `workspace/didChangeConfiguration`
// (clients such as Helix and Sublime push them that way), and the client's answer to
// `workspace/configuration` for a file (clients such as Neovim, Emacs and LSP4IJ are asked).
// A client may send them nested (`{ docker: { path } }`) or flat, as VS Code writes them (`{ "docker.path": … }`).
import type { SettingReader } from '../core/index';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One key, such as `diagnostics.rules`, from an object written either way. */
export function lookUp(source: unknown, key: string): unknown {
  if (!isObject(source)) return undefined;
  if (Object.prototype.hasOwnProperty.call(source, key)) return source[key];
  let node: unknown = source;
  for (const part of key.split('.')) {
    if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** The `dockerCoach` section of a settings object that may or may not be wrapped in it. */
export function sectionOf(settings: unknown): unknown {
  if (!isObject(settings)) return undefined;
  return isObject(settings.dockerCoach) ? settings.dockerCoach : undefined;
}

/** A reader that tries each source in turn, the first that has the key winning. */
export function layered(...sources: unknown[]): SettingReader {
  return key => {
    for (const source of sources) {
      const value = lookUp(source, key);
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  };
}

/** Asks the client for a file's settings; undefined when it cannot say. */
export type AskClient = (scopeUri: string) => Promise<unknown>;

/**
 * The settings for each file, asked of the client once and kept until the client says they changed.
 * Asking happens on open and on a change of settings, so a hover never waits for the client.
 */
export class SettingsStore {
  private readonly perFile = new Map<string, unknown>();
  private pushed: unknown;

  constructor(private readonly initial: unknown, private readonly ask: AskClient | undefined) {}

  /** The reader for a file: what the client answered for it, then what was pushed, then the initial options. */
  readerFor(uri: string): SettingReader {
    return layered(this.perFile.get(uri), this.pushed, this.initial);
  }

  /** Asks the client about a file, unless it cannot be asked or already answered. */
  async load(uri: string): Promise<void> {
    if (!this.ask || this.perFile.has(uri)) return;
    try {
      this.perFile.set(uri, await this.ask(uri));
    } catch {
      this.perFile.set(uri, undefined); // a client that fails to answer keeps the other sources
    }
  }

  /** After `workspace/didChangeConfiguration`: keeps pushed settings, forgets the answers. */
  changed(settings: unknown): void {
    const section = sectionOf(settings);
    if (section !== undefined) this.pushed = section;
    this.perFile.clear();
  }

  forget(uri: string): void {
    this.perFile.delete(uri);
  }
}
