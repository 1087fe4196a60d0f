// Reading the sandbox facts from this machine and a helper laid out like an unpacked app.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logSandbox, readSandboxFacts } from '../../../src/main/adapters/sandbox-facts';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('readSandboxFacts', () => {
  it('finds chrome-sandbox beside the executable, with its owner and mode', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'attune-sandbox-'));
    const helper = path.join(dir, 'chrome-sandbox');
    writeFileSync(helper, '');
    chmodSync(helper, 0o4755);
    const facts = readSandboxFacts({ APPIMAGE: '/home/me/Attune.AppImage' }, path.join(dir, 'attune'));
    expect(facts.inAppImage).toBe(true);
    expect(facts.helper?.uid).toBe(process.getuid?.());
    expect((facts.helper?.mode ?? 0) & 0o7777).toBe(0o4755);
  });

  it('a missing helper and missing sysctls read as null, not as an error', () => {
    const facts = readSandboxFacts({}, '/nowhere/attune');
    expect(facts.inAppImage).toBe(false);
    expect(facts.helper).toBeNull();
    for (const v of [facts.apparmorRestrict, facts.usernsClone, facts.maxUserNamespaces])
      expect(v === null || /^\d+$/.test(v)).toBe(true);
  });
});

describe('logSandbox', () => {
  const ubuntuAppImage = () => ({
    inAppImage: true,
    apparmorRestrict: '1',
    usernsClone: '1',
    maxUserNamespaces: '1000',
    helper: { uid: 1000, mode: 0o100755 },
  });

  it('logs the reason when Attune runs without the sandbox on Linux', () => {
    const log = vi.fn();
    logSandbox('linux', true, ubuntuAppImage, log);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/apparmor_restrict_unprivileged_userns = 1/));
  });

  it('says nothing when the sandbox is on, or off Linux', () => {
    const log = vi.fn();
    logSandbox('linux', false, ubuntuAppImage, log);
    logSandbox('darwin', true, ubuntuAppImage, log);
    expect(log).not.toHaveBeenCalled();
  });
});
