// History: what was done, gently shown — the pauses of the last 7 or 30 days as a list by day,
// with their private notes. Only days with pauses appear, so an empty day never reads as a gap;
// nothing counts days, runs or what was not done. Check-in words appear only when the person
// asks for them; with history turned off, the screen says so kindly.
import { useId, useMemo, useState } from 'react';
import type { PauseRecord } from '../../../../shared/history';
import { minutesInWords, pausesByDay, summarizeHistory } from '../../../../shared/history-summary';
import type { Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { useHistory, useSettings } from '../../app/use-main-state';
import { useToday } from '../../app/use-today';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { SettingsNav } from '../../ui/SettingsNav';
import { PauseList } from './PauseList';
import '../settings/settings.css';
import './history.css';

type Span = 7 | 30;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface OverviewProps {
  records: readonly PauseRecord[];
  span: Span;
  today: Date;
  showCheckIns: boolean;
}

function Overview({ records, span, today, showCheckIns }: OverviewProps) {
  const summary = useMemo(() => summarizeHistory(records, today, span), [records, span, today]);
  const days = useMemo(() => pausesByDay(records, today, span), [records, span, today]);
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
        In {period}: <strong>{plural(summary.pauses, 'pause', 'pauses')}</strong>, with{' '}
        <strong>{minutesInWords(summary.seconds)}</strong> of practice.
      </p>
      <PauseList days={days} now={Date.now()} showCheckIns={showCheckIns} />
      {showCheckIns ? (
        <section className="history-words" aria-labelledby="words-h">
          <h2 id="words-h">Words you checked in with</h2>
          {summary.words.length === 0 ? (
            <p className="muted">No check-in words in {period}. Checking in is always optional.</p>
          ) : (
            <ul className="word-list" data-testid="history-words">
              {summary.words.map((w) => (
                <li key={w.word}>
                  <span className="word">{w.word}</span>
                  <span className="word-count">{plural(w.count, 'time', 'times')}</span>
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
  return (
    <div className="history-empty card" data-testid="history-off">
      <h2>History is turned off</h2>
      <p>
        As you chose, Attune keeps no record of your pauses. They are yours alone. If you’d like a history again, you
        can turn it on under <a href="#/settings">Settings, Your data</a>.
      </p>
    </div>
  );
}

function Body({ history, settings }: { history: PauseRecord[]; settings: Settings }) {
  const today = useToday();
  const [span, setSpan] = useState<Span>(7);
  const name = useId();
  if (history.length === 0) {
    if (!settings.history.record) return <RecordingOff />;
    return (
      <div className="history-empty card" data-testid="history-empty">
        <h2>Your pauses will gather here</h2>
        <p>Whenever you take a pause, it shows up here, with any note you wrote. There’s nothing to keep up with.</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void api().invoke('window:open', { route: '#/practice' })}
        >
          Take a pause now
        </button>
      </div>
    );
  }
  return (
    <div className="history">
      {settings.history.record ? null : <RecordingOff />}
      <fieldset className="history-span">
        <legend className="visually-hidden">Show</legend>
        {([7, 30] as const).map((n) => (
          <label key={n} className="span-choice">
            <input type="radio" name={name} checked={span === n} onChange={() => setSpan(n)} />
            <span>Last {n} days</span>
          </label>
        ))}
      </fieldset>
      <Overview records={history} span={span} today={today} showCheckIns={settings.history.showCheckIns} />
    </div>
  );
}

export default function HistoryScreen() {
  const history = useHistory();
  const settings = useSettings();
  return (
    <ScreenFrame title="History" nav={<SettingsNav current="history" />}>
      {history === null || settings === null ? null : <Body history={history} settings={settings} />}
      <p className="history-privacy muted">
        Your history stays on this computer. You can export it or delete it under{' '}
        <a href="#/settings?section=data">Settings, Your data</a>.
      </p>
    </ScreenFrame>
  );
}
