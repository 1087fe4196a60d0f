import { ContinueButton, Step } from './Step';

export function FarewellStep({ onClose }: { onClose: () => void }) {
  return (
    <Step
      id="farewell"
      title="Thank you for these breaths"
      actions={<ContinueButton label="Close now" onClick={onClose} />}
    >
      <p className="practice-lead">This window will close by itself in a moment.</p>
    </Step>
  );
}
