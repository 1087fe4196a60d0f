import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { APP_CONTENT_SECURITY_POLICY } from './src/shared/csp.ts';
import { catalogPlugin } from './tools/vite-catalog-plugin.ts';
import { cspPlugin } from './tools/vite-csp-plugin.ts';

export default defineConfig({
  main: {
    build: {
      // electron-store (ESM) is bundled in; node-notifier stays external because it finds its
      // vendored helper binaries by path (and is unpacked from the asar).
      externalizeDeps: { exclude: ['electron-store'] },
      rollupOptions: {
        input: { index: resolve('src/main/index.ts') },
        external: ['electron', 'node-notifier'],
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be a single CommonJS file with nothing left to require but electron.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    define: { __WEB_PREVIEW__: 'false' },
    plugins: [react(), catalogPlugin(), cspPlugin(APP_CONTENT_SECURITY_POLICY)],
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
