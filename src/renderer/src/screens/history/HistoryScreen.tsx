// History: what was done, gently shown — pauses and minutes over the last 7 or 30 days and the
// words used at check-in. Nothing counts runs of days or what was not done, and nothing is red;
// an empty history gets a warm line.
import { useId, useMemo, useState } from 'react';
import type { PauseRecord } from '../../../../shared/history';
import { minutesInWords, summarizeHistory } from '../../../../shared/history-summary';
import { api } from '../../app/bridge';
import { useHistory } from '../../app/use-main-state';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { SettingsNav } from '../../ui/SettingsNav';
import { type Bar, BarChart } from './BarChart';
import './history.css';
import { useToday } from '../../app/use-today';

type Span = 7 | 30;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Minutes for the table: whole minutes, and "under 1" rather than a misleading 0. */
function tableMinutes(seconds: number): string {
  if (seconds <= 0) return '0';
  if (seconds < 30) return 'under 1';
  return String(Math.round(seconds / 60));
}

function Overview({ records, span, today }: { records: readonly PauseRecord[]; span: Span; today: Date }) {
  const tableId = useId();
  const summary = useMemo(() => summarizeHistory(records, today, span), [records, span, today]);
  const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
  const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  const long = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
  const last = summary.days.length - 1;
  const tick = (start: number, i: number) => {
    if (i === last) return 'Today';
    if (span === 7) return weekday.format(start);
    // Every fifth day counted back from today, leaving room beside "Today".
    return (last - i) % 5 === 0 && last - i >= 4 ? dayMonth.format(start) : '';
  };
  const pauseBars: Bar[] = summary.days.map((d, i) => ({
    label: long.format(d.start),
    tick: tick(d.start, i),
    value: d.pauses,
  }));
  const minuteBars: Bar[] = summary.days.map((d, i) => ({
    label: long.format(d.start),
    tick: tick(d.start, i),
    value: d.seconds / 60,
  }));
  const daysWith = summary.days.filter((d) => d.pauses > 0).length;
  const period = span === 7 ? 'the last 7 days' : 'the last 30 days';

  if (summary.pauses === 0) {
    return (
      <p className="history-quiet" data-testid="history-summary">
        Nothing in {period}. A pause is here whenever you’d like one.
      </p>
    );
  }
  return (
    <>
      <p className="history-summary" data-testid="history-summary">
        In {period} you took <strong>{plural(summary.pauses, 'pause', 'pauses')}</strong>, on{' '}
        {plural(daysWith, 'day', 'days')}, with <strong>{minutesInWords(summary.seconds)}</strong> of practice.
      </p>
      <div className="history-charts">
        <BarChart
          title="Pauses each day"
          summary={`Pauses each day over ${period}: ${summary.pauses} in all, at most ${Math.max(...summary.days.map((d) => d.pauses))} in a day. The numbers are in the table below.`}
          bars={pauseBars}
          formatTop={(v) => plural(v, 'pause', 'pauses')}
          testId="chart-pauses"
        />
        <BarChart
          title="Minutes of practice each day"
          summary={`Minutes of practice each day over ${period}: ${minutesInWords(summary.seconds)} in all. The numbers are in the table below.`}
          bars={minuteBars}
          formatTop={(v) => `${v} min`}
          testId="chart-minutes"
        />
      </div>
      <details className="history-table">
        <summary>See these numbers as a table</summary>
        <table aria-describedby={tableId} data-testid="history-table">
          <caption id={tableId}>Pauses and minutes of practice, {period}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Pauses</th>
              <th scope="col">Minutes</th>
            </tr>
          </thead>
          <tbody>
            {summary.days.map((d) => (
              <tr key={d.start}>
                <th scope="row">{long.format(d.start)}</th>
                <td>{d.pauses}</td>
                <td>{tableMinutes(d.seconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <section className="history-words" aria-labelledby="words-h">
        <h2 id="words-h">Words you checked in with</h2>
        {summary.words.length === 0 ? (
          <p className="muted">No check-in words in {period}. Checking in is always optional.</p>
        ) : (
          <ol className="word-list" data-testid="history-words">
            {summary.words.map((w) => (
              <li key={w.word}>
                <span className="word">{w.word}</span>
                <span className="word-bar" aria-hidden="true">
                  <span
                    className="word-bar-fill"
                    style={{ width: `${(w.count / (summary.words[0]?.count ?? 1)) * 100}%` }}
                  />
                </span>
                <span className="word-count">{plural(w.count, 'time', 'times')}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

export default function HistoryScreen() {
  const history = useHistory();
  const today = useToday();
  const [span, setSpan] = useState<Span>(7);
  const name = useId();
  return (
    <ScreenFrame title="History" nav={<SettingsNav current="history" />}>
      {history === null ? null : history.length === 0 ? (
        <div className="history-empty card" data-testid="history-empty">
          <h2>Your pauses will gather here</h2>
          <p>
            Whenever you take a pause, it shows up here: how many, and for how long. There’s nothing to keep up with.
          </p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void api().invoke('window:open', { route: '#/practice' })}
          >
            Take a pause now
          </button>
        </div>
      ) : (
        <div className="history">
          <fieldset className="history-span">
            <legend className="visually-hidden">Show</legend>
            {([7, 30] as const).map((n) => (
              <label key={n} className="span-choice">
                <input type="radio" name={name} checked={span === n} onChange={() => setSpan(n)} />
                <span>Last {n} days</span>
              </label>
            ))}
          </fieldset>
          <Overview records={history} span={span} today={today} />
        </div>
      )}
      <p className="history-privacy muted">
        Your history stays on this computer. You can export it or delete it under{' '}
        <a href="#/settings?section=data">Settings, Your data</a>.
      </p>
    </ScreenFrame>
  );
}
