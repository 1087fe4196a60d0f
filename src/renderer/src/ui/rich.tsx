// A translated sentence with elements inside it (a link, a key, an emphasised word): the whole
// sentence stays one message, so a language can put the element where its grammar wants it.
// The elements go in at their placeholders: t('id', { link }) with link = <a>…</a>.
import { Fragment, type ReactNode } from 'react';
import type { MessageId, MessageValues, Translator } from '../../../shared/i18n/translator';

const MARK = /\uE000(\d+)\uE001/;

/** The message `id` with each of `parts` (React elements) placed at its placeholder. */
export function richText(
  t: Translator['t'],
  id: MessageId,
  parts: Readonly<Record<string, ReactNode>>,
  values: MessageValues = {},
): ReactNode[] {
  const names = Object.keys(parts);
  const marked = Object.fromEntries(names.map((n, i) => [n, `\uE000${i}\uE001`]));
  const pieces = t(id, { ...values, ...marked }).split(MARK);
  // split() with a capture group alternates text and the captured index; a part's name is its
  // key (a message places each part once).
  return pieces.map((piece, i) => {
    if (i % 2 === 0) return piece;
    const name = names[Number(piece)] ?? '';
    return <Fragment key={name}>{parts[name]}</Fragment>;
  });
}
