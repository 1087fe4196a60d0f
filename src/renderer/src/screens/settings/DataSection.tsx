// Your data: everything stays on this computer; keep a history or not, export it all, delete the
// history or everything, see where the files are.
import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract';
import type { Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { useHistory } from '../../app/use-main-state';
import { trackFocus, useFocusNearbyWhenDisabled } from '../../ui/focus';
import { ConfirmDialog } from './ConfirmDialog';
import { DeleteEverything } from './DeleteEverything';
import { personMessage, Section, save, Toggle } from './fields';

export function DataSection({ info, settings }: { info: AppInfo | null; settings: Settings }) {
  const history = useHistory();
  const [exportStatus, setExportStatus] = useState<string | null>(null);
  const [deleteStatus, setDeleteStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const count = history?.length ?? 0;
  const deleteButton = useRef<HTMLButtonElement>(null);
  useFocusNearbyWhenDisabled(deleteButton, count === 0);

  useEffect(() => {
    if (count > 0) setDeleteStatus(null);
  }, [count]);

  const exportAll = async () => {
    setExportStatus('Preparing your file…');
    try {
      const result = await api().invoke('data:export');
      if (!result.savedTo) setExportStatus('Nothing was saved.');
      else if (info?.preview) setExportStatus(`Downloaded as ${result.savedTo}.`);
      else setExportStatus(`Saved to ${result.savedTo}.`);
    } catch (err) {
      setExportStatus(personMessage('export', err));
    }
  };

  const deleteHistory = async () => {
    setConfirming(false);
    try {
      await api().invoke('history:clear');
      setDeleteStatus('Your pause history has been deleted.');
    } catch (err) {
      setDeleteStatus(personMessage('delete-history', err));
    }
  };

  return (
    <Section
      id="data"
      title="Your data"
      intro="Everything Attune keeps stays on this computer: no account, no network, nothing sent anywhere."
    >
      <Toggle
        label="Keep a history of my pauses"
        description="When this is off, Attune keeps no record of your pauses at all. What is already kept stays until you delete it."
        checked={settings.history.record}
        onChange={(record) => save({ history: { record } })}
        testId="history-record"
      />
      <Toggle
        label="Show check-in words in History"
        description="The words you chose when arriving. They are kept either way; this only shows them."
        checked={settings.history.showCheckIns}
        onChange={(showCheckIns) => save({ history: { showCheckIns } })}
        testId="history-check-ins"
      />
      <div className="field data-row">
        <div>
          <h3 className="field-label">Export everything</h3>
          <p className="field-hint">
            Every setting, your own phrases, your crisis note and your pause history with its private notes, in one JSON
            file.
          </p>
        </div>
        <button type="button" className="button" onClick={() => void exportAll()} data-testid="export">
          Export…
        </button>
      </div>
      <p className="field-note" role="status">
        {exportStatus}
      </p>
      <div className="field data-row">
        <div>
          <h3 className="field-label">Delete pause history</h3>
          <p className="field-hint">
            {history === null
              ? '…'
              : count === 0
                ? 'There is no pause history to delete.'
                : `Removes the record of ${count === 1 ? '1 pause' : `${count} pauses`}, with their notes. Your settings stay.`}
          </p>
        </div>
        <button
          ref={deleteButton}
          {...trackFocus}
          type="button"
          className="button"
          disabled={count === 0}
          onClick={() => setConfirming(true)}
          data-testid="delete-history"
        >
          Delete history…
        </button>
      </div>
      <p className="field-note" role="status">
        {deleteStatus}
      </p>
      <ConfirmDialog
        open={confirming}
        title="Delete your pause history?"
        confirmLabel="Delete history"
        cancelLabel="Keep it"
        onConfirm={() => void deleteHistory()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          This removes the record of {count === 1 ? 'your 1 pause' : `all ${count} pauses`} from this computer. It can’t
          be undone. If you’d like a copy first, export your data.
        </p>
      </ConfirmDialog>
      <DeleteEverything />
      <div className="field">
        <h3 className="field-label">Where the files are</h3>
        {info ? (
          <dl className="data-files">
            <dt>Settings</dt>
            <dd>
              <code>{info.dataFiles.settings}</code>
            </dd>
            <dt>History</dt>
            <dd>
              <code>{info.dataFiles.history}</code>
            </dd>
          </dl>
        ) : null}
        {info?.preview ? (
          <p className="field-hint">This web preview keeps everything in this browser only.</p>
        ) : (
          <p className="field-hint">Plain JSON files. If one is ever damaged, Attune keeps a copy beside it.</p>
        )}
      </div>
    </Section>
  );
}
