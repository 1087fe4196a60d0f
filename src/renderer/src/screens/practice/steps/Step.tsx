// One step of a pause: a heading that receives focus when the step appears (so keyboard and
// screen-reader users start in the right place), its content, and its actions.
import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { useT } from '../../../app/i18n';

/** True for the step a pause opens with: that step carries the eyes-open line. */
export const OpeningStep = createContext(false);

export interface StepProps {
  id: string;
  title: string;
  eyebrow?: string;
  children?: ReactNode;
  actions: ReactNode;
  footnote?: ReactNode;
}

export function Step({ id, title, eyebrow, children, actions, footnote }: StepProps) {
  const opening = useContext(OpeningStep);
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="practice-step" aria-labelledby={`step-${id}-title`} data-step={id}>
      {eyebrow ? <p className="practice-eyebrow">{eyebrow}</p> : null}
      <h2 id={`step-${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {/* Said once on every way into a pause (PRODUCT.md rule 3); Arrive says it in its own words. */}
      {opening && id !== 'arrive' ? (
        <p className="practice-opening" data-testid="eyes-open">
          {t('practice.eyesOpen')}
        </p>
      ) : null}
      {children}
      <div className="practice-actions">{actions}</div>
      {footnote ? <p className="practice-footnote">{footnote}</p> : null}
    </section>
  );
}

export function SkipButton({ onSkip }: { onSkip: () => void }) {
  const { t } = useT();
  return (
    <button type="button" className="button button-quiet" onClick={onSkip}>
      {t('practice.skip')}
    </button>
  );
}

export function ContinueButton({ onClick, label }: { onClick: () => void; label?: string }) {
  const { t } = useT();
  return (
    <button type="button" className="button button-primary practice-continue" onClick={onClick}>
      {label ?? t('practice.continue')}
    </button>
  );
}
