// "Wait while you're busy": one switch per busy signal, each with what it means and, when this
// desktop can't tell, a plain line saying so. The privacy promise sits right under the heading.
import { type ReactNode, useEffect, useId, useState } from 'react';
import type { BusySupport } from '../../../../shared/app-state';
import type { MessageId } from '../../../../shared/i18n/translator';
import type { Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { save, Toggle } from './fields';

type Wait = Settings['schedule']['waitWhileBusy'];

const SIGNALS: { key: keyof Wait; label: MessageId; what: MessageId; cantTell: MessageId; testId: string }[] = [
  {
    key: 'doNotDisturb',
    label: 'settings.busy.dnd.label',
    what: 'settings.busy.dnd.what',
    cantTell: 'settings.busy.dnd.cantTell',
    testId: 'busy-dnd',
  },
  {
    key: 'fullScreen',
    label: 'settings.busy.fullScreen.label',
    what: 'settings.busy.fullScreen.what',
    cantTell: 'settings.busy.fullScreen.cantTell',
    testId: 'busy-fullscreen',
  },
  {
    key: 'cameraOrMicrophone',
    label: 'settings.busy.call.label',
    what: 'settings.busy.call.what',
    cantTell: 'settings.busy.call.cantTell',
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
  const { t } = useT();
  const support = useBusySupport();
  const hintId = useId();
  return (
    <fieldset className="field wait-while-busy" aria-describedby={hintId} data-testid="wait-while-busy">
      <legend className="field-label">{t('settings.busy.legend')}</legend>
      <p id={hintId} className="field-hint">
        {t('settings.busy.hint')}
      </p>
      {SIGNALS.map((sig) => {
        const cantTell = support?.[sig.key] === false;
        const description: ReactNode = (
          <>
            {t(sig.what)}
            {cantTell ? (
              <span className="busy-cant-tell" data-testid={`${sig.testId}-cant-tell`}>
                {' '}
                {t(sig.cantTell)}
              </span>
            ) : null}
          </>
        );
        return (
          <Toggle
            key={sig.key}
            label={t(sig.label)}
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
