/// <reference types="vite/client" />
import type { AttuneApi } from '../../shared/contract';

declare global {
  /** True in the web preview build, false in the Electron build (a compile-time constant). */
  const __WEB_PREVIEW__: boolean;
  interface Window {
    attune?: AttuneApi;
  }
}
