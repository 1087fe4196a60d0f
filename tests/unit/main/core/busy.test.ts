// The pure combining rule: which signals are read, and when the person counts as busy.
import { describe, expect, it } from 'vitest';
import { busyReason, wantedSignals } from '../../../../src/main/core/busy';

const ALL = { doNotDisturb: true, fullScreen: true, cameraOrMicrophone: true };
const NONE = { doNotDisturb: false, fullScreen: false, cameraOrMicrophone: false };

describe('wantedSignals', () => {
  it('reads only what the person left on; nothing at all when every signal is off', () => {
    expect(wantedSignals(ALL)).toEqual(['doNotDisturb', 'fullScreen', 'camera', 'microphone']);
    expect(wantedSignals({ ...NONE, cameraOrMicrophone: true })).toEqual(['camera', 'microphone']);
    expect(wantedSignals(NONE)).toEqual([]);
  });
});

describe('busyReason', () => {
  it('a camera or a microphone in use is a call, and a call outranks full screen and Do Not Disturb', () => {
    expect(busyReason({ camera: true }, ALL)).toBe('call');
    expect(busyReason({ microphone: true, fullScreen: true, doNotDisturb: true }, ALL)).toBe('call');
    expect(busyReason({ fullScreen: true, doNotDisturb: true }, ALL)).toBe('fullscreen');
    expect(busyReason({ doNotDisturb: true, camera: false }, ALL)).toBe('dnd');
  });

  it('a signal the person turned off never makes them busy', () => {
    expect(busyReason({ camera: true, microphone: true }, { ...ALL, cameraOrMicrophone: false })).toBeNull();
    expect(busyReason({ fullScreen: true }, { ...ALL, fullScreen: false })).toBeNull();
    expect(busyReason({ doNotDisturb: true }, { ...ALL, doNotDisturb: false })).toBeNull();
    expect(busyReason({ doNotDisturb: true, fullScreen: true }, { ...ALL, fullScreen: false })).toBe('dnd');
  });

  it('"can\'t tell" (null or no answer) never holds a reminder back', () => {
    expect(busyReason({ doNotDisturb: null, fullScreen: null, camera: null, microphone: null }, ALL)).toBeNull();
    expect(busyReason({}, ALL)).toBeNull();
    expect(busyReason({ doNotDisturb: false, fullScreen: false, camera: false, microphone: false }, ALL)).toBeNull();
  });
});
