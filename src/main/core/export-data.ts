// "Export everything": one JSON document with every setting and the whole history, exactly as
// Attune keeps them — language-free, so an export reads the same whatever language Attune spoke:
// - settings.practice.phrases.{naming,common,kindness}: lists whose items are either
//   { "id": "kindness.1" } (one of Attune's default phrases, by id; its words in each language are
//   in src/shared/i18n/catalogs/<language>/phrases.json as "phrases.default.kindness.1") or a
//   string (the person's own words, exactly as written);
// - settings.crisisNote: the person's own note as a string, or null for Attune's default note;
// - history[].checkIn: an id, one of tense tired anxious sad numb restless okay (CHECK_IN_IDS).
import type { PauseRecord } from '../../shared/history';
import type { Translator } from '../../shared/i18n/translator';
import type { Settings } from '../../shared/settings';

export interface ExportDocument {
  app: 'Attune';
  version: string;
  exportedAt: string;
  settings: Settings;
  history: PauseRecord[];
}

export function buildExport(version: string, now: Date, settings: Settings, history: PauseRecord[]): ExportDocument {
  return { app: 'Attune', version, exportedAt: now.toISOString(), settings, history };
}

export function exportFileName(now: Date): string {
  return `attune-export-${now.toISOString().slice(0, 10)}.json`;
}

/** The title of the save dialog the export opens, in the language in use. */
export function exportDialogTitle(tr: Translator): string {
  return tr.t('main.export.dialogTitle');
}
