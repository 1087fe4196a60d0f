// The pauses of the chosen days, by day: only days with pauses, newest first. Each pause says
// when, what and for how long; its private note is shown and can be deleted; the check-in word
// appears only when the person has asked to see check-in words.
import { useState } from 'react';
import type { PauseRecord } from '../../../../shared/history';
import type { DayOfPauses } from '../../../../shared/history-summary';
import { minutesInWords } from '../../../../shared/history-summary';
import { clockTime, dayInWords } from '../../../../shared/time-words';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { richText } from '../../ui/rich';
import { ConfirmDialog } from '../settings/ConfirmDialog';
import { personMessage } from '../settings/fields';
import { checkInWord, KIND_NAMES } from './words';

interface PauseListProps {
  days: DayOfPauses[];
  now: number;
  showCheckIns: boolean;
}

export function PauseList({ days, now, showCheckIns }: PauseListProps) {
  const [forgetting, setForgetting] = useState<PauseRecord | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const tr = useT();
  const { t } = tr;
  // Day names and clock times through Intl in the language's locale (time-words.ts).
  const ctx = { now };

  const deleteNote = async (record: PauseRecord) => {
    setForgetting(null);
    try {
      await api().invoke('history:delete-note', { id: record.id });
      setStatus(t('history.note.deleted'));
    } catch (err) {
      setStatus(personMessage('delete-note', err));
    }
  };

  return (
    <>
      <div className="pause-days" data-testid="pause-days">
        {days.map((d) => (
          <section key={d.start} className="pause-day" aria-labelledby={`day-${d.start}`}>
            <h2 id={`day-${d.start}`}>{dayInWords(tr, d.start, ctx)}</h2>
            <ul className="pause-list">
              {d.pauses.map((p) => (
                <li key={p.id} className="pause-item" data-testid="pause-item">
                  <p className="pause-line">
                    <span className="pause-time">{clockTime(tr, p.startedAt, ctx)}</span>
                    <span>{t(KIND_NAMES[p.kind])}</span>
                    <span className="muted">{minutesInWords(p.durationSeconds, t)}</span>
                    {showCheckIns && p.checkIn ? (
                      <span className="pause-word" data-testid="pause-word">
                        {checkInWord(p.checkIn, t)}
                      </span>
                    ) : null}
                  </p>
                  {p.note ? (
                    <div className="pause-note">
                      {/* The person's own words, in their own direction (any language). */}
                      <p data-testid="pause-note" dir="auto">
                        {p.note}
                      </p>
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        aria-label={t('history.note.deleteLabel', { note: p.note })}
                        onClick={() => {
                          setStatus(null);
                          setForgetting(p);
                        }}
                      >
                        {t('history.note.delete')}
                      </button>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="field-note" role="status">
        {status}
      </p>
      <ConfirmDialog
        open={forgetting !== null}
        title={t('history.note.confirmTitle')}
        confirmLabel={t('history.note.confirm')}
        cancelLabel={t('history.note.keep')}
        onConfirm={() => forgetting && void deleteNote(forgetting)}
        onCancel={() => setForgetting(null)}
      >
        <p>{richText(t, 'history.note.confirmBody', { note: <bdi>{forgetting?.note ?? ''}</bdi> })}</p>
      </ConfirmDialog>
    </>
  );
}
