// An address Attune has no screen for (a mistyped link, an old bookmark): a kind word and ways
// back, never a blank window. A route that differs only in capitals is offered as it was meant.
import { parseRoute, ROUTE_TITLES } from '../../../shared/routes';
import { api } from '../app/bridge';
import { ScreenFrame } from './ScreenFrame';

const WAYS_BACK = [
  { route: '#/practice', label: 'Take a pause' },
  { route: '#/read', label: 'Read the article' },
  { route: '#/settings', label: 'Open Settings' },
] as const;

/** The route the person most likely meant, if the address is one of ours in other capitals. */
export function meantRoute(hash: string): string | null {
  const lower = hash.toLowerCase();
  return lower !== hash && parseRoute(lower) ? lower : null;
}

function open(route: string) {
  // Through main, so each way back opens in the window made for it.
  void api().invoke('window:open', { route });
}

export function NotFoundScreen({ hash }: { hash: string }) {
  const meant = meantRoute(hash);
  const meantName = meant ? parseRoute(meant)?.name : undefined;
  return (
    <ScreenFrame title="Nothing to show here">
      <div className="not-found" data-testid="not-found">
        <p>
          Attune has no page at this address
          {hash ? (
            <>
              {' '}
              (<code>{hash}</code>)
            </>
          ) : null}
          . Nothing is wrong with your settings or your pauses.
        </p>
        {meant && meantName ? (
          <p>
            Perhaps you meant{' '}
            <button type="button" className="link-button" onClick={() => open(meant)}>
              {ROUTE_TITLES[meantName]}
            </button>
            .
          </p>
        ) : null}
        <ul className="ways-back">
          {WAYS_BACK.map((w) => (
            <li key={w.route}>
              <button type="button" className="link-button" onClick={() => open(w.route)}>
                {w.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </ScreenFrame>
  );
}
