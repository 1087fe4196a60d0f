// The tray adapter shows the menu model: clicking an item runs its command, state changes
// re-apply the menu, tooltip and icon, and macOS gets template images.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttuneTray } from '../../../src/main/adapters/tray';
import type { Command } from '../../../src/main/core/commands';
import type { AppState } from '../../../src/shared/app-state';
import { type FakeNativeImage, resetElectronFake, Tray } from '../../fakes/electron';
import { english } from '../../support/words';

vi.mock('electron', () => import('../../fakes/electron'));

const dir = path.resolve('resources/icons/tray');
const ICONS = {
  normal: path.join(dir, 'tray.png'),
  due: path.join(dir, 'tray-due.png'),
  template: { normal: path.join(dir, 'trayTemplate.png'), due: path.join(dir, 'tray-dueTemplate.png') },
};
const waiting: AppState = { reminder: { kind: 'waiting', nextAt: Date.parse('2030-01-07T14:30:00Z') } };
const due: AppState = { reminder: { kind: 'due' } };

function make(platform: NodeJS.Platform = 'linux') {
  const ran: Command[] = [];
  const tray = new AttuneTray(
    ICONS,
    (c) => ran.push(c),
    platform,
    () => 'UTC',
    english,
    () => 'en-GB',
  );
  const fake = Tray.instances[0];
  if (!fake) throw new Error('no tray was created');
  return { tray, fake, ran };
}
const image = (i: unknown) => i as FakeNativeImage;

