// The frame every screen sits in: a real <h1> title, optional section nav, and one visible way
// to close. Esc closes too, unless the screen handles Esc itself (the practice flow does) or a
// dialog is open (Esc belongs to the dialog). Closing saves typed changes first and asks about any
// that can't be saved. Arriving by navigation puts focus on the new screen's heading.
import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../app/i18n';
import { arrivedByNavigation } from '../app/router';
import { closeWindow, dismissCloseBlocked, useCloseBlocked } from './unsaved';

export { closeWindow };

export interface ScreenFrameProps {
  /** Already in the person's language (from the catalog), or a name that stays as it is. */
  title: string;
  /** The title's own language when it differs from the interface's (the article's English title). */
  titleLang?: string;
  children: ReactNode;
  nav?: ReactNode;
  /** Called on Esc and the close button; default closes the window. */
  onClose?: () => void;
  closeLabel?: string;
  /** Set false when the screen's own Esc handling must win. */
  escCloses?: boolean;
  /** Set false when the content has its own <h1> (the reading view's article title). */
  titleIsHeading?: boolean;
  /** An extra class on the frame, for screens that restyle it. */
  className?: string;
}

const defaultClose = () => void closeWindow();

/** Focus on the screen's heading, unless something on the screen already took it. */
function focusHeading(root: HTMLElement | null): void {
  const active = document.activeElement;
  if (active && active !== document.body && root?.contains(active)) return;
  const h1 = root?.querySelector<HTMLElement>('h1');
  if (!h1) return;
  if (!h1.hasAttribute('tabindex')) h1.tabIndex = -1;
  h1.focus({ preventScroll: true });
}

export function ScreenFrame({
  title,
  children,
  nav,
  onClose = defaultClose,
  closeLabel,
  titleLang,
  escCloses = true,
  titleIsHeading = true,
  className,
}: ScreenFrameProps) {
  const { t } = useT();
  const root = useRef<HTMLDivElement>(null);
  const blocked = useCloseBlocked();
  const blockedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.title = t('common.frame.documentTitle', { title });
  }, [title, t]);
  useEffect(() => {
    if (arrivedByNavigation()) focusHeading(root.current);
  }, []);
  useEffect(() => {
    if (blocked) blockedRef.current?.focus();
  }, [blocked]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      if (blocked) {
        e.preventDefault();
        dismissCloseBlocked();
        blocked[0]?.focus();
      } else if (escCloses) {
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [escCloses, onClose, blocked]);
  return (
    <div ref={root} className={className ? `screen ${className}` : 'screen'}>
      <button type="button" className="skip-link button" onClick={() => document.getElementById('main')?.focus()}>
        {t('common.frame.skipToContent')}
      </button>
      <header className="screen-header">
        {titleIsHeading ? (
          <h1 lang={titleLang} dir={titleLang ? 'ltr' : undefined}>
            {title}
          </h1>
        ) : (
          <p className="screen-title" lang={titleLang} dir={titleLang ? 'ltr' : undefined}>
            {title}
          </p>
        )}
        {nav}
        <button type="button" className="button button-quiet screen-close" onClick={() => onClose()}>
          {closeLabel ?? t('common.frame.close')}
        </button>
      </header>
      {blocked ? (
        <div ref={blockedRef} className="notice close-blocked" role="alert" tabIndex={-1} data-testid="close-blocked">
          <p>
            <strong>{t('common.frame.notSaved')}</strong>
          </p>
          <ul>
            {blocked.map((b) => (
              <li key={b.label}>{t('common.frame.notSavedItem', { field: b.label, problem: b.problem })}</li>
            ))}
          </ul>
          <div className="close-blocked-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                dismissCloseBlocked();
                blocked[0]?.focus();
              }}
            >
              {t('common.frame.keepEditing')}
            </button>
            <button type="button" className="button" onClick={() => void closeWindow({ force: true })}>
              {t('common.frame.closeWithout', { count: blocked.length })}
            </button>
          </div>
        </div>
      ) : null}
      <main id="main" className="screen-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
