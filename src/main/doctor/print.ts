// Runs the doctor for this process's desktop and prints the report; never throws (the caller
// exits 0 whatever it finds).
import { renderReport, runDoctor } from './index';

export async function printDoctorReport(json: boolean, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  try {
    const report = await runDoctor({ platform: process.platform, env: process.env });
    out.write(`${renderReport(report, json)}\n`);
  } catch (err) {
    // Every probe answers "can't tell" rather than throwing; this is the last guard.
    out.write(`Attune doctor could not finish: ${err instanceof Error ? err.message : String(err)}\n`);
  }
}