beforeEach(() => {
  resetElectronFake({ ready: true });
  // "Now" is the morning of the day `waiting` points at, so its time reads as today's.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2030-01-07T08:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('AttuneTray', () => {
  it('creates one tray with the normal icon (16 px with a @2x) and the tooltip "Attune"', () => {
    const { fake } = make();
    expect(Tray.instances).toHaveLength(1);
    expect(image(fake.image).path).toBe(ICONS.normal);
    expect(image(fake.image).isEmpty()).toBe(false);
    expect(image(fake.image).getSize()).toEqual({ width: 16, height: 16 });
    expect(image(fake.image).scaleFactors).toEqual([1, 2]);
    expect(fake.tooltip).toBe('Attune');
  });

  it('update applies the menu built from state', () => {
    const { tray, fake } = make();
    tray.update(waiting);
    expect(fake.contextMenu?.labels()).toEqual([
      'Next pause offered at 14:30',
      '---',
      'Take a pause now',
      'Quiet reminders',
      '---',
      'Read: Forget Loving Yourself…',
      'If you are in crisis…',
      'Settings…',
      'About Attune',
      '---',
      'Quit',
    ]);
    expect(fake.contextMenu?.item('Take a pause now').submenu?.labels()).toEqual([
      'A short pause — breathing and a kind word',
      'Breathe — 1 minute',
      'Three breaths',
      'Self-compassion break — a few minutes',
    ]);
    expect(fake.tooltip).toBe('Attune — Next pause offered at 14:30');
  });

  it('the status line cannot be clicked; every other item runs its command', () => {
    const { tray, fake, ran } = make();
    tray.update(waiting);
    const menu = fake.contextMenu;
    if (!menu) throw new Error('no menu');
    expect(menu.items[0]?.enabled).toBe(false);
    expect(() => menu.items[0]?.click()).toThrow(/disabled/);
    menu.click('Take a pause now', 'A short pause — breathing and a kind word');
    menu.click('Take a pause now', 'Breathe — 1 minute');
    menu.click('Take a pause now', 'Self-compassion break — a few minutes');
    menu.click('Take a pause now', 'Three breaths');
    menu.click('Quiet reminders', 'For 1 hour');
    menu.click('Read: Forget Loving Yourself…');
    menu.click('If you are in crisis…');
    menu.click('Settings…');
    menu.click('About Attune');
    menu.click('Quit');
    expect(ran).toEqual([
      { type: 'break', which: 'short' },
      { type: 'break', which: 'breathe' },
      { type: 'break', which: 'compassion' },
      { type: 'break', which: 'three-breaths' },
      { type: 'pause', for: '1h' },
      { type: 'open', route: '#/read' },
      { type: 'open', route: '#/crisis' },
      { type: 'open', route: '#/settings' },
      { type: 'open', route: '#/about' },
      { type: 'quit' },
    ]);
  });

  it('quiet reminders offer to turn them back on, which runs resume', () => {
    const { tray, fake, ran } = make();
    tray.update({ reminder: { kind: 'paused', until: null } });
    fake.contextMenu?.click('Quiet reminders', 'Turn reminders back on');
    expect(ran).toEqual([{ type: 'resume' }]);
  });

  it('the icon switches to the due variant and back, and only when the variant changes', () => {
    const { tray, fake } = make();
    tray.update(waiting);
    tray.update(waiting);
    expect(fake.imageHistory.map((i) => image(i).path)).toEqual([ICONS.normal]);
    tray.update(due);
    tray.update(due);
    tray.update(waiting);
    expect(fake.imageHistory.map((i) => image(i).path)).toEqual([ICONS.normal, ICONS.due, ICONS.normal]);
  });

  it('on macOS the template images are used and marked as templates', () => {
    const { tray, fake } = make('darwin');
    expect(image(fake.image).path).toBe(ICONS.template.normal);
    expect(image(fake.image).isTemplateImage()).toBe(true);
    tray.update(due);
    expect(image(fake.image).path).toBe(ICONS.template.due);
    expect(image(fake.image).isTemplateImage()).toBe(true);
    expect(image(fake.image).isEmpty()).toBe(false);
  });

  it('elsewhere the coloured images are used, not as templates', () => {
    const { tray, fake } = make('win32');
    tray.update(due);
    expect(image(fake.image).path).toBe(ICONS.due);
    expect(image(fake.image).isTemplateImage()).toBe(false);
  });

  it('on Windows a click on the icon shows the menu; elsewhere the system does that itself', () => {
    const win = make('win32');
    win.tray.update(waiting);
    win.fake.emit('click');
    expect(win.fake.poppedUp).toEqual([win.fake.contextMenu]);
    resetElectronFake({ ready: true });
    const linux = make('linux');
    linux.fake.emit('click');
    expect(linux.fake.poppedUp).toEqual([]);
  });

  it('destroy removes the tray', () => {
    const { tray, fake } = make();
    tray.destroy();
    expect(fake.isDestroyed()).toBe(true);
  });
  it('shows times in the zone the clock is set to now, following a zone change without restart', () => {
    let zone = 'Europe/Berlin';
    const tray = new AttuneTray(
      ICONS,
      () => {},
      'linux',
      () => zone,
      english,
      () => 'en-GB',
    );
    const fake = Tray.instances[0];
    tray.update(waiting);
    expect(fake?.contextMenu?.labels()[0]).toBe('Next pause offered at 15:30');
    zone = 'America/New_York';
    tray.update(waiting);
    expect(fake?.contextMenu?.labels()[0]).toBe('Next pause offered at 09:30');
    expect(fake?.tooltip).toBe('Attune — Next pause offered at 09:30');
  });

  it('uses the system’s regional format for times (12-hour where that is the custom)', () => {
    const tray = new AttuneTray(
      ICONS,
      () => {},
      'linux',
      () => 'America/New_York',
      english,
      () => 'en-US',
    );
    tray.update(waiting);
    expect(Tray.instances[0]?.contextMenu?.labels()[0]).toBe('Next pause offered at 9:30 AM');
  });
});

describe('the day words follow the calendar', () => {
  it('at local midnight the menu is re-applied, so "tomorrow" becomes today', () => {
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(Date.parse('2030-01-07T20:00:00Z'));
    const { tray, fake } = make();
    const tomorrowMorning: AppState = { reminder: { kind: 'waiting', nextAt: Date.parse('2030-01-08T09:00:00Z') } };
    tray.update(tomorrowMorning);
    expect(fake.contextMenu?.labels()[0]).toBe('Next pause offered tomorrow, 09:00');
    vi.advanceTimersByTime(4 * 3600_000 - 5000);
    expect(fake.contextMenu?.labels()[0]).toBe('Next pause offered tomorrow, 09:00');
    vi.advanceTimersByTime(7000); // just past midnight UTC
    expect(fake.contextMenu?.labels()[0]).toBe('Next pause offered at 09:00');
    tray.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });
});
