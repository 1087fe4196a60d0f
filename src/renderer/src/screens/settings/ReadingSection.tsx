// Reading: how the article looks in the reading window.
import type { CSSProperties } from 'react';
import type { Translator } from '../../../../shared/i18n/translator';
import type { Settings } from '../../../../shared/settings';
import { useT } from '../../app/i18n';
import { MAX_TEXT_SIZE, MIN_TEXT_SIZE, textScale } from '../read/text-size';
import { RadioGroup, RangeField, Section, save } from './fields';

type ReadingTheme = Settings['reading']['theme'];

/** A text size in words: "Standard", "2 steps larger". */
export function sizeInWords(t: Translator['t'], step: number): string {
  if (step === 0) return t('settings.reading.textSize.standard');
  return t(step > 0 ? 'settings.reading.textSize.larger' : 'settings.reading.textSize.smaller', {
    count: Math.abs(step),
  });
}

export function ReadingSection({ settings }: { settings: Settings }) {
  const { t } = useT();
  const r = settings.reading;
  return (
    <Section id="reading" title={t('settings.reading.title')} intro={t('settings.reading.intro')}>
      <RadioGroup<ReadingTheme>
        legend={t('settings.reading.theme.legend')}
        name="reading-theme"
        layout="row"
        value={r.theme}
        choices={[
          { value: 'system', label: t('settings.reading.theme.system') },
          { value: 'light', label: t('settings.reading.theme.light') },
          { value: 'dark', label: t('settings.reading.theme.dark') },
          { value: 'sepia', label: t('settings.reading.theme.sepia') },
        ]}
        onChange={(theme) => save({ reading: { theme } })}
      />
      <RangeField
        label={t('settings.reading.textSize.label')}
        value={r.textSize}
        min={MIN_TEXT_SIZE}
        max={MAX_TEXT_SIZE}
        step={1}
        valueText={(step) => sizeInWords(t, step)}
        onChange={(textSize) => save({ reading: { textSize } })}
        testId="text-size"
      />
      <p
        className="reading-sample"
        data-reading-theme={r.theme}
        style={{ '--sample-scale': textScale(r.textSize) } as CSSProperties}
      >
        {t('settings.reading.sample')}
      </p>
    </Section>
  );
}
