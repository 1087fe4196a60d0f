// "Delete everything": one action removes all Attune holds — the history with its notes, your own
// phrases, the crisis note and every setting — after a real confirmation that names each of them
// and asks the person to tick that they understand.
import { useId, useState } from 'react';
import { api } from '../../app/bridge';
import { ConfirmDialog } from './ConfirmDialog';
import { personMessage } from './fields';

export function DeleteEverything() {
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const checkId = useId();

  const deleteAll = async () => {
    if (!understood) return;
    setConfirming(false);
    setUnderstood(false);
    try {
      await api().invoke('data:delete-all');
      setStatus('Everything Attune kept has been deleted. It now starts as it did the first time.');
    } catch (err) {
      setStatus(personMessage('delete-all', err));
    }
  };

  return (
    <>
      <div className="field data-row">
        <div>
          <h3 className="field-label">Delete everything</h3>
          <p className="field-hint">
            Your pause history and private notes, your own phrases, your crisis note and every setting.
          </p>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => {
            setStatus(null);
            setConfirming(true);
          }}
          data-testid="delete-everything"
        >
          Delete everything…
        </button>
      </div>
      <p className="field-note" role="status">
        {status}
      </p>
      <ConfirmDialog
        open={confirming}
        title="Delete everything Attune keeps?"
        confirmLabel="Delete everything"
        confirmDisabled={!understood}
        cancelLabel="Keep it all"
        onConfirm={() => void deleteAll()}
        onCancel={() => {
          setConfirming(false);
          setUnderstood(false);
        }}
      >
        <p>This removes, from this computer:</p>
        <ul>
          <li>your pause history, with its private notes</li>
          <li>your own phrases</li>
          <li>your crisis note</li>
          <li>every setting, including reminders and the reading view</li>
        </ul>
        <p>It can’t be undone. If you’d like a copy first, export your data.</p>
        <label htmlFor={checkId} className="confirm-check">
          <input id={checkId} type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />I
          understand that all of this will be gone
        </label>
      </ConfirmDialog>
    </>
  );
}
