// Windows: the camera or microphone is in use. Windows' privacy settings keep, per app, when it
// last started and stopped using each device, under
//   HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\
//   {webcam|microphone}\<packaged app>  and  ...\NonPackaged\<path with # for \>
// as REG_QWORD FILETIMEs LastUsedTimeStart and LastUsedTimeStop; while an app uses the device,
// LastUsedTimeStop is 0 (this is what Settings › Privacy › Camera "currently in use" shows).
// Read with `reg query <key> /s` (reg.exe, in every Windows) — no native module.
//
// Stale entries: an app that crashed, or a machine that lost power, leaves LastUsedTimeStop at
// 0 for good. Such an entry is ignored when its start is older than this boot (boot time =
// now − os.uptime()); a start in the future (clock moved) is ignored too. The key names hold
// app paths: they are used only to group values while parsing, then dropped — the answer is
// only whether.
import { uptime } from 'node:os';
import type { Answer, BusyProbe, RunCommand } from './busy-probe';

export const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/** FILETIME (100 ns since 1601) → epoch ms. */
export function fileTimeToMs(hex: string): number | null {
  if (!/^0x[0-9a-f]+$/i.test(hex)) return null;
  return Number(BigInt(hex) / 10_000n) - 11_644_473_600_000;
}

/** Whether any entry in `reg query … /s` output is in use now, started after `bootMs`. */
export function parseConsentStore(stdout: string, bootMs: number, nowMs: number): boolean {
  let start: number | null = null;
  let stop: number | null = null;
  let inUse = false;
  const flush = () => {
    if (stop === 0 && start !== null && start > 0 && start >= bootMs && start <= nowMs + 60_000) inUse = true;
    start = null;
    stop = null;
  };
  for (const raw of stdout.split(/\r?\n/)) {
    if (/^HKEY_/i.test(raw)) {
      flush();
      continue;
    }
    const m = /^\s+(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+(0x[0-9a-f]+)\s*$/i.exec(raw);
    if (!m?.[2]) continue;
    if (m[1] === 'LastUsedTimeStart') start = fileTimeToMs(m[2]);
    else stop = m[2].toLowerCase() === '0x0' ? 0 : fileTimeToMs(m[2]);
  }
  flush();
  return inUse;
}

export function windowsConsentStore(
  run: RunCommand,
  device: 'webcam' | 'microphone',
  clock: { now: () => number; uptimeSeconds: () => number } = { now: Date.now, uptimeSeconds: uptime },
): BusyProbe {
  return {
    source: `CapabilityAccessManager ConsentStore\\${device} (reg query)`,
    async read(): Promise<Answer> {
      const r = await run('reg', ['query', `${CONSENT_STORE}\\${device}`, '/s'], { timeoutMs: 5000 });
      if (!r) return null;
      // reg exits 1 when the key does not exist: no app ever asked, so nothing is in use.
      if (r.code !== 0) return r.code === 1 ? false : null;
      const now = clock.now();
      return parseConsentStore(r.stdout, now - clock.uptimeSeconds() * 1000, now);
    },
  };
}
