// The pauses of the chosen days, by day: only days with pauses, newest first. Each pause says
// when, what and for how long; its private note is shown and can be deleted; the check-in word
// appears only when the person has asked to see check-in words.
import { useState } from 'react';
import type { PauseKind, PauseRecord } from '../../../../shared/history';
import type { DayOfPauses } from '../../../../shared/history-summary';
import { minutesInWords } from '../../../../shared/history-summary';
import { clockTime, dayInWords } from '../../../../shared/time-words';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { ConfirmDialog } from '../settings/ConfirmDialog';
import { personMessage } from '../settings/fields';

/** What each kind of pause is called in History (the tray's names for them). */
export const KIND_NAMES: Record<PauseKind, string> = {
  full: 'A pause',
  short: 'A short pause',
  breathe: 'Breathing',
  compassion: 'Self-compassion break',
  'three-breaths': 'Three breaths',
};

interface PauseListProps {
  days: DayOfPauses[];
  now: number;
  showCheckIns: boolean;
}

export function PauseList({ days, now, showCheckIns }: PauseListProps) {
  const [forgetting, setForgetting] = useState<PauseRecord | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const ctx = { now };
  const tr = useT();

  const deleteNote = async (record: PauseRecord) => {
    setForgetting(null);
    try {
      await api().invoke('history:delete-note', { id: record.id });
      setStatus('The note has been deleted. The pause stays in your history.');
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
                    <span>{KIND_NAMES[p.kind]}</span>
                    <span className="muted">{minutesInWords(p.durationSeconds)}</span>
                    {showCheckIns && p.checkIn ? (
                      <span className="pause-word" data-testid="pause-word">
                        {p.checkIn}
                      </span>
                    ) : null}
                  </p>
                  {p.note ? (
                    <div className="pause-note">
                      <p data-testid="pause-note">{p.note}</p>
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        aria-label={`Delete note “${p.note}”`}
                        onClick={() => {
                          setStatus(null);
                          setForgetting(p);
                        }}
                      >
                        Delete note…
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
        title="Delete this note?"
        confirmLabel="Delete note"
        cancelLabel="Keep it"
        onConfirm={() => forgetting && void deleteNote(forgetting)}
        onCancel={() => setForgetting(null)}
      >
        <p>“{forgetting?.note}” will be removed from this computer. The pause itself stays in your history.</p>
      </ConfirmDialog>
    </>
  );
}
