// SPDX-License-Identifier: MIT
// The completion item the core hands to its adapters: plain data, no editor types.
import type { ComposeNetwork } from '../compose/composeNetworks';
import type { Range } from '../text';

/** What an item completes; the adapter picks the matching icon. */
export type CompletionKind = 'keyword' | 'flag' | 'option' | 'property' | 'value' | 'reference' | 'variable' | 'directive' | 'command' | 'file' | 'folder';

/** One suggestion, with the explanation the hover gives for the same thing in the same place. */
export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** A few words shown next to the label: `RUN flag`, `mount type`, `from ARG on line 3`. */
  detail?: string;
  /** Markdown, rendered once per item and place and then served from a cache. */
  documentation: string;
  /** What accepting inserts; VS Code snippet syntax when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  /** The text the item replaces (the half-typed word); absent means the word at the cursor. */
  range?: Range;
  sortText?: string;
  filterText?: string;
  /** MAINTAINER and other things the reference calls deprecated. */
  deprecated?: boolean;
  /** Set when the item also stands for one of our snippets (snippets/*.json): its prefix and name. */
  snippetOf?: { prefix: string; name: string };
  /**
   * The label of the recommended item this one is the other form of (`CMD (shell form)` -> `CMD`). It is
   * filtered by the same text as that item, so the editor's fuzzy match never ranks it higher (see alignForms).
   */
  alternativeTo?: string;
  /** Accepting it should open the suggestions again (after `--mount=`, `type=`...). */
  retrigger?: boolean;
}

/** What every `complete*` function accepts. */
export interface CompletionOptions {
  /** Texts longer than this get no completions (see largeFile.ts). */
  maxFileChars?: number;
  /**
   * Images the local engine has (`repository:tag`, as `docker image ls` lists them), for `FROM `; the adapter
   * passes them when an engine answered, and nothing otherwise.
   */
  localImages?: readonly string[];
  /**
   * Lists a folder relative to the document's folder (`.` for that folder itself), for path completions;
   * undefined when it does not exist. The adapter reads the disk; without it no paths are offered.
   */
  listFolder?: (relative: string) => readonly FolderEntry[] | undefined;
  /**
   * The networks of the workspace's compose files (see compose/composeNetworks.ts), offered after
   * `docker run --network `; a function is called only when such a value is completed.
   */
  composeNetworks?: readonly ComposeNetwork[] | (() => readonly ComposeNetwork[]);
}

/** One entry of a listed folder. */
export interface FolderEntry { name: string; folder: boolean }
