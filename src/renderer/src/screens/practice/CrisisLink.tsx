// "If you are in crisis": a quiet link in every pause that opens the person's own crisis note in
// place. Opening or reading it never ends or holds the practice; Esc inside the note closes just
// the note (and focus returns to the link), so nobody loses their pause while looking for help.
import { useEffect, useId, useRef, useState } from 'react';
import type { MessageId } from '../../../../shared/i18n/translator';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';

/** The crisis words' catalog ids (practice area, which the crisis route loads too). */
export const CRISIS_WORD_IDS = {
  link: 'practice.crisis.link',
  helpline: 'practice.crisis.helpline',
  hide: 'practice.crisis.hide',
} as const satisfies Record<string, MessageId>;

export function CrisisLink({ note }: { note: string }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    if (open) region.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className="crisis-link">
      <button
        ref={toggle}
        type="button"
        className="button-link"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => (open ? close() : setOpen(true))}
        data-testid="crisis-link"
      >
        {t(CRISIS_WORD_IDS.link)}
      </button>
      <section
        id={regionId}
        ref={region}
        className="crisis-note"
        aria-label={t(CRISIS_WORD_IDS.link)}
        tabIndex={-1}
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          // The note closes; the pause goes on (ScreenFrame leaves a handled Esc alone).
          e.preventDefault();
          close();
        }}
      >
        <p className="crisis-note-text">{note}</p>
        <div className="crisis-note-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => void api().invoke('link:open', { id: 'find-a-helpline' })}
          >
            {t(CRISIS_WORD_IDS.helpline)}
          </button>
          <button type="button" className="button button-quiet button-small" onClick={close}>
            {t(CRISIS_WORD_IDS.hide)}
          </button>
        </div>
      </section>
    </div>
  );
}
