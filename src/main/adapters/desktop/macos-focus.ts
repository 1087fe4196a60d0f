// macOS: Focus / Do Not Disturb, read-only. Apple offers no public API for another app's view
// of Focus; what the system itself keeps differs by version:
//  - macOS 12 Monterey and later (Darwin 21+): ~/Library/DoNotDisturb/DB/Assertions.json.
//    While a Focus is on by hand, data[0].storeAssertionRecords lists it (each record names
//    a mode such as com.apple.donotdisturb.mode.default); when off, the list is missing or
//    empty. A Focus that turns on by schedule lives in ModeConfigurations.json as a trigger,
//    not as an assertion, so it is not seen. Recent versions may ask for Full Disk Access to
//    read the folder; without it the read fails and the answer is "can't tell".
//  - macOS 11 and earlier: `defaults -currentHost read com.apple.notificationcenterui
//    doNotDisturb` prints 1 while Do Not Disturb is on (0, or "does not exist", when off).
// Full screen and the camera or microphone: macOS has no permission-free public way for one
// app to learn them (CoreMediaIO's and CoreAudio's "device is running somewhere" properties
// need a native module Attune does not ship), so those are "can't tell" on macOS.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Answer, BusyProbe, RunCommand } from './busy-probe';

/** Darwin 21 is macOS 12. */
export const usesAssertionsFile = (darwinRelease: string): boolean => Number(darwinRelease.split('.')[0]) >= 21;

export function parseAssertions(text: string): Answer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object') return null;
  const data = (json as { data?: unknown }).data;
  if (!Array.isArray(data)) return null;
  return data.some((d) => {
    const records = (d as { storeAssertionRecords?: unknown } | null)?.storeAssertionRecords;
    return Array.isArray(records) && records.length > 0;
  });
}

/** `defaults -currentHost read com.apple.notificationcenterui doNotDisturb`. */
export function parseDefaultsDnd(code: number, stdout: string): Answer {
  if (code !== 0) return false; // "The domain/default pair … does not exist": never turned on
  const v = stdout.trim();
  return v === '1' ? true : v === '0' ? false : null;
}

export function macFocus(run: RunCommand, home: string, darwinRelease: string): BusyProbe {
  if (usesAssertionsFile(darwinRelease)) {
    const file = path.join(home, 'Library', 'DoNotDisturb', 'DB', 'Assertions.json');
    return {
      source: 'Focus (~/Library/DoNotDisturb/DB/Assertions.json)',
      read: async () => {
        try {
          return parseAssertions(await readFile(file, 'utf8'));
        } catch {
          return null;
        }
      },
    };
  }
  return {
    source: 'Do Not Disturb (defaults com.apple.notificationcenterui)',
    async read(): Promise<Answer> {
      const r = await run('defaults', ['-currentHost', 'read', 'com.apple.notificationcenterui', 'doNotDisturb']);
      return r ? parseDefaultsDnd(r.code, r.stdout) : null;
    },
  };
}
