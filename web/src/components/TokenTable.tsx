// API tokens: name, scopes, expiry, last use and state; a "revoke" button on
// each usable one, asking for confirmation in place first.
import type { Token } from '../api/identityTypes';
import { formatDateTime } from '../format/dateTime';
import { useI18n } from '../i18n/useI18n';
import { currentRegion } from '../state/region';
import { useStore } from '../state/store';

interface Props {
  tokens: Token[];
  showOwner: boolean;
  confirming: number | null; // the token whose revocation awaits confirmation
  busy: boolean;
  onAskRevoke: (token: Token | null) => void;
  onRevoke: (token: Token) => void;
}

export type TokenState = 'active' | 'revoked' | 'expired';

export function tokenState(token: Token, now = Date.now()): TokenState {
  if (token.revoked_at) return 'revoked';
  if (Date.parse(token.expires_at) <= now) return 'expired';
  return 'active';
}

export function TokenTable({ tokens, showOwner, confirming, busy, onAskRevoke, onRevoke }: Props) {
  const { t, lang } = useI18n();
  const zone = useStore(currentRegion)?.time_zone;
  if (tokens.length === 0) {
    return (
      <p class="body" data-testid="tokens-empty">
        {t('tokens.empty')}
      </p>
    );
  }
  const scopeLabel = (scope: string) => (scope === 'read' ? t('tokens.scope.read') : scope === 'write' ? t('tokens.scope.write') : scope);
  return (
    <table class="table table--stacked" data-testid="tokens-table">
      <caption class="visually-hidden">{t('tokens.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tokens.name')}</th>
          {showOwner && <th scope="col">{t('tokens.owner')}</th>}
          <th scope="col">{t('tokens.scopes')}</th>
          <th scope="col">{t('tokens.expires')}</th>
          <th scope="col">{t('tokens.lastUsed')}</th>
          <th scope="col">{t('tokens.state')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('tokens.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => {
          const state = tokenState(token);
          return (
            <tr key={token.id} data-testid="token-row" data-token-name={token.name} data-state={state}>
              <th scope="row" data-label={t('tokens.name')} data-testid="token-row-name">
                {token.name}
              </th>
              {showOwner && <td data-label={t('tokens.owner')}>{token.owner.username}</td>}
              <td data-label={t('tokens.scopes')} data-testid="token-scopes">
                {token.scopes.map(scopeLabel).join(', ')}
              </td>
              <td data-label={t('tokens.expires')}>{formatDateTime(token.expires_at, lang, zone)}</td>
              <td data-label={t('tokens.lastUsed')}>
                {token.last_used_at ? formatDateTime(token.last_used_at, lang, zone) : t('tokens.neverUsed')}
              </td>
              <td data-label={t('tokens.state')} data-testid="token-state">
                {state === 'revoked' && (
                  <strong class="tag tag--red">
                    {t('tokens.state.revoked', { when: formatDateTime(token.revoked_at ?? '', lang, zone) })}
                  </strong>
                )}
                {state === 'expired' && <strong class="tag tag--grey">{t('tokens.state.expired')}</strong>}
                {state === 'active' && <strong class="tag tag--green">{t('tokens.state.active')}</strong>}
              </td>
              <td data-label={t('tokens.actions')}>
                {state === 'active' && confirming !== token.id && (
                  <button
                    type="button"
                    class="link-button link-button--danger"
                    onClick={() => onAskRevoke(token)}
                    data-testid="token-revoke"
                  >
                    {t('tokens.revoke')}
                    <span class="visually-hidden"> {token.name}</span>
                  </button>
                )}
                {state === 'active' && confirming === token.id && (
                  <div class="confirm" role="group" aria-label={t('tokens.revokeQuestion', { name: token.name })} data-testid="token-revoke-confirm">
                    <p class="body">
                      <strong>{t('tokens.revokeQuestion', { name: token.name })}</strong>
                    </p>
                    <p class="body">{t('tokens.revokeWarning')}</p>
                    <div class="button-group">
                      <button
                        type="button"
                        class="button button--warning"
                        disabled={busy}
                        onClick={() => onRevoke(token)}
                        data-testid="token-revoke-yes"
                      >
                        {t('tokens.revokeYes')}
                      </button>
                      <button type="button" class="link-button" onClick={() => onAskRevoke(null)} data-testid="token-revoke-no">
                        {t('common.cancel')}
                      </button>
                    </div>
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
