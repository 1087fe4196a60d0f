// "Export everything": one JSON document with every setting and the whole history.

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
