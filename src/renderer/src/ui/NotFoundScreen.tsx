// An address Attune has no screen for (a mistyped link, an old bookmark): a kind word and ways
// back, never a blank window. A route that differs only in capitals is offered as it was meant.
import type { MessageId } from '../../../shared/i18n/translator';
import { parseRoute, ROUTE_TITLES } from '../../../shared/routes';
import { api } from '../app/bridge';
import { useT } from '../app/i18n';
import { richText } from './rich';
import { ScreenFrame } from './ScreenFrame';

const WAYS_BACK: readonly { route: string; label: MessageId }[] = [
  { route: '#/practice', label: 'common.waysBack.pause' },
  { route: '#/read', label: 'common.waysBack.readArticle' },
  { route: '#/settings', label: 'common.waysBack.settings' },
];

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
  const { t } = useT();
  const meant = meantRoute(hash);
  const meantName = meant ? parseRoute(meant)?.name : undefined;
  return (
    <ScreenFrame title={t('common.notFound.title')}>
      <div className="not-found" data-testid="not-found">
        <p>
          {hash
            ? richText(t, 'common.notFound.bodyWithAddress', {
                // The address as typed, left to right even in a right-to-left sentence.
                address: (
                  <code dir="ltr" translate="no">
                    {hash}
                  </code>
                ),
              })
            : t('common.notFound.body')}
        </p>
        {meant && meantName ? (
          <p>
            {richText(t, 'common.notFound.meant', {
              link: (
                <button type="button" className="link-button" onClick={() => open(meant)}>
                  {t(ROUTE_TITLES[meantName])}
                </button>
              ),
            })}
          </p>
        ) : null}
        <ul className="ways-back">
          {WAYS_BACK.map((w) => (
            <li key={w.route}>
              <button type="button" className="link-button" onClick={() => open(w.route)}>
                {t(w.label)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </ScreenFrame>
  );
}
