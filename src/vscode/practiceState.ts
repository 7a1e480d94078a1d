// SPDX-License-Identifier: MIT
// What the Practice view remembers per workspace (workspaceState): each exercise's last verdict, how many hints were
// opened, and whether it was ever done. A finished exercise stays finished until the learner resets it.
import type * as vscode from 'vscode';
import type { ExerciseResult, ExerciseStatus } from '../core/index';

/** `seen` and `tryIt`: what a check that sees only a sign of the goal saw when it said done, and how to see the rest. */
export interface ExerciseProgress { status?: ExerciseStatus; missing?: string; seen?: string; tryIt?: string; hintsShown: number; done: boolean }

const key = 'dockerCoach.practice.progress';

export class PracticeState {
  constructor(private readonly memento: vscode.Memento) {}

  private all(): Record<string, ExerciseProgress> {
    const stored = this.memento.get<unknown>(key);
    return stored && typeof stored === 'object' ? stored as Record<string, ExerciseProgress> : {};
  }

  /** The ids of the exercises marked done, from the stored progress alone. */
  doneIds(): string[] {
    return Object.keys(this.all()).filter((id) => this.of(id).done);
  }

  of(id: string): ExerciseProgress {
    const p = this.all()[id];
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { status: p?.status, missing: text(p?.missing), seen: text(p?.seen), tryIt: text(p?.tryIt), hintsShown: Number(p?.hintsShown) || 0, done: p?.done === true };
  }

  private async put(id: string, progress: ExerciseProgress): Promise<void> {
    await this.memento.update(key, { ...this.all(), [id]: progress });
  }

  /** Records a verdict; once done, a later `not yet` (the container stopped) does not undo it. */
  async record(id: string, result: ExerciseResult): Promise<ExerciseProgress> {
    const before = this.of(id);
    const done = before.done || result.status === 'done';
    // What the done check saw is kept with it: a later check does not run once done.
    const next = before.done ? before
      : done ? { ...before, status: 'done' as const, missing: undefined, seen: result.seen, tryIt: result.tryIt, done }
        : { ...before, status: result.status, missing: result.missing };
    await this.put(id, next);
    return next;
  }

  /** One more hint, up to `count`; returns how many are shown now. */
  async nextHint(id: string, count: number): Promise<number> {
    const p = this.of(id);
    const shown = Math.min(count, p.hintsShown + 1);
    await this.put(id, { ...p, hintsShown: shown });
    return shown;
  }

  async reset(id: string): Promise<void> {
    await this.put(id, { hintsShown: 0, done: false });
  }
}
