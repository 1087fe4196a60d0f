// "Wait while you're busy": one switch per busy signal, each with what it means and, when this
// desktop can't tell, a plain line saying so. The privacy promise sits right under the heading.
import { type ReactNode, useEffect, useId, useState } from 'react';
import type { BusySupport } from '../../../../shared/app-state';
import type { Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { save, Toggle } from './fields';

type Wait = Settings['schedule']['waitWhileBusy'];

const SIGNALS: { key: keyof Wait; label: string; what: string; cantTell: string; testId: string }[] = [
  {
    key: 'doNotDisturb',
    label: 'Do Not Disturb or Focus',
    what: 'While your desktop is set to Do Not Disturb, reminders wait.',
    cantTell: 'This desktop doesn’t say when Do Not Disturb is on, so Attune can’t wait for it here.',
    testId: 'busy-dnd',
  },
  {
    key: 'fullScreen',
    label: 'Something is full screen',
    what: 'A presentation, a film or a game: reminders wait until it leaves full screen.',
    cantTell: 'This desktop doesn’t say when something is full screen, so Attune can’t wait for it here.',
    testId: 'busy-fullscreen',
  },
  {
    key: 'cameraOrMicrophone',
    label: 'The camera or microphone is in use',
    what: 'Most likely a call: reminders wait until it ends.',
    cantTell: 'This desktop doesn’t say when the camera or microphone is in use, so Attune can’t wait for it here.',
    testId: 'busy-call',
  },
];

/** Which signals this desktop can tell; null until main has answered. */
function useBusySupport(): BusySupport | null {
  const [support, setSupport] = useState<BusySupport | null>(null);
  useEffect(() => {
    let live = true;
    api()
      .invoke('busy:support')
      .then((s) => live && setSupport(s ?? null))
      .catch(() => live && setSupport(null));
    return () => {
      live = false;
    };
  }, []);
  return support;
}

export function WaitWhileBusy({ wait }: { wait: Wait }) {
  const support = useBusySupport();
  const hintId = useId();
  return (
    <fieldset className="field wait-while-busy" aria-describedby={hintId} data-testid="wait-while-busy">
      <legend className="field-label">Wait while you’re busy</legend>
      <p id={hintId} className="field-hint">
        A pause that comes while you’re busy waits, and is offered once you’re free — once, however long it took. Attune
        only asks whether something is in use, never which app or what is on screen, and keeps no record of it.
      </p>
      {SIGNALS.map((sig) => {
        const cantTell = support?.[sig.key] === false;
        const description: ReactNode = (
          <>
            {sig.what}
            {cantTell ? (
              <span className="busy-cant-tell" data-testid={`${sig.testId}-cant-tell`}>
                {' '}
                {sig.cantTell}
              </span>
            ) : null}
          </>
        );
        return (
          <Toggle
            key={sig.key}
            label={sig.label}
            description={description}
            checked={wait[sig.key]}
            onChange={(on) => save({ schedule: { waitWhileBusy: { [sig.key]: on } } })}
            testId={sig.testId}
          />
        );
      })}
    </fieldset>
  );
}
