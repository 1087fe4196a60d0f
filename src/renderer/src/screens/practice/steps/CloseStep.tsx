import { useId } from 'react';
import { useT } from '../../../app/i18n';
import { ContinueButton, SkipButton, Step } from './Step';

interface CloseStepProps {
  note: string;
  onNote: (note: string) => void;
  onClose: () => void;
  onRead: () => void;
  onSkip: () => void;
}

export function CloseStep({ note, onNote, onClose, onRead, onSkip }: CloseStepProps) {
  const { t } = useT();
  const noteId = useId();
  const hintId = useId();
  return (
    <Step
      id="close"
      title={t('practice.close.heading')}
      actions={
        <>
          <ContinueButton onClick={onClose} label={t('practice.close')} />
          <button type="button" className="button" onClick={onRead}>
            {t('practice.close.read')}
          </button>
          <SkipButton onSkip={onSkip} />
        </>
      }
    >
      <p className="practice-lead">{t('practice.close.lead')}</p>
      <div className="close-note">
        <label htmlFor={noteId}>{t('practice.close.note')}</label>
        <input
          id={noteId}
          className="text-input"
          type="text"
          maxLength={500}
          value={note}
          aria-describedby={hintId}
          onChange={(e) => onNote(e.target.value)}
        />
        <p id={hintId} className="close-note-hint">
          {t('practice.close.noteHint')}
        </p>
      </div>
    </Step>
  );
}
