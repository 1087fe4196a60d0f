// "Export everything" on disk: the export holds the crisis note and private notes, so it is
// written like the data files — atomically, readable by this user only (0600, also when it
// replaces an existing file, since the new file is created and renamed over it) — and a disk
// that refuses leaves no partial file or temporary file behind.
import path from 'node:path';
import { diskFaultReason } from '../core/disk-fault';
import type { ExportDocument } from '../core/export-data';
import { type FileLayer, realFiles, writeFileAtomic } from './atomic-file';

export const EXPORT_MODE = 0o600;

/** Writes the export; throws an error in plain words (nothing written) when the disk refuses. */
export function writeExport(file: string, doc: ExportDocument, fs: FileLayer = realFiles): void {
  try {
    writeFileAtomic(file, `${JSON.stringify(doc, null, 2)}\n`, EXPORT_MODE, fs);
  } catch (err) {
    const reason = diskFaultReason(err, path.dirname(file)).replace('its data folder', 'that folder');
    throw new Error(`Your data couldn’t be exported because ${reason}. Nothing was written there.`);
  }
}
