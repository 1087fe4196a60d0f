// The reading view (#/read): the article Attune grew from, offline, set for long reading.
import { type CSSProperties, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Article } from '../../../../shared/article';
import { ARTICLES_ERROR, articleById } from '../../../../shared/articles';
import { QUICK_BREAKS } from '../../../../shared/routes';
import type { Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { updateSettings, useSettings } from '../../app/use-main-state';
import { closeWindow, ScreenFrame } from '../../ui/ScreenFrame';
import { ArticleView } from './ArticleView';
import { FindBar } from './FindBar';
import { LeafIcon } from './icons';
import { ReaderControls } from './ReaderControls';
import { clampTextSize, textScale } from './text-size';
import { useFind } from './use-find';
import { useReadingPosition } from './use-reading-position';
import './read.css';

type ReadingTheme = Settings['reading']['theme'];

function openRoute(route: string): void {
  api()
    .invoke('window:open', { route })
    .catch((err: unknown) => console.error('Could not open', route, err));
}

function save(patch: Partial<Settings['reading']>): void {
  updateSettings({ reading: patch }).catch((err: unknown) => console.warn('Could not save reading settings:', err));
}

export default function ReadScreen({ params = {} }: { params?: Record<string, string> }) {
  const { t } = useT();
  const settings = useSettings();
  const article = articleById(params.article);
  if (!article) {
    if (ARTICLES_ERROR) console.warn(`attune: the article could not be read: ${ARTICLES_ERROR}`);
    return (
      <ScreenFrame title={t('read.title.reading')}>
        {/* The parser's detail is for the log; the person reads what it means. */}
        <p role="alert">{ARTICLES_ERROR ? t('read.error.unreadable') : t('read.error.notFound')}</p>
      </ScreenFrame>
    );
  }
  // Wait for the saved size and position, so the article opens already in place.
  if (!settings)
    return (
      <ScreenFrame title={article.shortTitle} titleLang="en">
        {null}
      </ScreenFrame>
    );
  return <Reader key={article.id} article={article} settings={settings} />;
}

function Reader({ article, settings }: { article: Article; settings: Settings }) {
  const { t } = useT();
  const saved = settings.reading.textSize;
  const [textSize, setTextSize] = useState(saved);
  useEffect(() => setTextSize(saved), [saved]);
  const [savedPosition] = useState(() => settings.reading.positions[article.id]);
  const position = useReadingPosition(article.id, savedPosition, textSize);
  const { capture } = position;
  const changeTextSize = useCallback(
    (next: number) => {
      const size = clampTextSize(next);
      capture();
      setTextSize(size);
      save({ textSize: size });
    },
    [capture],
  );

  const articleRef = useRef<HTMLDivElement>(null);
  const find = useFind(articleRef);
  const [findOpen, setFindOpen] = useState(false);
  const [findFocus, setFindFocus] = useState(0);
  const returnFocus = useRef<HTMLElement | null>(null);
  const openFind = useCallback(() => {
    if (!findOpen && document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
    setFindOpen(true);
    setFindFocus((n) => n + 1);
  }, [findOpen]);
  const closeFind = useCallback(() => {
    setFindOpen(false);
    find.clear();
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected && back !== document.body) back.focus();
    else document.getElementById('main')?.focus({ preventScroll: true });
  }, [find.clear]);

  // Ctrl/Cmd with + − 0 sizes the text; Ctrl/Cmd+F finds; F3 / Ctrl+G steps through matches.
  // Attached at layout time, so a shortcut pressed the moment the article appears still works.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey) {
        const key = e.key.toLowerCase();
        if (key === '+' || key === '=' || e.code === 'NumpadAdd') changeTextSize(textSize + 1);
        else if (key === '-' || key === '_' || e.code === 'NumpadSubtract') changeTextSize(textSize - 1);
        else if (key === '0' || e.code === 'Numpad0') changeTextSize(0);
        else if (key === 'f') openFind();
        else if (key === 'g' && findOpen) e.shiftKey ? find.previous() : find.next();
        else return;
        e.preventDefault();
      } else if (e.key === 'F3' && findOpen) {
        e.preventDefault();
        e.shiftKey ? find.previous() : find.next();
      } else if (e.key === 'Escape' && findOpen && !e.defaultPrevented) {
        // Wherever focus is (the article, the toolbar), Esc closes the find bar first.
        e.preventDefault();
        closeFind();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [textSize, changeTextSize, openFind, closeFind, findOpen, find.next, find.previous]);

  // Once the person has moved on from where we put them, the "picked up" note has done its job.
  const { restoredFrom, dismissRestored, progress } = position;
  useEffect(() => {
    if (restoredFrom !== null && Math.abs(progress - restoredFrom) > 0.08) dismissRestored();
  }, [restoredFrom, progress, dismissRestored]);

  // The toolbar shows the short title only once the article's own title has scrolled away.
  const [pastTitle, setPastTitle] = useState(false);
  useEffect(() => {
    const title = document.getElementById('article-title');
    if (!title) return;
    const seen = new IntersectionObserver(([entry]) => setPastTitle(entry ? !entry.isIntersecting : false), {
      rootMargin: '-64px 0px 0px 0px',
    });
    seen.observe(title);
    return () => seen.disconnect();
  }, []);

  const close = useCallback(() => {
    position.flush();
    closeWindow();
  }, [position.flush]);

  const theme = settings.reading.theme;
  const percent = Math.round(position.progress * 100);
  const minutesLeft = Math.ceil(article.readingMinutes * (1 - position.progress));
  return (
    <ScreenFrame
      title={article.shortTitle}
      titleLang="en"
      titleIsHeading={false}
      className={pastTitle ? 'reader-screen reader-past-title' : 'reader-screen'}
      onClose={close}
      escCloses={!findOpen}
      nav={
        <>
          <ReaderControls
            textSize={textSize}
            onTextSize={changeTextSize}
            theme={theme}
            onTheme={(next: ReadingTheme) => save({ theme: next })}
            findOpen={findOpen}
            onFind={findOpen ? closeFind : openFind}
          />
          {findOpen ? <FindBar find={find} focusKey={findFocus} onClose={closeFind} /> : null}
          <div
            className="reader-progress"
            role="progressbar"
            aria-label={t('read.progress.label')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={
              percent >= 100
                ? t('read.progress.finished')
                : t('read.progress.value', { percent: percent / 100, minutes: minutesLeft })
            }
          >
            <span className="reader-progress-fill" style={{ transform: `scaleX(${position.progress})` }} />
          </div>
        </>
      }
    >
      <div
        ref={articleRef}
        className="reader"
        data-text-size={textSize}
        style={{ '--reader-scale': textScale(textSize) } as CSSProperties}
      >
        <ArticleView article={article} onOpen={openRoute} />
        <div className="reader-end">
          <span className="reader-end-icon">
            <LeafIcon />
          </span>
          <p className="reader-end-text">{t('read.end.text')}</p>
          <button type="button" className="button reader-pause" onClick={() => openRoute(QUICK_BREAKS.short)}>
            {t('read.end.pause')}
          </button>
        </div>
      </div>
      {position.restoredFrom !== null ? (
        <div className="reader-resume" role="status">
          <span>{t('read.resume.text')}</span>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              window.scrollTo({ top: 0, behavior: 'instant' });
              position.dismissRestored();
            }}
          >
            {t('read.resume.start')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-label={t('read.resume.dismiss')}
            onClick={position.dismissRestored}
          >
            ✕
          </button>
        </div>
      ) : null}
    </ScreenFrame>
  );
}
