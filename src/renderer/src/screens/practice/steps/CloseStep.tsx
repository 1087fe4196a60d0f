import { useId } from 'react';
import { ContinueButton, SkipButton, Step } from './Step';

interface CloseStepProps {
  note: string;
  onNote: (note: string) => void;
  onClose: () => void;
  onRead: () => void;
  onSkip: () => void;
}

export function CloseStep({ note, onNote, onClose, onRead, onSkip }: CloseStepProps) {
  const noteId = useId();
  const hintId = useId();
  return (
    <Step
      id="close"
      title="Thank you for taking this pause"
      actions={
        <>
          <ContinueButton onClick={onClose} label="Close" />
          <button type="button" className="button" onClick={onRead}>
            Read the article
          </button>
          <SkipButton onSkip={onSkip} />
        </>
      }
    >
      <p className="practice-lead">Nothing more is needed. Carry on whenever you’re ready.</p>
      <div className="close-note">
        <label htmlFor={noteId}>A private note, if you like</label>
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
          One line, kept only on this computer.
        </p>
      </div>
    </Step>
  );
}
