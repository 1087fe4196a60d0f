// `npm run doctor` (`-- --json` for JSON): the probes of `attune --doctor`, without Electron.
// Exits 0 whatever it finds, 2 on a bad argument.
import { homedir } from 'node:os';
import { parseArgs } from '../src/main/core/cli';
import { doctorWords, envLanguages, installedSettingsFile } from '../src/main/doctor/language';
import { printDoctorReport } from '../src/main/doctor/print';

const args = process.argv.slice(2);
const stray = args.find((a) => a !== '--json' && a !== '--help' && a !== '-h');
if (stray !== undefined) {
  process.stderr.write(`doctor: unknown argument "${stray}". Use npm run doctor, or npm run doctor -- --json\n`);
  process.exit(2);
}
const parsed = parseArgs(['--doctor', ...args]);
if (parsed.kind === 'help') {
  process.stdout.write(
    'Usage: npm run doctor [-- --json]\n\nSays what Attune finds on this desktop: notifications, tray, idle time, screen lock.\n',
  );
  process.exit(0);
}
if (parsed.kind !== 'doctor') {
  process.stderr.write(`doctor: ${parsed.kind === 'error' ? parsed.message : 'unexpected arguments'}\n`);
  process.exit(2);
}
// The interface language, as the installed app would choose it (its saved choice, else the locale variables).
const words = doctorWords({
  preferred: envLanguages(process.env),
  settingsFile: installedSettingsFile(process.platform, process.env, homedir()),
});
await printDoctorReport(parsed.json, words);
process.exit(0);
