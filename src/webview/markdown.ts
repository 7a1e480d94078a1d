// SPDX-License-Identifier: MIT
// Just enough Markdown for the hover text the core renders (render.ts): paragraphs, `- ` bullets,
// `> ` quotes, **bold**, `code` and [links](url). Everything is escaped first, and links become plain
// text, so nothing in a hover can add markup or navigate the webview.
import { esc } from './svg';

/** One line of hover markdown as HTML (code spans, bold; links as their text). */
export function inline(s: string): string {
  return esc(s)
    .replace(/(`+) ?([^`]*?) ?\1/g, (_m, _f: string, c: string) => `<code>${c}</code>`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

/** HTML for a hover's markdown. */
export function markdownToHtml(md: string): string {
  const out: string[] = [];
  for (const block of md.split(/\n{2,}/)) {
    const lines = block.split('\n');
    if (lines.every(l => l.startsWith('- '))) out.push(`<ul>${lines.map(l => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`);
    else if (lines.every(l => l.startsWith('>'))) out.push(`<blockquote>${inline(lines.map(l => l.replace(/^>\s?/, '')).join(' '))}</blockquote>`);
    else out.push(`<p>${inline(lines.join(' '))}</p>`);
  }
  return out.join('');
}
