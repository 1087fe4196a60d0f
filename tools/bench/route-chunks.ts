// What a route's JavaScript is made of, from the web build's Vite manifest: which loaded chunks
// only the web preview's bridge needs (the app has the preload instead), and how big each
// language's words are for the areas the route loaded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
}
export type Manifest = Readonly<Record<string, ManifestChunk>>;

/** The build's manifest (written with `build.manifest: true`): each source's chunk and imports. */
export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/**
 * The chunks (file names) only the web preview's browser bridge brings in: everything the bridge
 * imports statically that nothing else loaded imports. The app has the preload instead.
 */
export function bridgeOnlyFiles(manifest: Manifest, loadedFiles: readonly string[]): Set<string> {
  const bridgeKey = Object.keys(manifest).find((k) => k.endsWith('app/browser-bridge.ts'));
  if (!bridgeKey) return new Set();
  const closure = (starts: string[], avoid: string | null) => {
    const seen = new Set<string>();
    const visit = (k: string) => {
      if (seen.has(k) || k === avoid || !manifest[k]) return;
      seen.add(k);
      for (const i of manifest[k]?.imports ?? []) visit(i);
    };
    for (const k of starts) visit(k);
    return seen;
  };
  const fromBridge = closure([bridgeKey], null);
  const keyOf = (file: string) => Object.keys(manifest).find((k) => path.basename(manifest[k]?.file ?? '') === file);
  const loadedKeys = loadedFiles.map(keyOf).filter((k): k is string => !!k && k !== bridgeKey);
  // What the loaded chunks need without the bridge; a chunk shared with the bridge counts for the app.
  const others = closure(
    loadedKeys.filter((k) => !fromBridge.has(k) || k === 'index.html'),
    bridgeKey,
  );
  return new Set([...fromBridge].filter((k) => !others.has(k)).map((k) => path.basename(manifest[k]?.file ?? '')));
}

/**
 * The gzipped size of each language's catalog chunks for the areas this route loaded (the
 * English ones are among the loaded files; the others are their siblings in the manifest).
 */
export function catalogSizes(dir: string, manifest: Manifest, loadedFiles: readonly string[]): Map<string, number> {
  const catalog = /catalogs\/([a-z]+)\/([a-z]+)\.json/;
  const areas = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    const m = catalog.exec(key);
    if (m?.[1] === 'en' && loadedFiles.includes(path.basename(chunk.file))) areas.add(m[2] ?? '');
  }
  const sizes = new Map<string, number>();
  for (const [key, chunk] of Object.entries(manifest)) {
    const m = catalog.exec(key);
    if (!m?.[1] || !areas.has(m[2] ?? '')) continue;
    const gz = gzipSync(readFileSync(path.join(dir, chunk.file))).length;
    sizes.set(m[1], (sizes.get(m[1]) ?? 0) + gz);
  }
  return sizes;
}
