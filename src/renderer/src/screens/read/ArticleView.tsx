// An article as React elements, built from the parsed structure: never an HTML string. Text the
// author wrote carries data-source-text so the tests can compare it with the original.
import { type MouseEvent, memo, type ReactNode } from 'react';
import { type Article, type ArticleBlock, PRACTICE_TARGETS, type PracticeTarget } from '../../../../shared/article';
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

function PracticeLinks({ links, at, onOpen }: { links: Practice[]; at: number; onOpen(route: string): void }) {
  const id = `practice-${at}`;
  return (
    <div className="practice">
      <p className="practice-kicker" id={id}>
        Practice this
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
                  <span className="practice-label">{link.label}</span>
                  <span className="practice-note">{PRACTICE_TARGETS[link.target].note}</span>
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
  const blocks = [...article.blocks];
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  const intro = firstHeading < 0 ? blocks : blocks.slice(0, firstHeading);
  const sections: { heading: Extract<ArticleBlock, { kind: 'heading' }>; at: number; body: ArticleBlock[] }[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') sections.push({ heading: b, at: i, body: [] });
    else if (i > firstHeading && firstHeading >= 0) sections[sections.length - 1]?.body.push(b);
  });
  return (
    <article className="reader-article" aria-labelledby="article-title" lang="en">
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
          <span>{article.readingMinutes} min read</span>
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
  );
});
