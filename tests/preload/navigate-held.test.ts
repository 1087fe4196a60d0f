// Main sends "navigate" once a page has loaded (a route asked for while the window was loading,
// issue 15 point 11); the page may subscribe a moment later. The preload holds the last such
// route until the page listens, and hands it over once.
import { beforeAll, expect, it, vi } from 'vitest';
import type { AttuneApi } from '../../src/shared/contract';
import { contextBridge, ipcRenderer } from '../fakes/electron';

vi.mock('electron', () => import('../fakes/electron'));

let attune: AttuneApi;
beforeAll(async () => {
  await import('../../src/preload/index');
  attune = contextBridge.exposed.get('attune') as AttuneApi;
});

it('a route sent before anyone listens reaches the first listener, once; later ones arrive as usual', async () => {
  ipcRenderer.deliver('navigate', '#/practice/acknowledge');
  ipcRenderer.deliver('navigate', '#/practice/breathe?cycles=3&kind=three-breaths');
  const heard: string[] = [];
  const off = attune.on('navigate', (route) => heard.push(route));
  await Promise.resolve();
  expect(heard).toEqual(['#/practice/breathe?cycles=3&kind=three-breaths']);
  ipcRenderer.deliver('navigate', '#/practice');
  expect(heard).toEqual(['#/practice/breathe?cycles=3&kind=three-breaths', '#/practice']);
  off();
  // Nobody listening again: a new route is held for the next listener, not replayed twice.
  ipcRenderer.deliver('navigate', '#/read');
  const later: string[] = [];
  attune.on('navigate', (route) => later.push(route));
  await Promise.resolve();
  expect(later).toEqual(['#/read']);
  expect(heard).toHaveLength(2);
});
