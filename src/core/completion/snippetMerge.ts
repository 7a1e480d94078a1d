// SPDX-License-Identifier: MIT
// Some snippets share their prefix with a completion (`restart`, `healthcheck`, `cmd`). Offering both
// shows two items that look alike; so the completion keeps its documentation (the hover) and takes the
// snippet's body, which writes the whole block, and the snippet provider leaves these prefixes out.
import { snippetTable } from '../snippets/snippetsAt';
import type { CompletionItem } from './types';

type Language = 'dockerfile' | 'dockercompose';

const bodies = new Map<Language, Map<string, { name: string; body: string }>>();

function bodiesOf(language: Language): Map<string, { name: string; body: string }> {
  let m = bodies.get(language);
  if (!m) {
    m = new Map();
    for (const [name, s] of Object.entries(snippetTable(language))) {
      if (s.isFileTemplate) continue;
      const first = (Array.isArray(s.body) ? s.body[0] : s.body).trimStart();
      // Only a snippet that starts by writing the same keyword or key as the completion.
      const lead = language === 'dockerfile' ? /^([A-Z]+)\s/.exec(first)?.[1] : /^([\w-]+):/.exec(first)?.[1];
      if (lead && lead.toLowerCase() === s.prefix.toLowerCase()) m.set(s.prefix.toLowerCase(), { name, body: Array.isArray(s.body) ? s.body.join('\n') : s.body });
    }
    bodies.set(language, m);
  }
  return m;
}

/** The snippet prefixes a completion item already offers; the snippet provider skips them. */
export function snippetPrefixesInCompletions(language: Language): ReadonlySet<string> {
  return new Set(bodiesOf(language).keys());
}

/** Gives each instruction or key item that has a same-named snippet that snippet's body. */
export function mergeSnippets(language: Language, items: CompletionItem[]): CompletionItem[] {
  const table = bodiesOf(language);
  for (const item of items) {
    if (item.kind !== 'keyword' && item.kind !== 'property') continue;
    const s = table.get(item.label.toLowerCase());
    if (!s || item.label.includes(' ')) continue;
    item.insertText = s.body;
    item.snippet = true;
    item.snippetOf = { prefix: item.label.toLowerCase(), name: s.name };
    item.retrigger = undefined;
    item.detail = `${item.detail ?? ''} · snippet: ${s.name}`.replace(/^ · /, '');
  }
  return items;
}
