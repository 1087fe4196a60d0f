// Windows: Focus Assist (Windows 10's "Quiet hours", Windows 11's "Do not disturb") and the
// shell's notification state, both without a native module — one PowerShell call that declares
// two Win32 functions with Add-Type and prints two numbers:
//
//  - SHQueryUserNotificationState (shell32, documented: learn.microsoft.com/windows/win32/api/
//    shellapi/nf-shellapi-shqueryusernotificationstate) → QUERY_USER_NOTIFICATION_STATE:
//    1 NOT_PRESENT, 2 BUSY (a full-screen app or presentation settings), 3 RUNNING_D3D_FULL_SCREEN,
//    4 PRESENTATION_MODE, 5 ACCEPTS_NOTIFICATIONS, 6 QUIET_TIME (first hour after setup), 7 APP.
//    2, 3 and 4 mean something is full screen or presenting.
//  - Focus Assist has no documented API. Its profile is published as the WNF state
//    WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED (0x0D83063EA3BF1C75), read with ntdll's
//    NtQueryWnfStateData: 0 off, 1 priority only, 2 alarms only — what Stretchly's
//    windows-focus-assist module reads natively. Undocumented, so any error reads "can't tell".
//
// The output is "quns=<n>" and "focus=<n>" lines (or "error"); parsed below and tested from
// the fixtures in tests/fixtures/busy/windows/.
import type { Answer, BusyProbe, RunCommand } from './busy-probe';

export const NOTIFICATION_STATE_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  "Add-Type -Namespace AttuneBusy -Name Native -MemberDefinition '",
  '[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);',
  '[DllImport("ntdll.dll")] public static extern int NtQueryWnfStateData(ref ulong name, IntPtr type, IntPtr scope, out uint stamp, out int data, ref uint size);',
  "'",
  '$q = 0; try { if ([AttuneBusy.Native]::SHQueryUserNotificationState([ref]$q) -eq 0) { "quns=$q" } else { "quns=error" } } catch { "quns=error" }',
  '$n = [uint64]"0x0D83063EA3BF1C75"; $s = [uint32]0; $d = 0; $z = [uint32]4',
  'try { if ([AttuneBusy.Native]::NtQueryWnfStateData([ref]$n, [IntPtr]::Zero, [IntPtr]::Zero, [ref]$s, [ref]$d, [ref]$z) -eq 0) { "focus=$d" } else { "focus=error" } } catch { "focus=error" }',
].join('\n');

export interface NotificationState {
  /** QUERY_USER_NOTIFICATION_STATE, or null when it could not be read. */
  quns: number | null;
  /** Focus Assist profile: 0 off, 1 priority only, 2 alarms only; null when unknown. */
  focus: number | null;
}

export function parseNotificationState(stdout: string): NotificationState {
  const num = (key: string) => {
    const m = new RegExp(`^${key}=(\\d+)\\s*$`, 'm').exec(stdout);
    return m?.[1] !== undefined ? Number(m[1]) : null;
  };
  const quns = num('quns');
  const focus = num('focus');
  return {
    quns: quns !== null && quns >= 1 && quns <= 7 ? quns : null,
    focus: focus !== null && focus <= 2 ? focus : null,
  };
}

export const fullScreenFrom = (s: NotificationState): Answer => (s.quns === null ? null : [2, 3, 4].includes(s.quns));
export const focusAssistFrom = (s: NotificationState): Answer => (s.focus === null ? null : s.focus !== 0);

/** One PowerShell run serves both readers when they ask within the same second. */
export function windowsNotificationState(run: RunCommand): () => Promise<NotificationState> {
  let last: { at: number; value: Promise<NotificationState> } | null = null;
  return () => {
    if (last && Date.now() - last.at < 1000) return last.value;
    const value = run(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', NOTIFICATION_STATE_SCRIPT],
      { timeoutMs: 8000 },
    ).then((r) => (r && r.code === 0 ? parseNotificationState(r.stdout) : { quns: null, focus: null }));
    last = { at: Date.now(), value };
    return value;
  };
}

export function windowsFocusAssist(state: () => Promise<NotificationState>): BusyProbe {
  return { source: 'Focus Assist (WNF quiet-hours profile)', read: async () => focusAssistFrom(await state()) };
}

export function windowsFullScreen(state: () => Promise<NotificationState>): BusyProbe {
  return { source: 'SHQueryUserNotificationState', read: async () => fullScreenFrom(await state()) };
}
