// Wires the dispatcher to ipcMain: one handle() per contract channel, nothing else.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { REQUEST_CHANNELS } from '../../shared/contract';
import type { Dispatch } from '../core/ipc-dispatch';

export function registerIpc(
  ipcMain: IpcMain,
  dispatch: Dispatch<IpcMainInvokeEvent>,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(channel, payload, event, isTrusted(event)));
  }
}
