// A pause: Arrive → Breathe → Acknowledge → Close, one step per screen (or, from a reminder, the
// short pause: Breathe → a kind word, with the full break offered). Every step can be skipped;
// Esc or "End pause" ends it at any moment and nothing calls that failing. The pause is recorded
// exactly once, however it ends. The crisis note is one quiet link away on every step.
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { MessageId } from '../../../../shared/i18n/translator';
import { kindPhrase } from '../../../../shared/kind-phrase';
import { crisisNoteText } from '../../../../shared/phrases';
import type { Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { useSettings } from '../../app/use-main-state';
import { closeWindow, ScreenFrame } from '../../ui/ScreenFrame';
import { CrisisLink } from './CrisisLink';
import { type FinishOutcome, PauseSession } from './pause-session';
import {
  FULL_BREAK_AFTER_OFFER,
  groupOf,
  type PausePlan,
  type PracticeRoute,
  planFor,
  type StepGroup,
  type StepId,
} from './plan';
import { ArriveStep } from './steps/ArriveStep';
import { BreatheStep } from './steps/BreatheStep';
import { CloseStep } from './steps/CloseStep';
import { FarewellStep } from './steps/FarewellStep';
import { NoticeStep } from './steps/NoticeStep';
import { OfferStep } from './steps/OfferStep';
import { PhraseStep } from './steps/PhraseStep';
import { OpeningStep } from './steps/Step';
import { TouchStep } from './steps/TouchStep';
import { UnsavedStep } from './steps/UnsavedStep';
import './practice.css';

/** How long the "Three breaths" thank-you stays before the window closes by itself. */
const FAREWELL_MS = 5000;

/** Each route's title; the main route's depends on the kind of pause. */
const TITLES: Record<PracticeRoute | 'compassion' | 'short', MessageId> = {
  practice: 'practice.title.full',
  'practice/breathe': 'practice.title.breathe',
  'practice/acknowledge': 'practice.title.compassion',
  compassion: 'practice.title.compassion',
  short: 'practice.title.short',
};

const GROUP_NAMES: Record<StepGroup, MessageId> = {
  Arrive: 'practice.group.arrive',
  Breathe: 'practice.group.breathe',
  Acknowledge: 'practice.group.acknowledge',
  Close: 'practice.group.close',
};

interface PracticeScreenProps {
  route: PracticeRoute;
  params: Record<string, string>;
}

export default function PracticeScreen({ route, params }: PracticeScreenProps) {
  const settings = useSettings();
  const { t } = useT();
  const key = `${route}?${Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join('&')}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for route and params
  const plan = useMemo(() => planFor(route, params), [key]);
  const [session, setSession] = useState(() => new PauseSession(key, plan.kind));
  const current = useRef(session);

  // Another route shown in this window (main's "navigate") is another pause: the first one ends.
  useEffect(() => {
    if (current.current.key === key) return;
    void current.current.finish(false);
    const next = new PauseSession(key, plan.kind);
    current.current = next;
    setSession(next);
  }, [key, plan.kind]);

  // Closing the window any other way still records the pause, as ended early.
  useEffect(() => {
    const onHide = () => void current.current.finish(false);
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);

  if (!settings || session.key !== key) return null;
  const title = t(
    TITLES[route === 'practice' && (plan.kind === 'compassion' || plan.kind === 'short') ? plan.kind : route],
  );
  return <PracticeFlow key={key} plan={plan} session={session} settings={settings} title={title} />;
}

interface FlowProps {
  plan: PausePlan;
  session: PauseSession;
  settings: Settings;
  title: string;
}

function PracticeFlow({ plan, session, settings, title }: FlowProps) {
  const { t } = useT();
  const kindnessNote = t('practice.kindnessNote');
  const [steps, setSteps] = useState<StepId[]>(plan.steps);
  const [index, setIndex] = useState(0);
  const [farewell, setFarewell] = useState(false);
  const [note, setNote] = useState('');
  /** The pause ended but is not on disk yet: say so kindly before the window closes. */
  const [unsaved, setUnsaved] = useState<FinishOutcome | null>(null);
  const ending = useRef(false);
  const step = steps[index] ?? 'close';

  const finishAndClose = async (completed: boolean, withNote: boolean) => {
    if (ending.current) return;
    ending.current = true;
    const outcome = await session.finish(completed, withNote ? note : '');
    if (!outcome.saved) setUnsaved(outcome);
    else closeWindow();
  };

  const next = () => {
    if (index + 1 < steps.length) {
      setIndex(index + 1);
    } else if (plan.closesItself) {
      void session.finish(true).then((outcome) => {
        if (!outcome.saved) setUnsaved(outcome);
      });
      setFarewell(true);
    } else {
      void finishAndClose(true, true);
    }
  };

  // The short pause's offer, taken up: the acknowledgement steps follow in this same pause.
  const fullBreak = () => {
    setSteps([...steps.slice(0, index), ...FULL_BREAK_AFTER_OFFER]);
  };

  // Esc or the header button: the pause ends here. Reaching the last step counts as complete.
  const last = farewell || step === 'close' || step === 'offer';
  const endNow = () => (unsaved ? closeWindow() : void finishAndClose(last, true));

  const readArticle = async () => {
    if (ending.current) return;
    ending.current = true;
    const outcome = await session.finish(true, note);
    if (!outcome.saved) {
      setUnsaved(outcome);
      return;
    }
    await api().invoke('window:open', { route: '#/read' });
    closeWindow();
  };

  useEffect(() => {
    if (!farewell || unsaved) return;
    const timer = window.setTimeout(closeWindow, FAREWELL_MS);
    return () => window.clearTimeout(timer);
  }, [farewell, unsaved]);

  const groups = [...new Set(steps.map(groupOf))];
  const phrases = settings.practice.phrases;

  let body: ReactNode;
  if (unsaved) {
    body = <UnsavedStep reason={unsaved.reason} onClose={closeWindow} />;
  } else if (farewell) {
    body = <FarewellStep onClose={closeWindow} />;
  } else {
    switch (step) {
      case 'arrive':
        body = (
          <ArriveStep
            onNext={(word) => {
              session.checkIn = word;
              next();
            }}
          />
        );
        break;
      case 'breathe':
        body = <BreatheStep plan={plan} practice={settings.practice} onNext={next} />;
        break;
      case 'notice':
        body = <NoticeStep footnote={kindnessNote} onNext={next} />;
        break;
      case 'name':
        body = (
          <PhraseStep
            id="name"
            kind="naming"
            title={t('practice.name.heading')}
            lead={t('practice.name.lead')}
            phrases={phrases.naming}
            footnote={kindnessNote}
            onNext={next}
          />
        );
        break;
      case 'common':
        body = (
          <PhraseStep
            id="common"
            kind="common"
            title={t('practice.common.heading')}
            lead={t('practice.common.lead')}
            phrases={phrases.common}
            footnote={kindnessNote}
            onNext={next}
          />
        );
        break;
      case 'touch':
        body = <TouchStep footnote={kindnessNote} onNext={next} />;
        break;
      case 'kindness':
        body = (
          <PhraseStep
            id="kindness"
            kind="kindness"
            title={t('practice.kindness.heading')}
            lead={t('practice.kindness.lead')}
            phrases={phrases.kindness}
            footnote={kindnessNote}
            onNext={next}
          />
        );
        break;
      case 'close':
        body = (
          <CloseStep
            note={note}
            onNote={(text) => {
              session.note = text;
              setNote(text);
            }}
            onClose={() => void finishAndClose(true, true)}
            onRead={() => void readArticle()}
            // Skipping the last step keeps a note already typed: nothing written is lost.
            onSkip={() => void finishAndClose(true, true)}
          />
        );
        break;
      case 'offer':
        body = (
          <OfferStep
            phrase={kindPhrase(phrases.kindness, t)}
            onClose={() => void finishAndClose(true, false)}
            onFullBreak={fullBreak}
          />
        );
        break;
    }
  }

  return (
    <ScreenFrame title={title} onClose={endNow} closeLabel={unsaved || last ? t('practice.close') : t('practice.end')}>
      <div className="practice">
        {groups.length > 1 ? <Progress groups={groups} current={groupOf(step)} /> : null}
        <div
          key={unsaved ? 'unsaved' : farewell ? 'farewell' : step}
          className={index > 0 || farewell ? 'practice-stage practice-stage-next' : 'practice-stage'}
        >
          <OpeningStep.Provider value={index === 0 && !farewell}>{body}</OpeningStep.Provider>
        </div>
        <CrisisLink note={crisisNoteText(settings.crisisNote, t)} />
      </div>
    </ScreenFrame>
  );
}

function Progress({ groups, current }: { groups: StepGroup[]; current: StepGroup }) {
  const { t } = useT();
  return (
    // Where the person is, nothing more: no counts, no ticks, nothing to press or complete.
    <ol className="practice-progress" aria-label={t('practice.progress')}>
      {groups.map((g) => (
        <li key={g} aria-current={g === current ? 'step' : undefined}>
          {t(GROUP_NAMES[g])}
        </li>
      ))}
    </ol>
  );
}
