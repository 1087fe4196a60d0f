// The language Attune speaks: the system's (named, so the person sees what that means here) or
// one of the languages it has, each listed by its own name. A change applies at once: main says
// locale:changed and every open window re-renders in the new language.
import { useId, useState } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, type LanguageChoice, PSEUDO_LANGUAGE } from '../../../../shared/i18n/languages';
import { useT } from '../../app/i18n';
import { FieldError, FieldLabel } from './field-parts';
import { save } from './fields';

export function LanguageField({ choice }: { choice: LanguageChoice }) {
  // What "System language" means here, as main resolved it from the system's languages.
  const { t, systemLanguage } = useT();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const systemName = systemLanguage === PSEUDO_LANGUAGE ? PSEUDO_LANGUAGE : LANGUAGE_NAMES[systemLanguage];
  return (
    <div className="field field-select">
      <FieldLabel
        id={id}
        label={t('settings.system.language.label')}
        description={t('settings.system.language.hint')}
      />
      <select
        id={id}
        value={choice}
        aria-describedby={`${id}-d ${id}-e`}
        data-testid="language"
        onChange={(e) => void save({ system: { language: e.currentTarget.value } }).then(setError)}
      >
        <option value="system">{t('settings.system.language.system', { language: systemName })}</option>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l} dir="auto">
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
        {/* The pseudo-language is for testing: listed only while it is the choice. */}
        {choice === PSEUDO_LANGUAGE ? (
          <option value={PSEUDO_LANGUAGE} lang={PSEUDO_LANGUAGE}>
            {PSEUDO_LANGUAGE}
          </option>
        ) : null}
      </select>
      <FieldError id={`${id}-e`} message={error} />
    </div>
  );
}
