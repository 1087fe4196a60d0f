// Whether Chromium's sandbox can run for an AppImage on this kernel, from what the system says.
// Pure: the facts are read by adapters/sandbox-facts.ts. docs/security.md explains the rules.
//
// Chromium's Linux sandbox needs one of two things (Chromium docs, linux/sandboxing.md):
// - unprivileged user namespaces (the namespace sandbox), which a kernel can switch off with
//   kernel.unprivileged_userns_clone = 0 (Debian/Ubuntu kernels), user.max_user_namespaces = 0,
//   or restrict with AppArmor (kernel.apparmor_restrict_unprivileged_userns = 1, on by default
//   since Ubuntu 23.10/24.04) unless a profile allows "userns" for the program — which the deb
//   and rpm install for /opt/Attune/attune, but which cannot name an AppImage's random mount;
// - or the setuid helper chrome-sandbox, owned by root with mode 4755 — which an AppImage cannot
//   ship (its files belong to the user and its FUSE mount is nosuid).
// With neither, Chromium aborts at start ("The SUID sandbox helper binary was found, but is not
// configured correctly", electron/electron#42510) before any of Attune's code runs.

export interface SandboxFacts {
  /** Running from an AppImage ($APPIMAGE is set by the AppImage runtime). */
  inAppImage: boolean;
  /** /proc/sys/kernel/apparmor_restrict_unprivileged_userns, trimmed; null when absent. */
  apparmorRestrict: string | null;
  /** /proc/sys/kernel/unprivileged_userns_clone (Debian/Ubuntu kernels only); null when absent. */
  usernsClone: string | null;
  /** /proc/sys/user/max_user_namespaces; null when absent. */
  maxUserNamespaces: string | null;
  /** Owner and mode of chrome-sandbox beside the executable; null when it is missing. */
  helper: { uid: number; mode: number } | null;
}

/** Whether Chromium keeps its sandbox at this launch ('sandboxed', and how), or starts without it. */
export type SandboxDecision =
  | { kind: 'sandboxed'; via: 'not-an-appimage' | 'user-namespaces' | 'setuid-helper'; reason: string }
  | { kind: 'unsandboxed'; reason: string };

/** Why unprivileged user namespaces are unavailable, or null when they are available. */
export function usernsBlocker(
  f: Pick<SandboxFacts, 'apparmorRestrict' | 'usernsClone' | 'maxUserNamespaces'>,
): string | null {
  if (f.usernsClone === '0')
    return 'the kernel turns off unprivileged user namespaces (kernel.unprivileged_userns_clone = 0)';
  if (f.maxUserNamespaces === '0') return 'the kernel allows no user namespaces (user.max_user_namespaces = 0)';
  if (f.apparmorRestrict === '1')
    return 'AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1)';
  return null;
}

/** chrome-sandbox can sandbox: owned by root, setuid, mode 4755 exactly. */
export function helperIsSetuidRoot(helper: SandboxFacts['helper']): boolean {
  return helper !== null && helper.uid === 0 && (helper.mode & 0o7777) === 0o4755;
}

function describeHelper(helper: SandboxFacts['helper']): string {
  if (!helper) return 'the sandbox helper (chrome-sandbox) is missing';
  const mode = (helper.mode & 0o7777).toString(8).padStart(4, '0');
  return `the sandbox helper is not setuid root (owner ${helper.uid}, mode ${mode})`;
}

/**
 * Keep the sandbox wherever the system allows it; only inside an AppImage, and only when the
 * kernel leaves neither user namespaces nor a setuid helper, start without it.
 */
export function decideSandbox(f: SandboxFacts): SandboxDecision {
  if (!f.inAppImage)
    return {
      kind: 'sandboxed',
      via: 'not-an-appimage',
      reason: 'not an AppImage: the installed package sets up the sandbox',
    };
  const blocker = usernsBlocker(f);
  if (blocker === null)
    return { kind: 'sandboxed', via: 'user-namespaces', reason: 'unprivileged user namespaces are available' };
  if (helperIsSetuidRoot(f.helper))
    return { kind: 'sandboxed', via: 'setuid-helper', reason: 'the setuid sandbox helper is set up' };
  return { kind: 'unsandboxed', reason: `${blocker}, and ${describeHelper(f.helper)}` };
}

/**
 * The line Attune logs at start about its sandbox, or null when there is nothing to say
 * (the sandbox is on). `withoutSandbox`: Chromium runs with --no-sandbox.
 */
export function sandboxLogLine(decision: SandboxDecision, withoutSandbox: boolean): string | null {
  if (!withoutSandbox) return null;
  if (decision.kind === 'unsandboxed')
    return `running without Chromium's sandbox because ${decision.reason}. See "Ubuntu 24.04 and AppImages" in docs/security.md for the AppArmor profile that keeps it on.`;
  return `running without Chromium's sandbox because --no-sandbox was given, although this system allows it (${decision.reason}).`;
}
