// An article as React elements, built from the parsed structure: never an HTML string. Text the
// author wrote carries data-source-text so the tests can compare it with the original.
// The article stays in its original English (a published text carried with credit): it is marked
// lang="en" dir="ltr", so screen readers pronounce it as English and a right-to-left interface
// doesn't reorder it. What Attune adds around it (the note, reading time, "Practice this") is in
// the person's language and direction.
import { type MouseEvent, memo, type ReactNode } from 'react';
import { type Article, type ArticleBlock, PRACTICE_TARGETS, type PracticeTarget } from '../../../../shared/article';
import type { MessageId } from '../../../../shared/i18n/translator';
import { useT } from '../../app/i18n';
import { richText } from '../../ui/rich';
import { BreathIcon, HeartIcon, LeafIcon } from './icons';

type Practice = Extract<ArticleBlock, { kind: 'practice' }>;

export interface ArticleViewProps {
  article: Article;
  onOpen(route: string): void;
}

const ICONS: Record<PracticeTarget, () => ReactNode> = {
  acknowledge: HeartIcon,
  breathe: BreathIcon,
  pause: LeafIcon,
};

/** "Main title: subtitle" set as two lines, with the text (colon and space included) unchanged. */
function Title({ text }: { text: string }) {
  const cut = text.indexOf(': ');
  if (cut < 0) return <>{text}</>;
  return (
    <>
      <span className="reader-title-main">{text.slice(0, cut + 1)}</span>{' '}
      <span className="reader-title-sub">{text.slice(cut + 2)}</span>
    </>
  );
}

function opener(onOpen: (route: string) => void, route: string) {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    onOpen(route);
  };
}

/** A practice link's words in another language (the article file's label is English). */
const LABELS: Record<PracticeTarget, MessageId> = {
  acknowledge: 'read.practice.acknowledge.label',
  breathe: 'read.practice.breathe.label',
  pause: 'read.practice.pause.label',
};

function PracticeLinks({ links, at, onOpen }: { links: Practice[]; at: number; onOpen(route: string): void }) {
  const { t, language, locale, dir } = useT();
  const id = `practice-${at}`;
  return (
    <div className="practice" lang={locale} dir={dir}>
      <p className="practice-kicker" id={id}>
        {t('read.practice.kicker')}
      </p>
      <ul className="practice-links" aria-labelledby={id}>
        {links.map((link) => {
          const Icon = ICONS[link.target];
          return (
            <li key={link.target}>
              <a
                className="practice-link"
                href={link.route}
                data-practice={link.target}
                onClick={opener(onOpen, link.route)}
              >
                <span className="practice-icon">
                  <Icon />
                </span>
                <span className="practice-text">
                  <span className="practice-label">{language === 'en' ? link.label : t(LABELS[link.target])}</span>
                  <span className="practice-note">{t(PRACTICE_TARGETS[link.target].note)}</span>
                </span>
                <span className="practice-arrow" aria-hidden="true">
                  →
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Paragraphs and practice links, with runs of practice links gathered into one group. */
function Blocks({ blocks, from, onOpen }: { blocks: ArticleBlock[]; from: number; onOpen(route: string): void }) {
  const out: ReactNode[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as ArticleBlock;
    if (block.kind === 'paragraph') {
      out.push(
        <p key={from + i} className={from + i === 0 ? 'reader-lead' : undefined} data-source-text="">
          {block.text}
        </p>,
      );
    } else if (block.kind === 'practice') {
      const run: Practice[] = [];
      const start = i;
      while (blocks[i]?.kind === 'practice') run.push(blocks[i++] as Practice);
      i--;
      out.push(<PracticeLinks key={from + start} links={run} at={from + start} onOpen={onOpen} />);
    }
  }
  return <>{out}</>;
}

/** Memoised: the reader re-renders as the position is saved, the article never changes. */
export const ArticleView = memo(function ArticleView({ article, onOpen }: ArticleViewProps) {
  const { t, language, locale, dir } = useT();
  const blocks = [...article.blocks];
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  const intro = firstHeading < 0 ? blocks : blocks.slice(0, firstHeading);
  const sections: { heading: Extract<ArticleBlock, { kind: 'heading' }>; at: number; body: ArticleBlock[] }[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') sections.push({ heading: b, at: i, body: [] });
    else if (i > firstHeading && firstHeading >= 0) sections[sections.length - 1]?.body.push(b);
  });
  return (
    <>
      {language === 'en' ? null : (
        <div className="reader-original">
          <p data-testid="reader-original">
            {richText(t, 'read.original.note', {
              // The publisher's name is a name: English, kept apart from the sentence's direction.
              publication: (
                <span lang="en" dir="ltr">
                  {article.publication}
                </span>
              ),
            })}
          </p>
        </div>
      )}
      <article className="reader-article" aria-labelledby="article-title" lang="en" dir="ltr">
        <header className="reader-head">
          <p className="reader-publication" data-source-text="">
            {article.publication}
          </p>
          <p className="reader-tagline" data-source-text="">
            {article.tagline}
          </p>
          <h1 id="article-title" className="reader-title" data-source-text="">
            <Title text={article.title} />
          </h1>
          <p className="reader-meta">
            <span lang={locale} dir={dir}>
              {t('read.meta.minutes', { minutes: article.readingMinutes })}
            </span>
          </p>
        </header>
        <Blocks blocks={intro} from={0} onOpen={onOpen} />
        {sections.map(({ heading, at, body }) => (
          <section key={heading.anchor} aria-labelledby={`section-${heading.anchor}`}>
            <h2 id={`section-${heading.anchor}`} data-source-text="">
              {heading.text}
            </h2>
            <Blocks blocks={body} from={at + 1} onOpen={onOpen} />
          </section>
        ))}
        <footer className="reader-credit">
          <p>{article.credit}</p>
        </footer>
      </article>
    </>
  );
});
