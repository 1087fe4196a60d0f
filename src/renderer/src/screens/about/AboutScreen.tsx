import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { richText } from '../../ui/rich';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { SettingsNav } from '../../ui/SettingsNav';
import './about.css';

// The article's title and its publisher are names: they stay in English, marked as such.
const ARTICLE_TITLE = 'Forget Loving Yourself—Start Practicing Self-Compassion';
const PUBLISHER = 'Well+Being Holistic Mental Health';

export default function AboutScreen() {
  const { t } = useT();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api().invoke('app:info').then(setInfo);
  }, []);
  return (
    <ScreenFrame title={t('common.route.about')} nav={<SettingsNav current="about" />}>
      <section className="about" aria-labelledby="about-what">
        <h2 id="about-what">{t('history.about.heading')}</h2>
        <p>{t('history.about.what')}</p>
        <p>
          {richText(t, 'history.about.origin', {
            title: (
              <cite lang="en" dir="ltr">
                {ARTICLE_TITLE}
              </cite>
            ),
            publication: (
              <strong lang="en" dir="ltr">
                {PUBLISHER}
              </strong>
            ),
          })}
        </p>

        <h2 id="about-care">{t('history.about.careHeading')}</h2>
        <p>{t('history.about.care')}</p>

        <h2 id="about-privacy">{t('history.about.privacyHeading')}</h2>
        <p>{t('history.about.privacy')}</p>

        <h2 id="about-version">{t('history.about.versionHeading')}</h2>
        <dl className="about-facts">
          <dt>{t('history.about.version')}</dt>
          <dd>{info ? info.version : t('history.about.loading')}</dd>
          {info?.electron ? (
            <>
              {/* Product names, the same in every language. */}
              <dt translate="no">Electron</dt>
              <dd>{info.electron}</dd>
            </>
          ) : null}
          {info?.chrome ? (
            <>
              <dt translate="no">Chromium</dt>
              <dd>{info.chrome}</dd>
            </>
          ) : null}
          <dt>{t('history.about.licence')}</dt>
          <dd>{t('history.about.licenceText')}</dd>
        </dl>
      </section>
    </ScreenFrame>
  );
}
