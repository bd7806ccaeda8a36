// /keamanan/kebijakan/{id} (everyone but citizens): one security policy (Madiun
// Pasal 12): its kind, the revision in force with its text and file, a draft of
// the next revision when there is one, and which agencies acknowledged it. The
// ICT office changes and publishes it (If-Match: 412 keeps what was typed); an
// agency operator acknowledges it for their own agency.
import { useState } from 'preact/hooks';
import { getPolicy, policyPath, publishPolicy } from '../../api/security';
import { RecordHistory } from '../../components/RecordHistory';
import type { Policy } from '../../api/securityTypes';
import { ConflictBox } from '../../components/ConflictBox';
import { ErrorSummary } from '../../components/ErrorSummary';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList } from '../../components/SummaryList';
import { AcknowledgementSection } from '../../components/security/AcknowledgementSection';
import { PolicyEditForm } from '../../components/security/PolicyForm';
import { policyKindHint, policyKindLabel, policyStatusColour, policyStatusLabel } from '../../components/security/labels';
import { useSecurityAccess } from '../../components/security/useSecurityAccess';
import { formatDateTime } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function PolicyPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getPolicy}
      titleOf={(p) => p.title}
      loadingTitle={t('security.policy')}
      back={{ href: '/keamanan#sec-policies-title', label: t('security.back'), testId: 'sec-back' }}
      view={PolicyView}
    />
  );
}

function PolicyView({ record: policy, etag, onChanged, reload }: RecordViewProps<Policy>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useSecurityAccess();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const publishing = useSendForm({});
  const published = policy.published;
  const hasDraft = policy.status === 'draft';

  const publish = publishing.send({
    request: () => publishPolicy(policy.id, etag),
    onSent: (next, nextEtag) => {
      onChanged(next, nextEtag ?? `"${next.version}"`);
      setDone('security.policyPublished');
    },
  });

  const fileLink = (file: { sha256: string; name: string } | null, testId: string) =>
    file ? (
      <a class="link" href={`/api/v1/files/${file.sha256}`} download={file.name} data-testid={testId}>
        {file.name}
      </a>
    ) : (
      <span class="secondary" data-testid={testId}>
        {t('security.noFile')}
      </span>
    );

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('security.policy')}</span>
        <span class="sec-text" data-testid="sec-policy-title">
          {published && !hasDraft ? published.title : policy.title}
        </span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${policyStatusColour(policy.status)}`} data-testid="sec-policy-state">
          {policyStatusLabel(policy.status, i18n)}
        </strong>
      </p>
      {done && <SavedNotice testId="sec-policy-done" text={t(done)} />}
      <SummaryList
        testId="sec-policy-summary"
        rows={[
          {
            key: 'kind',
            label: t('security.policyKind'),
            value: (
              <span data-testid="sec-policy-kind">
                {policyKindLabel(policy.kind, i18n)}
                <span class="cell-note secondary">{policyKindHint(policy.kind, i18n)}</span>
              </span>
            ),
          },
          {
            key: 'revision',
            label: t('security.revision'),
            value: (
              <span data-testid="sec-policy-revision">
                {published
                  ? t('security.revisionPublished', { n: published.revision, at: formatDateTime(published.published_at, lang, zone), user: published.published_by?.display_name ?? '—' })
                  : t('security.notPublishedYet')}
              </span>
            ),
          },
          { key: 'coverage', label: t('security.acknowledgements'), value: published ? t('security.coverage', { n: policy.acknowledged, m: policy.agencies }) : '—' },
          { key: 'updated', label: t('security.updatedAt'), value: t('security.versionAt', { version: policy.version, at: formatDateTime(policy.updated_at, lang, zone) }) },
        ]}
      />

      {published && (
        <section class="section" aria-labelledby="sec-policy-text-title">
          <h2 class="heading-l" id="sec-policy-text-title">
            {t('security.policyTextInForce', { n: published.revision })}
          </h2>
          <div class="sec-policy-text sec-text" data-testid="sec-policy-body">
            {published.body}
          </div>
          <p class="body">
            <strong>{t('security.policyFile')}:</strong>{' '}
            {fileLink(published.file_sha256 ? { sha256: published.file_sha256, name: published.file_sha256 === policy.file?.sha256 ? policy.file.name : t('security.policyFileDownload') } : null, 'sec-policy-file')}
          </p>
        </section>
      )}

      {hasDraft && (access.manage || !published) && (
        <section class="section" aria-labelledby="sec-policy-draft-title" data-testid="sec-policy-draft">
          <h2 class="heading-l" id="sec-policy-draft-title">
            {published ? t('security.policyDraftNext', { n: published.revision + 1 }) : t('security.policyDraft')}
          </h2>
          {published && policy.title !== published.title && <p class="body"><strong>{policy.title}</strong></p>}
          <div class="sec-policy-text sec-text" data-testid="sec-policy-draft-body">
            {policy.body}
          </div>
          <p class="body">
            <strong>{t('security.policyFile')}:</strong> {fileLink(policy.file, 'sec-policy-draft-file')}
          </p>
        </section>
      )}

      {access.manage && !editing && (
        <div class="panel" data-testid="sec-policy-manage">
          {publishing.conflict && <ConflictBox onReload={reload} testId="sec-publish-conflict" />}
          <ErrorSummary items={publishing.errors.summary} focusKey={publishing.focusKey} testId="sec-publish-error" />
          {hasDraft && (
            <>
              <p class="body">{published ? t('security.publishIntroNext', { n: published.revision + 1 }) : t('security.publishIntro')}</p>
              <p class="body">
                <button type="button" class="button" disabled={publishing.sending} onClick={() => void publish()} data-testid="sec-policy-publish">
                  {t('security.publish', { n: policy.revision + 1 })}
                </button>
              </p>
            </>
          )}
          <OpenFormButton
            label={published ? t('security.policyRevise') : t('security.policyEdit')}
            testId="sec-policy-edit"
            onClick={() => {
              setDone(null);
              setEditing(true);
            }}
          />
        </div>
      )}
      {access.manage && editing && (
        <PolicyEditForm
          policy={policy}
          etag={etag}
          onSaved={(next, nextEtag) => {
            onChanged(next, nextEtag ?? `"${next.version}"`);
            setEditing(false);
            setDone('security.policySaved');
          }}
          onClose={() => setEditing(false)}
        />
      )}

      <AcknowledgementSection
        policy={policy}
        access={access}
        onChanged={reload}
      />
      <RecordHistory recordPath={policyPath(policy.id)} version={policy.version} zone={zone} />
    </>
  );
}
