// The preload: one narrow object, `window.attune`, built from the contract. Channels outside the
// contract are refused here before anything reaches main, and listeners get the data only —
// never the IPC event (which would expose `sender`, i.e. ipcRenderer).
import { contextBridge, ipcRenderer } from 'electron';
import { type AttuneApi, type Envelope, isEventChannel, isRequestChannel } from '../shared/contract';

// Main sends 'navigate' once a page has loaded, which can be before the page subscribes: the last
// such route is held here until the page listens, so a route asked for during loading is not lost.
let heldRoute: unknown;
let navigateListeners = 0;
ipcRenderer.on('navigate', (_event: unknown, route: unknown) => {
  if (navigateListeners === 0) heldRoute = route;
});

const api: AttuneApi = {
  async invoke(channel: string, ...payload: unknown[]) {
    if (!isRequestChannel(channel)) throw new Error(`Attune: unknown channel "${String(channel).slice(0, 60)}"`);
    const result = (await ipcRenderer.invoke(channel, payload[0])) as Envelope<unknown>;
    if (!result.ok) throw new Error(result.error);
    return result.value;
  },
  on(event: string, listener: (data: never) => void) {
    if (!isEventChannel(event)) throw new Error(`Attune: unknown event "${String(event).slice(0, 60)}"`);
    if (typeof listener !== 'function') throw new TypeError('Attune: listener must be a function');
    const wrapped = (_event: unknown, data: unknown) => listener(data as never);
    ipcRenderer.on(event, wrapped);
    if (event === 'navigate') {
      navigateListeners++;
      if (heldRoute !== undefined) {
        const route = heldRoute;
        heldRoute = undefined;
        queueMicrotask(() => listener(route as never));
      }
    }
    return () => {
      ipcRenderer.removeListener(event, wrapped);
      if (event === 'navigate') navigateListeners--;
    };
  },
} as AttuneApi;

contextBridge.exposeInMainWorld('attune', Object.freeze(api));
