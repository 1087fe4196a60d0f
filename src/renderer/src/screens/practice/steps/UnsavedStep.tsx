import { ContinueButton, Step } from './Step';

/** The pause ended but the disk refused it for now: main keeps it and saves it when it can. */
export function UnsavedStep({ reason, onClose }: { reason: string | null; onClose: () => void }) {
  return (
    <Step id="unsaved" title="Your pause is kept" actions={<ContinueButton label="Close" onClick={onClose} />}>
      <p className="practice-lead">
        It isn’t in your history yet{reason ? ` — ${reason}` : ''}. Attune holds on to it and saves it as soon as it
        can. There is nothing you need to do.
      </p>
    </Step>
  );
}
