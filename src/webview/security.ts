// SPDX-License-Identifier: MIT
// The Security review view's script, bundled alone into media/security/security.js: it draws one row per practice
// from the plain data the extension sends, and sends back what the learner chose: reveal a finding's line, apply a
// fix, add the practices to the notes. Every control is a <button>, so Tab, Enter and Space reach all of it.
import type { Practice, SecurityReview } from '../core/index';
import { inline } from './markdown';
import { esc } from './svg';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();

/** The review with each finding's path as the workspace shows it (the extension keeps the absolute ones). */
type ReviewMessage = { type: 'review'; review: SecurityReview; folder: string };

const root = document.getElementById('root')!;
const statusClass: Record<Practice['status'], string> = {
  'met': 'met', 'partly met': 'partly', 'not met': 'not', 'not applicable': 'na', 'cannot tell from the files': 'unknown',
};
const statusIcon: Record<Practice['status'], string> = {
  'met': '✓', 'partly met': '◐', 'not met': '✗', 'not applicable': '–', 'cannot tell from the files': '?',
};

function row(p: Practice, pi: number): string {
  const findings = p.findings.map((f, fi) => {
    const where = `${f.path}:${f.range.start.line + 1}`;
    const fixes = (f.fixes ?? []).map((fix, xi) => `<button type="button" class="fix" data-practice="${pi}" data-finding="${fi}" data-fix="${xi}" title="Apply this fix to ${esc(where)}">${inline(fix.title)}</button>`).join(' ');
    return `<li><button type="button" class="finding" data-practice="${pi}" data-finding="${fi}" title="Show ${esc(where)} in the editor"><span class="finding-at">${esc(where)}</span> <code>${esc(f.code)}</code> ${inline(f.message)}</button>${fixes ? ` <span class="fixes">${fixes}</span>` : ''}</li>`;
  }).join('');
  const checks = p.check.map(c => `<li>${esc(c.title)}: <code>${esc(c.command)}</code></li>`).join('');
  return `<section class="practice ${statusClass[p.status]}" data-id="${esc(p.id)}" aria-labelledby="t-${esc(p.id)}">
<h2 id="t-${esc(p.id)}"><span class="badge" aria-hidden="true">${statusIcon[p.status]}</span> ${p.number}. ${esc(p.title)} <span class="status">${esc(p.status)}</span></h2>
<p class="why">${inline(p.why)}</p>
<p class="summary">${inline(p.summary)}</p>
${findings ? `<ul class="findings" aria-label="Findings">${findings}</ul>` : ''}
<details><summary>Go further</summary><ul class="checks">${checks}</ul></details>
</section>`;
}

function draw(m: ReviewMessage): void {
  const { review } = m;
  root.innerHTML = `<header><h1>Security review</h1>
<p class="what">The ten container security practices, checked on the Dockerfiles and compose files of ${esc(m.folder)}.</p>
<p class="score" id="score">Meets <strong>${review.score.met}</strong> of the <strong>${review.score.applicable}</strong> practices the files can show.</p>
<button id="notes" type="button" title="Write the ten practices with their status into your notes, after you confirm">Add to my notes</button></header>
${review.practices.map((p, i) => row(p, i)).join('\n')}`;
}

root.addEventListener('click', e => {
  const button = (e.target as HTMLElement).closest('button');
  if (!button) return;
  if (button.id === 'notes') { vscode.postMessage({ type: 'notes' }); return; }
  const practice = Number(button.dataset.practice);
  const finding = Number(button.dataset.finding);
  if (button.classList.contains('finding')) vscode.postMessage({ type: 'reveal', practice, finding });
  else if (button.classList.contains('fix')) vscode.postMessage({ type: 'fix', practice, finding, fix: Number(button.dataset.fix) });
});

window.addEventListener('message', (e: MessageEvent<ReviewMessage>) => {
  if (e.data?.type === 'review') draw(e.data);
});
vscode.postMessage({ type: 'ready' });
