// Subscriptions to state that lives in main. Each hook fetches once and then follows changes.
import { useEffect, useState } from 'react';
import type { AppState } from '../../../shared/app-state';
import type { EventChannel, Events, RequestChannel, ResponseOf } from '../../../shared/contract';
import type { PauseRecord } from '../../../shared/history';
import type { Settings } from '../../../shared/settings';
import { api } from './bridge';

function useSubscribed<C extends RequestChannel, E extends EventChannel>(channel: C, event: E): ResponseOf<C> | null {
  const [value, setValue] = useState<ResponseOf<C> | null>(null);
  useEffect(() => {
    let live = true;
    const off = api().on(event, (data: Events[E]) => setValue(data as unknown as ResponseOf<C>));
    (api().invoke as (c: C) => Promise<ResponseOf<C>>)(channel).then((v) => {
      if (live) setValue((current) => current ?? v);
    });
    return () => {
      live = false;
      off();
    };
  }, [channel, event]);
  return value;
}

export const useSettings = (): Settings | null => useSubscribed('settings:get', 'settings:changed');
export const useAppState = (): AppState | null => useSubscribed('state:get', 'state:changed');
export const useHistory = (): PauseRecord[] | null => useSubscribed('history:list', 'history:changed');

/** Sends a settings change; main validates it and every window hears the result. */
export function updateSettings(patch: Record<string, unknown>): Promise<Settings> {
  return api().invoke('settings:update', patch);
}
