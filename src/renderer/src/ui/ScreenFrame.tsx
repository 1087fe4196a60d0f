// The frame every screen sits in: a real <h1> title, optional section nav, and one visible way
// to close. Esc closes too, unless the screen handles Esc itself (the practice flow does).
import { type ReactNode, useEffect } from 'react';
import { api } from '../app/bridge';

export interface ScreenFrameProps {
  title: string;
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

export function closeWindow(): void {
  void api().invoke('window:close');
}

export function ScreenFrame({
  title,
  children,
  nav,
  onClose = closeWindow,
  closeLabel = 'Close',
  escCloses = true,
  titleIsHeading = true,
  className,
}: ScreenFrameProps) {
  useEffect(() => {
    document.title = `${title} — Attune`;
  }, [title]);
  useEffect(() => {
    if (!escCloses) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [escCloses, onClose]);
  return (
    <div className={className ? `screen ${className}` : 'screen'}>
      <button type="button" className="skip-link button" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header className="screen-header">
        {titleIsHeading ? <h1>{title}</h1> : <p className="screen-title">{title}</p>}
        {nav}
        <button type="button" className="button button-quiet" onClick={onClose}>
          {closeLabel}
        </button>
      </header>
      <main id="main" className="screen-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
