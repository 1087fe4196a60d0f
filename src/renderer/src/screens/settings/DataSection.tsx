// Your data: everything stays on this computer; keep a history or not, export it all, delete the
// history or everything, see where the files are.
import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract';
import type { MessageId } from '../../../../shared/i18n/translator';
import type { Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { useHistory } from '../../app/use-main-state';
import { trackFocus, useFocusNearbyWhenDisabled } from '../../ui/focus';
import { ConfirmDialog } from './ConfirmDialog';
import { DeleteEverything } from './DeleteEverything';
import { personMessage, Section, save, Toggle } from './fields';

/** A status line: words from the catalog (worded at each render, so they follow a language switch), or a sentence from main. */
type Status = { id: MessageId; file?: string } | { sentence: string } | null;

export function DataSection({ info, settings }: { info: AppInfo | null; settings: Settings }) {
  const { t, dir } = useT();
  const history = useHistory();
  const [exportStatus, setExportStatus] = useState<Status>(null);
  const [deleteStatus, setDeleteStatus] = useState<Status>(null);
  // A file's path reads left to right; inside a right-to-left sentence it is isolated so both keep their order.
  const path = (file: string) => (dir === 'rtl' ? `\u2066${file}\u2069` : file);
  const say = (s: Status) =>
    s === null ? null : 'sentence' in s ? s.sentence : t(s.id, { file: s.file ? path(s.file) : '' });
  const [confirming, setConfirming] = useState(false);
  const count = history?.length ?? 0;
  const deleteButton = useRef<HTMLButtonElement>(null);
  useFocusNearbyWhenDisabled(deleteButton, count === 0);

  useEffect(() => {
    if (count > 0) setDeleteStatus(null);
  }, [count]);

  const exportAll = async () => {
    setExportStatus({ id: 'settings.data.export.preparing' });
    try {
      const result = await api().invoke('data:export');
      if (!result.savedTo) setExportStatus({ id: 'settings.data.export.nothing' });
      else if (info?.preview) setExportStatus({ id: 'settings.data.export.downloaded', file: result.savedTo });
      else setExportStatus({ id: 'settings.data.export.saved', file: result.savedTo });
    } catch (err) {
      setExportStatus({ sentence: personMessage('export', err) });
    }
  };

  const deleteHistory = async () => {
    setConfirming(false);
    try {
      await api().invoke('history:clear');
      setDeleteStatus({ id: 'settings.data.history.deleted' });
    } catch (err) {
      setDeleteStatus({ sentence: personMessage('delete-history', err) });
    }
  };

  return (
    <Section id="data" title={t('settings.data.title')} intro={t('settings.data.intro')}>
      <Toggle
        label={t('settings.data.record.label')}
        description={t('settings.data.record.hint')}
        checked={settings.history.record}
        onChange={(record) => save({ history: { record } })}
        testId="history-record"
      />
      <Toggle
        label={t('settings.data.checkIns.label')}
        description={t('settings.data.checkIns.hint')}
        checked={settings.history.showCheckIns}
        onChange={(showCheckIns) => save({ history: { showCheckIns } })}
        testId="history-check-ins"
      />
      <div className="field data-row">
        <div>
          <h3 className="field-label">{t('settings.data.export.title')}</h3>
          <p className="field-hint">{t('settings.data.export.hint')}</p>
        </div>
        <button type="button" className="button" onClick={() => void exportAll()} data-testid="export">
          {t('settings.data.export.button')}
        </button>
      </div>
      <p className="field-note" role="status">
        {say(exportStatus)}
      </p>
      <div className="field data-row">
        <div>
          <h3 className="field-label">{t('settings.data.history.title')}</h3>
          <p className="field-hint">
            {history === null
              ? '…'
              : count === 0
                ? t('settings.data.history.none')
                : t('settings.data.history.hint', { count })}
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
          {t('settings.data.history.button')}
        </button>
      </div>
      <p className="field-note" role="status">
        {say(deleteStatus)}
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('settings.data.history.confirmTitle')}
        confirmLabel={t('settings.data.history.confirm')}
        cancelLabel={t('settings.data.history.cancel')}
        onConfirm={() => void deleteHistory()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('settings.data.history.confirmBody', { count })}</p>
      </ConfirmDialog>
      <DeleteEverything />
      <div className="field">
        <h3 className="field-label">{t('settings.data.files.title')}</h3>
        {info ? (
          <dl className="data-files">
            <dt>{t('settings.data.files.settings')}</dt>
            <dd>
              <code dir="ltr">{info.dataFiles.settings}</code>
            </dd>
            <dt>{t('settings.data.files.history')}</dt>
            <dd>
              <code dir="ltr">{info.dataFiles.history}</code>
            </dd>
          </dl>
        ) : null}
        {info?.preview ? (
          <p className="field-hint">{t('settings.data.files.preview')}</p>
        ) : (
          <p className="field-hint">{t('settings.data.files.plain')}</p>
        )}
      </div>
    </Section>
  );
}
