import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract';
import { api } from '../../app/bridge';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { SettingsNav } from '../../ui/SettingsNav';
import './about.css';

export default function AboutScreen() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api().invoke('app:info').then(setInfo);
  }, []);
  return (
    <ScreenFrame title="About Attune" nav={<SettingsNav current="about" />}>
      <section className="about" aria-labelledby="about-what">
        <h2 id="about-what">Gentle pauses, on your terms</h2>
        <p>
          Attune offers a few minutes of slow, gentle breathing and a self-compassion break, when you ask for one or on
          a schedule you choose. Every step is an invitation: skip anything, stop at any moment.
        </p>
        <p>
          It grew from the article <cite>Forget Loving Yourself—Start Practicing Self-Compassion</cite>, published by{' '}
          <strong>Well+Being Holistic Mental Health</strong>, which Attune carries for offline reading with its source
          credited.
        </p>

        <h2 id="about-care">Not a substitute for care</h2>
        <p>
          Attune is a small companion, not therapy, diagnosis or crisis support. If things feel like too much, a doctor,
          therapist or local crisis line can help in ways an app cannot.
        </p>

        <h2 id="about-privacy">Private by design</h2>
        <p>
          Everything stays on this computer. No account, no network requests, no telemetry. Your settings and history
          can be exported or deleted from Settings at any time.
        </p>

        <h2 id="about-version">Version and licence</h2>
        <dl className="about-facts">
          <dt>Version</dt>
          <dd>{info ? info.version : '…'}</dd>
          {info?.electron ? (
            <>
              <dt>Electron</dt>
              <dd>{info.electron}</dd>
            </>
          ) : null}
          {info?.chrome ? (
            <>
              <dt>Chromium</dt>
              <dd>{info.chrome}</dd>
            </>
          ) : null}
          <dt>Licence</dt>
          <dd>MIT. The article text remains the work of its author and Well+Being Holistic Mental Health.</dd>
        </dl>
      </section>
    </ScreenFrame>
  );
}
