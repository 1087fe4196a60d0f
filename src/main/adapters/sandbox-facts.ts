// Reads what decides whether Chromium's sandbox can run (see core/sandbox-launch.ts) and logs
// why Attune runs without it, when it does. Read-only: three sysctl files and one stat.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decideSandbox, type SandboxFacts, sandboxLogLine } from '../core/sandbox-launch';

function sysctl(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

export function readSandboxFacts(env: NodeJS.ProcessEnv, execPath: string): SandboxFacts {
  let helper: SandboxFacts['helper'] = null;
  try {
    const st = statSync(path.join(path.dirname(execPath), 'chrome-sandbox'));
    helper = { uid: st.uid, mode: st.mode };
  } catch {
    helper = null;
  }
  return {
    inAppImage: Boolean(env.APPIMAGE),
    apparmorRestrict: sysctl('/proc/sys/kernel/apparmor_restrict_unprivileged_userns'),
    usernsClone: sysctl('/proc/sys/kernel/unprivileged_userns_clone'),
    maxUserNamespaces: sysctl('/proc/sys/user/max_user_namespaces'),
    helper,
  };
}

/** On Linux, logs why Attune runs without Chromium's sandbox (if it does). Returns the line. */
export function logSandbox(
  platform: NodeJS.Platform,
  withoutSandbox: boolean,
  facts: () => SandboxFacts = () => readSandboxFacts(process.env, process.execPath),
  log: (line: string) => void = (line) => console.warn(`attune: ${line}`),
): string | null {
  if (platform !== 'linux') return null;
  const line = sandboxLogLine(decideSandbox(facts()), withoutSandbox);
  if (line) log(line);
  return line;
}
