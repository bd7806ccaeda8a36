// /token (everyone but citizens): create an API token (its secret shown once)
// and see and revoke tokens: one's own, or every token in the region for a
// superadmin.
import { useState } from 'preact/hooks';
import type { ApiError } from '../api/client';
import type { NewToken, Token } from '../api/identityTypes';
import { listTokens, revokeToken } from '../api/tokens';
import { ErrorSummary } from '../components/ErrorSummary';
import { Notice } from '../components/Notice';
import { OneTimeSecret } from '../components/OneTimeSecret';
import { PagedListView } from '../components/PagedListView';
import { TokenCreateForm } from '../components/TokenCreateForm';
import { TokenTable } from '../components/TokenTable';
import { usePagedList } from '../hooks/usePagedList';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/useI18n';
import { session, signInCount } from '../state/session';
import { useStore } from '../state/store';
import { useErrorItems } from '../hooks/useErrorItems';

export function TokensPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('tokens.title'));
  const now = useStore(session);
  const signIns = useStore(signInCount);
  const isSuperadmin = now.phase === 'signedIn' && now.user.role === 'superadmin';
  const list = usePagedList((cursor, signal) => listTokens(cursor, { signal }), `tokens|${signIns}`);
  const [created, setCreated] = useState<NewToken | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<ApiError | null>(null);
  const revokeErrorItems = useErrorItems(revokeError);

  const onCreated = (token: NewToken) => {
    setRevoked(null);
    setCreated(token);
    list.reload();
  };

  const revoke = async (token: Token) => {
    setBusy(true);
    setRevokeError(null);
    const answer = await revokeToken(token.id);
    setBusy(false);
    if (!answer.ok) {
      setRevokeError(answer.error);
      return;
    }
    setConfirming(null);
    setRevoked(token.name);
    list.reload();
  };

  return (
    <>
      <h1 class="heading-xl">{t('tokens.title')}</h1>
      <p class="lead">{t('tokens.intro')}</p>
      {created && (
        <OneTimeSecret
          title={t('tokens.createdTitle', { name: created.name })}
          secret={created.token}
          warning={t('tokens.createdWarning')}
          testId="new-token"
        />
      )}
      {revoked && (
        <Notice kind="success" testId="token-revoked" focus>
          <p class="notice__heading">{t('tokens.revoked', { name: revoked })}</p>
        </Notice>
      )}

      <h2 class="heading-l">{t(isSuperadmin ? 'tokens.listTitleAll' : 'tokens.listTitle')}</h2>
      <ErrorSummary items={revokeErrorItems} testId="token-revoke-error" />
      <PagedListView list={list}>
        {(tokens) => (
          <TokenTable
            tokens={tokens}
            showOwner={isSuperadmin}
            confirming={confirming}
            busy={busy}
            onAskRevoke={(token) => {
              setRevokeError(null);
              setConfirming(token ? token.id : null);
            }}
            onRevoke={revoke}
          />
        )}
      </PagedListView>

      <h2 class="heading-l">{t('tokens.createTitle')}</h2>
      <TokenCreateForm onCreated={onCreated} />
    </>
  );
}
