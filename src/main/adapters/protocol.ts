// The app:// protocol: serves the built renderer and nothing else, with the CSP as a header.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_SCHEME, mimeType, resolveAppPath } from './app-path';

/** Must run before app `ready`: app:// behaves like https (secure, standard origin). */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function handleAppProtocol(protocol: Protocol, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));
}

/**
 * The file's real path when it is a regular file whose real path (every symlink followed) lies
 * inside the real renderer folder; null otherwise. The path check in resolveAppPath is about the
 * URL; this one is about the disk, so a symlink in the folder cannot lead out of it.
 */
async function regularFileInside(root: string, file: string): Promise<string | null> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
  if (!realFile.startsWith(realRoot + path.sep)) return null;
  return (await stat(realFile)).isFile() ? realFile : null;
}

export async function serveAppRequest(rendererRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
  const file = resolveAppPath(rendererRoot, request.url);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const real = await regularFileInside(rendererRoot, file);
    if (!real) return new Response('Not found', { status: 404 });
    const body = await readFile(real);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': mimeType(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
