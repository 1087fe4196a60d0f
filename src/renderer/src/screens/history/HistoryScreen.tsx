// History: what was done, gently shown — the pauses of the last 7 or 30 days as a list by day,
// with their private notes. Only days with pauses appear, so an empty day never reads as a gap;
// nothing counts days, runs or what was not done. Check-in words appear only when the person
// asks for them; with history turned off, the screen says so kindly.
import { useId, useMemo, useState } from 'react';
import type { PauseRecord } from '../../../../shared/history';
import {
  minutesInWords,
  pausesByDay,
  pausesByWeek,
  summarizeHistory,
  type WeekOfPauses,
} from '../../../../shared/history-summary';
import { firstDayOfWeek } from '../../../../shared/i18n/week';
import type { Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { useHistory, useSettings } from '../../app/use-main-state';
import { useToday } from '../../app/use-today';
import { richText } from '../../ui/rich';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { SettingsNav } from '../../ui/SettingsNav';
import { PauseList } from './PauseList';
import { checkInWord } from './words';
import '../settings/settings.css';
import './history.css';

type Span = 7 | 30;

interface OverviewProps {
  records: readonly PauseRecord[];
  span: Span;
  today: Date;
  showCheckIns: boolean;
}

/** The 30 days week by week (weeks begin on the locale's first day), only weeks with pauses. */
function Weeks({ weeks }: { weeks: WeekOfPauses[] }) {
  const { t, locale } = useT();
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' });
  return (
    <section className="history-weeks" aria-labelledby="weeks-h">
      <h2 id="weeks-h">{t('history.weeks.heading')}</h2>
      <ul className="week-list" data-testid="history-weeks">
        {weeks.map((w) => (
          <li key={w.from}>
            {richText(t, 'history.weeks.line', {
              range: <span className="week-range">{dates.formatRange(w.from, w.to)}</span>,
              pauses: <strong>{t('history.count.pauses', { count: w.pauses })}</strong>,
              time: <span className="muted">{minutesInWords(w.seconds, t)}</span>,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Overview({ records, span, today, showCheckIns }: OverviewProps) {
  const { t, locale } = useT();
  const summary = useMemo(() => summarizeHistory(records, today, span), [records, span, today]);
  const days = useMemo(() => pausesByDay(records, today, span), [records, span, today]);
  const weeks = useMemo(
    () => (span === 30 ? pausesByWeek(records, today, span, firstDayOfWeek(locale)) : []),
    [records, span, today, locale],
  );

  if (summary.pauses === 0) {
    return (
      <p className="history-quiet" data-testid="history-summary">
        {t('history.summary.quiet', { days: span })}
      </p>
    );
  }
  return (
    <>
      <p className="history-summary" data-testid="history-summary">
        {richText(
          t,
          'history.summary.some',
          {
            pauses: <strong>{t('history.count.pauses', { count: summary.pauses })}</strong>,
            time: <strong>{minutesInWords(summary.seconds, t)}</strong>,
          },
          { days: span },
        )}
      </p>
      {weeks.length > 0 ? <Weeks weeks={weeks} /> : null}
      <PauseList days={days} now={Date.now()} showCheckIns={showCheckIns} />
      {showCheckIns ? (
        <section className="history-words" aria-labelledby="words-h">
          <h2 id="words-h">{t('history.words.heading')}</h2>
          {summary.words.length === 0 ? (
            <p className="muted">{t('history.words.none', { days: span })}</p>
          ) : (
            <ul className="word-list" data-testid="history-words">
              {summary.words.map((w) => (
                <li key={w.word}>
                  <span className="word">{checkInWord(w.word, t)}</span>
                  <span className="word-count">{t('history.count.times', { count: w.count })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}

function RecordingOff() {
  const { t } = useT();
  return (
    <div className="history-empty card" data-testid="history-off">
      <h2>{t('history.off.heading')}</h2>
      <p>{richText(t, 'history.off.body', { link: <a href="#/settings">{t('history.dataLink')}</a> })}</p>
    </div>
  );
}

function Body({ history, settings }: { history: PauseRecord[]; settings: Settings }) {
  const { t } = useT();
  const today = useToday();
  const [span, setSpan] = useState<Span>(7);
  const name = useId();
  if (history.length === 0) {
    if (!settings.history.record) return <RecordingOff />;
    return (
      <div className="history-empty card" data-testid="history-empty">
        <h2>{t('history.empty.heading')}</h2>
        <p>{t('history.empty.body')}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void api().invoke('window:open', { route: '#/practice' })}
        >
          {t('history.empty.start')}
        </button>
      </div>
    );
  }
  return (
    <div className="history">
      {settings.history.record ? null : <RecordingOff />}
      <fieldset className="history-span">
        <legend className="visually-hidden">{t('history.span.legend')}</legend>
        {([7, 30] as const).map((n) => (
          <label key={n} className="span-choice">
            <input type="radio" name={name} checked={span === n} onChange={() => setSpan(n)} />
            <span>{t('history.span.last', { days: n })}</span>
          </label>
        ))}
      </fieldset>
      <Overview records={history} span={span} today={today} showCheckIns={settings.history.showCheckIns} />
    </div>
  );
}

export default function HistoryScreen() {
  const { t } = useT();
  const history = useHistory();
  const settings = useSettings();
  return (
    <ScreenFrame title={t('common.route.history')} nav={<SettingsNav current="history" />}>
      {history === null || settings === null ? null : <Body history={history} settings={settings} />}
      <p className="history-privacy muted">
        {richText(t, 'history.privacy', { link: <a href="#/settings?section=data">{t('history.dataLink')}</a> })}
      </p>
    </ScreenFrame>
  );
}
