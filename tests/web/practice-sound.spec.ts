// The breath sound in real Chromium Web Audio: off by default (no AudioContext at all); when on,
// the gain ramps with each phase the guide shows; Wait and Esc silence it at once (scheduled ramps
// cancelled, gain set to zero at the current instant), with the moving guide and the still one.
import { expect, type Page, test } from '@playwright/test';
import { PEAK_GAIN } from '../../src/shared/breath-envelope';
import { expectClosed, PRACTICE_VIEWPORT, seedSettings } from './practice-support';

test.use({ viewport: PRACTICE_VIEWPORT });

interface GainCall {
  method: string;
  value: number;
  time: number;
  now: number;
  phase: string;
}

/** Records every call on a gain node's gain (with the context's time and the guide's phase). */
async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __audio: { contexts: number; closed: number; calls: unknown[] } };
    w.__audio = { contexts: 0, closed: 0, calls: [] };
    const Base = window.AudioContext;
    window.AudioContext = class extends Base {
      constructor(options?: AudioContextOptions) {
        super(options);
        w.__audio.contexts++;
      }
      override close() {
        w.__audio.closed++;
        return super.close();
      }
    };
    const createGain = Base.prototype.createGain;
    Base.prototype.createGain = function (this: AudioContext) {
      const node = createGain.call(this);
      (node.gain as unknown as { __ctx: BaseAudioContext }).__ctx = this;
      return node;
    };
    for (const method of ['linearRampToValueAtTime', 'setValueAtTime', 'cancelScheduledValues'] as const) {
      const original = AudioParam.prototype[method] as (...args: number[]) => AudioParam;
      (AudioParam.prototype as unknown as Record<string, unknown>)[method] = function (
        this: AudioParam & { __ctx?: BaseAudioContext },
        ...args: number[]
      ) {
        if (this.__ctx) {
          const value = method === 'cancelScheduledValues' ? Number.NaN : (args[0] as number);
          const time = method === 'cancelScheduledValues' ? (args[0] as number) : (args[1] as number);
          const phase = document.querySelector('[data-testid="pacer"]')?.getAttribute('data-phase') ?? '';
          w.__audio.calls.push({ method, value, time, now: this.__ctx.currentTime, phase });
        }
        return original.apply(this, args);
      };
    }
  });
}

const audio = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __audio: { contexts: number; closed: number; calls: GainCall[] } }).__audio,
  );
const ramps = (calls: GainCall[]) => calls.filter((c) => c.method === 'linearRampToValueAtTime');

test('off by default: no sound is ever made', async ({ page }) => {
  await listen(page);
  await page.goto('./#/practice/breathe?cycles=1');
  await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'exhale', { timeout: 8000 });
  expect((await audio(page)).contexts).toBe(0);
});

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`follows the breath and stops at once (${motion === 'reduce' ? 'still' : 'moving'} guide)`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await listen(page);
    await seedSettings(page, {
      practice: { sound: true, volume: 0.8, holdsEnabled: true, pattern: 'box', lengthUnit: 'cycles', cycles: 2 },
    });
    await page.goto('./#/practice/breathe');
    const pacer = page.getByTestId('pacer');
    await expect(pacer).toHaveAttribute('data-motion', motion === 'reduce' ? 'reduced' : 'full');
    await expect(pacer).toHaveAttribute('data-phase', 'exhale', { timeout: 12_000 });
    const peak = PEAK_GAIN * 0.8;
    const [inhale, hold, exhale] = ramps((await audio(page)).calls);
    // Inhale (4 s): up to the peak by the end of the inhale.
    expect(inhale?.value).toBeCloseTo(peak);
    expect((inhale?.time ?? 0) - (inhale?.now ?? 0)).toBeGreaterThan(3.7);
    expect((inhale?.time ?? 0) - (inhale?.now ?? 0)).toBeLessThanOrEqual(4.01);
    // Hold: quiet, settled within half a second.
    expect(hold?.phase).toBe('hold-in');
    expect(hold?.value).toBeLessThan(peak / 2);
    expect((hold?.time ?? 0) - (hold?.now ?? 0)).toBeLessThanOrEqual(0.51);
    // Exhale (4 s): down to silence by its end.
    expect(exhale?.phase).toBe('exhale');
    expect(exhale?.value).toBe(0);
    expect((exhale?.time ?? 0) - (exhale?.now ?? 0)).toBeGreaterThan(3.7);

    // Wait: silent from this instant — the scheduled ramp is dropped and the gain is 0 now.
    await page.getByRole('button', { name: 'Wait' }).click();
    let calls = (await audio(page)).calls;
    const [cancel, zero] = calls.slice(-2);
    expect(cancel).toMatchObject({ method: 'cancelScheduledValues' });
    expect(cancel?.time).toBeCloseTo(cancel?.now ?? -1, 5);
    expect(zero).toMatchObject({ method: 'setValueAtTime', value: 0 });
    expect(zero?.time).toBeCloseTo(zero?.now ?? -1, 5);

    // Go on: it follows the breath again from where the guide is.
    await page.getByRole('button', { name: 'Go on' }).click();
    await expect.poll(async () => ramps((await audio(page)).calls).length).toBeGreaterThan(3);

    // Esc: the pause ends and the sound with it, at once.
    const before = (await audio(page)).calls.length;
    await page.keyboard.press('Escape');
    await expectClosed(page);
    const after = await audio(page);
    calls = after.calls.slice(before);
    expect(calls.find((c) => c.method === 'setValueAtTime' && c.value === 0)?.time).toBeCloseTo(calls[0]?.now ?? -1, 5);
    expect(after.closed).toBe(1);
  });
}
