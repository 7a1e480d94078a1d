// SPDX-License-Identifier: MIT
// The `dockerCoach.*` settings turned into what the core functions take. Each adapter only says how to
// read one key (VS Code's getConfiguration, or the object a language client sent); the checking of
// what came back, and the defaults, live here once, so both adapters behave the same on odd values.
import { actionSettingKeys, type ActionSettings } from './actions/actionSettings';
import { defaultMaxFileChars } from './largeFile';
import type { DiagnosticSettings, RuleSetting } from './diagnostics/types';

/** Reads one setting by its key under `dockerCoach.` (such as `docker.path`); undefined when unset. */
export type SettingReader = (key: string) => unknown;

/** The switches that turn a whole feature off; each defaults to on. */
export type FeatureSwitch = 'hover.enabled' | 'completion.enabled' | 'codeLens.enabled' | 'diagnostics.enabled';

const ruleSettings: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'] satisfies RuleSetting[];

/** True unless the user set the switch to false. */
export function featureEnabled(read: SettingReader, key: FeatureSwitch | string): boolean {
  return read(key) !== false;
}

/** `dockerCoach.diagnostics.enabled` and `.rules`, keeping only rule values the core understands. */
export function diagnosticSettingsFrom(read: SettingReader): DiagnosticSettings {
  const rules: Record<string, RuleSetting> = {};
  const raw = read('diagnostics.rules');
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [code, value] of Object.entries(raw)) {
      if (typeof value === 'string' && ruleSettings.includes(value)) rules[code] = value as RuleSetting;
    }
  }
  return { enabled: featureEnabled(read, 'diagnostics.enabled'), rules };
}

/** The lens settings the user gave; `resolveSettings` fills in and checks the rest. */
export function actionSettingsFrom(read: SettingReader): Partial<ActionSettings> {
  const settings: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(actionSettingKeys)) {
    const value = read(key);
    if (value !== undefined && value !== null) settings[field] = value;
  }
  return settings as Partial<ActionSettings>;
}

/** `dockerCoach.maxFileSizeKB` in characters: at least 1 KB, the default for anything not a number. */
export function maxFileCharsFrom(read: SettingReader): number {
  const kb = read('maxFileSizeKB');
  return typeof kb === 'number' && Number.isFinite(kb) ? Math.max(1, kb) * 1024 : defaultMaxFileChars;
}

/** `dockerCoach.notes.files`: the non-blank strings of the list, in order. */
export function noteGlobsFrom(read: SettingReader): string[] {
  const value = read('notes.files');
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
}

/** `dockerCoach.build.context`, which decides where the `.dockerignore` is looked for. */
export function buildContextFrom(read: SettingReader): string {
  const value = read('build.context');
  return typeof value === 'string' ? value : '';
}
