// Reading: how the article looks in the reading window.
import type { CSSProperties } from 'react';
import type { Settings } from '../../../../shared/settings';
import { MAX_TEXT_SIZE, MIN_TEXT_SIZE, textScale } from '../read/text-size';
import { RadioGroup, RangeField, Section, save } from './fields';

type ReadingTheme = Settings['reading']['theme'];

export function sizeInWords(step: number): string {
  if (step === 0) return 'Standard';
  const n = Math.abs(step);
  return `${n} ${n === 1 ? 'step' : 'steps'} ${step > 0 ? 'larger' : 'smaller'}`;
}

export function ReadingSection({ settings }: { settings: Settings }) {
  const r = settings.reading;
  return (
    <Section id="reading" title="Reading" intro="How the article looks when you read it in Attune.">
      <RadioGroup<ReadingTheme>
        legend="Reading theme"
        name="reading-theme"
        layout="row"
        value={r.theme}
        choices={[
          { value: 'system', label: 'Same as Attune' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
          { value: 'sepia', label: 'Sepia' },
        ]}
        onChange={(theme) => save({ reading: { theme } })}
      />
      <RangeField
        label="Text size"
        value={r.textSize}
        min={MIN_TEXT_SIZE}
        max={MAX_TEXT_SIZE}
        step={1}
        valueText={sizeInWords}
        onChange={(textSize) => save({ reading: { textSize } })}
        testId="text-size"
      />
      <p
        className="reading-sample"
        data-reading-theme={r.theme}
        style={{ '--sample-scale': textScale(r.textSize) } as CSSProperties}
      >
        Self-compassion starts where you are.
      </p>
    </Section>
  );
}
