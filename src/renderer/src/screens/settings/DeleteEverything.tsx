// "Delete everything": one action removes all Attune holds — the history with its notes, your own
// phrases, the crisis note and every setting — after a real confirmation that names each of them
// and asks the person to tick that they understand.
import { useId, useState } from 'react';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { personMessage } from './fields';

export function DeleteEverything() {
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const { t } = useT();
  // 'done' is worded at each render (it follows a language switch); an error is a sentence from main.
  const [status, setStatus] = useState<string | null>(null);
  const checkId = useId();

  const deleteAll = async () => {
    if (!understood) return;
    setConfirming(false);
    setUnderstood(false);
    try {
      await api().invoke('data:delete-all');
      setStatus('done');
    } catch (err) {
      setStatus(personMessage('delete-all', err));
    }
  };

  return (
    <>
      <div className="field data-row">
        <div>
          <h3 className="field-label">{t('settings.data.everything.title')}</h3>
          <p className="field-hint">{t('settings.data.everything.hint')}</p>
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
          {t('settings.data.everything.button')}
        </button>
      </div>
      <p className="field-note" role="status">
        {status === 'done' ? t('settings.data.everything.done') : status}
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('settings.data.everything.confirmTitle')}
        confirmLabel={t('settings.data.everything.confirm')}
        confirmDisabled={!understood}
        cancelLabel={t('settings.data.everything.cancel')}
        onConfirm={() => void deleteAll()}
        onCancel={() => {
          setConfirming(false);
          setUnderstood(false);
        }}
      >
        <p>{t('settings.data.everything.removes')}</p>
        <ul>
          <li>{t('settings.data.everything.history')}</li>
          <li>{t('settings.data.everything.phrases')}</li>
          <li>{t('settings.data.everything.crisisNote')}</li>
          <li>{t('settings.data.everything.settings')}</li>
        </ul>
        <p>{t('settings.data.everything.undone')}</p>
        <label htmlFor={checkId} className="confirm-check">
          <input id={checkId} type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          {t('settings.data.everything.understand')}
        </label>
      </ConfirmDialog>
    </>
  );
}
