// The web preview: the same renderer in a plain browser, with the in-memory browser bridge
// standing in for the preload. `npm run dev:web` serves it; `npm run build:web` writes out/web.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { catalogPlugin } from './tools/vite-catalog-plugin.ts';
import { cspPlugin } from './tools/vite-csp-plugin.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  define: { __WEB_PREVIEW__: 'true', 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  plugins: [react(), catalogPlugin(), cspPlugin()],
  // ATTUNE_WEB_OUT lets parallel work build to its own folder.
  build: { outDir: resolve(process.env.ATTUNE_WEB_OUT ?? 'out/web'), emptyOutDir: true },
  preview: { port: Number(process.env.ATTUNE_WEB_PORT ?? 4173), strictPort: true, host: '127.0.0.1' },
  server: { port: 5174, strictPort: false },
});
