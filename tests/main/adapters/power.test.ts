// The machine as the scheduler sees it: powerMonitor events forwarded, idle time, the zone
// from /etc/localtime or TZ, and a monotonic clock.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentTimeZone, systemClock, systemIdle, watchPower } from '../../../src/main/adapters/power';
import { powerMonitor, resetElectronFake } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

beforeEach(() => resetElectronFake({ ready: true }));

describe('power adapter', () => {
  it('forwards suspend, resume, lock and unlock, and stops when asked', () => {
    const heard: string[] = [];
    const stop = watchPower(powerMonitor, {
      suspend: () => heard.push('suspend'),
      wake: () => heard.push('wake'),
      lock: () => heard.push('lock'),
      unlock: () => heard.push('unlock'),
    });
    for (const e of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) powerMonitor.emit(e);
    expect(heard).toEqual(['suspend', 'wake', 'lock', 'unlock']);
    stop();
    powerMonitor.emit('suspend');
    expect(heard).toHaveLength(4);
    expect(powerMonitor.listenerCount('suspend')).toBe(0);
  });

  it('reads the system idle time', () => {
    powerMonitor.idleSeconds = 42;
    expect(systemIdle(powerMonitor).idleSeconds()).toBe(42);
  });

  it('the zone follows TZ, else the /etc/localtime link, else the runtime', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(currentTimeZone(() => '/usr/share/zoneinfo/Europe/Berlin')).toBe('America/New_York');
      delete process.env.TZ;
      if (process.platform !== 'win32') {
        expect(currentTimeZone(() => '/usr/share/zoneinfo/Europe/Berlin')).toBe('Europe/Berlin');
        expect(currentTimeZone(() => '/var/db/timezone/zoneinfo/Asia/Tokyo')).toBe('Asia/Tokyo');
      }
      const runtime = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(currentTimeZone(() => '/somewhere/else')).toBe(runtime);
      expect(
        currentTimeZone(() => {
          throw new Error('EINVAL');
        }),
      ).toBe(runtime);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('the monotonic clock never goes back', () => {
    let last = systemClock.mono();
    for (let i = 0; i < 1000; i++) {
      const now = systemClock.mono();
      expect(now).toBeGreaterThanOrEqual(last);
      last = now;
    }
    expect(Math.abs(systemClock.wall() - Date.now())).toBeLessThan(1000);
  });
});
