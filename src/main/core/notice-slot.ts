// The reminder notice on screen: one at a time, each with the next of the reminder texts. What
// the person does with an old notice is told as such (`latest` false), so a late "dismissed"
// from one notice cannot end the next. A notifier that throws is logged, never passed on. Pure
// apart from the injected notifier.
import type { Translator } from '../../shared/i18n/translator';
import { type Notifier, type ReminderAction, reminderNotice } from './notifier';

/** How long a shown reminder counts as due; the notice expires after the same time. */
export const REMINDER_LIFETIME_MS = 2 * 60_000;

export class NoticeSlot {
  private noticeId = 0;
  private shown = 0;

  constructor(
    private readonly notifier: Notifier,
    /** The words in use now, read for each notice: the next one speaks a newly chosen language. */
    private readonly words: () => Translator,
    private readonly log?: (message: string) => void,
  ) {}

  /** Shows the next reminder; `onAction` hears what the person did, and whether it is still the latest notice. */
  show(onAction: (action: ReminderAction, latest: boolean) => void): void {
    const id = ++this.noticeId;
    const notice = reminderNotice(this.words(), this.shown++, REMINDER_LIFETIME_MS);
    try {
      this.notifier.show(notice, (action) => onAction(action, id === this.noticeId));
    } catch (err) {
      this.log?.(`could not show a reminder: ${String(err)}`);
    }
  }

  /** Takes the notice down. */
  close(): void {
    try {
      this.notifier.close();
    } catch (err) {
      this.log?.(`could not close a reminder: ${String(err)}`);
    }
  }
}
