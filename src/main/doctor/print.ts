// Runs the doctor for this process's desktop and prints the report in the interface language;
// never throws (the caller exits 0 whatever it finds).
import type { Translator } from '../../shared/i18n/translator';
import { renderReport, runDoctor } from './index';

export async function printDoctorReport(
  json: boolean,
  words: Translator,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  try {
    const report = await runDoctor({ platform: process.platform, env: process.env, words });
    out.write(`${renderReport(words, report, json)}\n`);
  } catch (err) {
    // Every probe answers "can't tell" rather than throwing; this is the last guard.
    out.write(
      `${words.t('main.doctor.couldNotFinish', { detail: err instanceof Error ? err.message : String(err) })}\n`,
    );
  }
}
