// Puts the app's Content-Security-Policy into index.html. The dev server's hot reload needs an
// inline preamble and a websocket, so only `serve` relaxes it; every build gets the strict one.
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp.ts';

/** `buildPolicy` is what builds get (the Electron build passes APP_CONTENT_SECURITY_POLICY). */
export function cspPlugin(buildPolicy: string = CONTENT_SECURITY_POLICY): Plugin {
  let serving = false;
  return {
    name: 'attune-csp',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const policy = serving
        ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
            .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*")
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        : buildPolicy;
      return html.replace('%ATTUNE_CSP%', policy);
    },
  };
}
