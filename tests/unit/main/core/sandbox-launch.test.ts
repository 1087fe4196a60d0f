// The AppImage sandbox decision for every combination of the sysctls and the helper's owner and
// mode: the sandbox stays on wherever the system allows it; it goes only inside an AppImage and
// only when neither user namespaces nor a setuid-root helper are available.
import { describe, expect, it } from 'vitest';
import {
  decideSandbox,
  helperIsSetuidRoot,
  type SandboxFacts,
  sandboxLogLine,
  usernsBlocker,
} from '../../../../src/main/core/sandbox-launch';

const RESTRICT = ['1', '0', null] as const; // Ubuntu 24.04 default, switched off, older kernels
const CLONE = ['1', '0', null] as const; // Debian/Ubuntu sysctl, absent upstream
const MAX_NS = ['15000', '0', null] as const;
const HELPERS = {
  'root 4755': { uid: 0, mode: 0o104755 },
  'root 0755': { uid: 0, mode: 0o100755 },
  'user 4755': { uid: 1000, mode: 0o104755 },
  'user 0755 (inside an AppImage)': { uid: 1000, mode: 0o100755 },
  'root 4711': { uid: 0, mode: 0o104711 },
  missing: null,
} as const;

const combos: [SandboxFacts, string][] = [];
for (const inAppImage of [true, false])
  for (const apparmorRestrict of RESTRICT)
    for (const usernsClone of CLONE)
      for (const maxUserNamespaces of MAX_NS)
        for (const [helperName, helper] of Object.entries(HELPERS))
          combos.push([{ inAppImage, apparmorRestrict, usernsClone, maxUserNamespaces, helper }, helperName]);

describe('decideSandbox, every combination', () => {
  it.each(combos)('%j (helper %s)', (facts) => {
    const d = decideSandbox(facts);
    const usernsOk = facts.apparmorRestrict !== '1' && facts.usernsClone !== '0' && facts.maxUserNamespaces !== '0';
    const helperOk = facts.helper?.uid === 0 && ((facts.helper?.mode ?? 0) & 0o7777) === 0o4755;
    expect(d.kind === 'sandboxed').toBe(!facts.inAppImage || usernsOk || helperOk);
    if (!facts.inAppImage) expect(d).toMatchObject({ kind: 'sandboxed', via: 'not-an-appimage' });
    else if (usernsOk) expect(d).toMatchObject({ kind: 'sandboxed', via: 'user-namespaces' });
    else if (helperOk) expect(d).toMatchObject({ kind: 'sandboxed', via: 'setuid-helper' });
  });

  it('covers every combination (2 × 3 × 3 × 3 × 6)', () => {
    expect(combos).toHaveLength(324);
  });
});

describe('the cases people meet', () => {
  const ubuntu2404AppImage: SandboxFacts = {
    inAppImage: true,
    apparmorRestrict: '1',
    usernsClone: '1',
    maxUserNamespaces: '63212',
    helper: { uid: 1000, mode: 0o100755 },
  };

  it('Ubuntu 24.04, AppImage: without the sandbox, and the reason names the sysctl and the helper', () => {
    const d = decideSandbox(ubuntu2404AppImage);
    expect(d).toEqual({
      kind: 'unsandboxed',
      reason:
        'AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1), ' +
        'and the sandbox helper is not setuid root (owner 1000, mode 0755)',
    });
  });

  it('Ubuntu 24.04, deb or rpm (its AppArmor profile allows userns): untouched', () => {
    expect(decideSandbox({ ...ubuntu2404AppImage, inAppImage: false }).kind).toBe('sandboxed');
  });

  it('Ubuntu 24.04 with the restriction switched off: the AppImage keeps its sandbox', () => {
    expect(decideSandbox({ ...ubuntu2404AppImage, apparmorRestrict: '0' })).toMatchObject({
      kind: 'sandboxed',
      via: 'user-namespaces',
    });
  });

  it('Fedora or Arch (no Debian sysctl, no AppArmor): the AppImage keeps its sandbox', () => {
    expect(decideSandbox({ ...ubuntu2404AppImage, apparmorRestrict: null, usernsClone: null })).toMatchObject({
      kind: 'sandboxed',
    });
  });

  it('Debian with user namespaces off but a root-owned setuid helper: sandboxed by the helper', () => {
    expect(
      decideSandbox({
        ...ubuntu2404AppImage,
        apparmorRestrict: null,
        usernsClone: '0',
        helper: { uid: 0, mode: 0o104755 },
      }),
    ).toMatchObject({ kind: 'sandboxed', via: 'setuid-helper' });
  });
});

describe('pieces', () => {
  it('usernsBlocker names the first thing that blocks', () => {
    expect(usernsBlocker({ apparmorRestrict: '1', usernsClone: '0', maxUserNamespaces: '0' })).toMatch(
      /userns_clone = 0/,
    );
    expect(usernsBlocker({ apparmorRestrict: null, usernsClone: null, maxUserNamespaces: null })).toBeNull();
  });

  it('the helper must be exactly root and 4755', () => {
    expect(helperIsSetuidRoot({ uid: 0, mode: 0o104755 })).toBe(true);
    expect(helperIsSetuidRoot({ uid: 0, mode: 0o106755 })).toBe(false);
    expect(helperIsSetuidRoot(null)).toBe(false);
  });

  it('the log line: a reason when off by necessity, a note when off by request, nothing when on', () => {
    const off = decideSandbox({
      inAppImage: true,
      apparmorRestrict: '1',
      usernsClone: null,
      maxUserNamespaces: null,
      helper: null,
    });
    expect(sandboxLogLine(off, true)).toMatch(
      /^running without Chromium's sandbox because AppArmor restricts .* helper \(chrome-sandbox\) is missing\. See/,
    );
    const on = decideSandbox({
      inAppImage: true,
      apparmorRestrict: '0',
      usernsClone: null,
      maxUserNamespaces: null,
      helper: null,
    });
    expect(sandboxLogLine(on, true)).toMatch(/--no-sandbox was given, although this system allows it/);
    expect(sandboxLogLine(on, false)).toBeNull();
  });
});
