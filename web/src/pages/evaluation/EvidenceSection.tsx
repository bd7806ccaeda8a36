// The evidence (data dukung) of one indicator: each piece as a file to download, a record of
// Simpul to open or a web address, with its agency and who added it; "Tambah data dukung" for an
// assessor (any agency) or an agency operator (their own), and removal (kept on the server as
// removed) for whoever may act for that agency. Test ids: ei-evidence-links, ei-evidence-link,
// ei-evidence-link-add, ei-evidence-form…, ei-evidence-remove.
import { useState } from 'preact/hooks';
import { listEvidence, removeEvidence } from '../../api/evaluationIndicator';
import type { Evidence } from '../../api/evaluationIndicatorTypes';
import { LinkList } from '../../components/LinkList';
import { LoadView } from '../../components/LoadView';
import { RemoveWithConfirm, useConfirmRemove } from '../../components/RemoveWithConfirm';
import { formatDateTime } from '../../format/dateTime';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import { EvidenceForm } from './EvidenceForm';
import { recordKindLabel, useRecordKinds } from './EvidenceWords';
import { mayActForAgency, type IndicatorRights } from './IndicatorPageWords';

interface Props {
  campaignId: number;
  no: number;
  rights: IndicatorRights;
}

export function EvidenceSection({ campaignId, no, rights }: Props) {
  const loaded = useLoad((signal) => listEvidence(campaignId, no, { signal }), `${campaignId}/${no}`);
  return <LoadView loaded={loaded}>{(items) => <EvidenceLinks campaignId={campaignId} no={no} rights={rights} items={items} reload={loaded.reload} />}</LoadView>;
}

function EvidenceLinks({ campaignId, no, rights, items, reload }: Props & { items: Evidence[]; reload: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { agencies } = useAgencies();
  const [done, setDone] = useState<string | null>(null);
  const removal = useConfirmRemove<Evidence>(
    (e) => removeEvidence(e.id),
    () => {
      setDone(t('evalInd.evidenceRemoved'));
      reload();
    },
  );
  const assessor = rights.teamRole !== null;
  const own = agencies.find((a) => a.id === rights.ownAgencyId) ?? null;
  return (
    <LinkList
      prefix="ei-evidence"
      title={t('evalInd.evidenceTitleSection')}
      intro={t('evalInd.evidenceIntro')}
      count={items.length}
      emptyText={t('evalInd.evidenceNone')}
      done={done}
      removal={removal}
      mayAdd={rights.mayAddEvidence}
      addLabel={t('evalInd.evidenceAdd')}
      onOpen={() => setDone(null)}
      form={(close) => (
        <EvidenceForm
          prefix="ei-evidence-form"
          campaignId={campaignId}
          no={no}
          agencies={assessor ? agencies : null}
          fixedAgency={assessor ? null : own}
          onAdded={() => {
            close();
            setDone(t('evalInd.evidenceAdded'));
            reload();
          }}
          onCancel={close}
        />
      )}
    >
      {items.map((e) => (
        <li key={e.id} class="ei-evidence" data-testid="ei-evidence-link" data-kind={e.kind} data-agency-id={e.agency?.id ?? ''}>
          <EvidenceLine evidence={e} />
          {mayActForAgency(rights, e.agency?.id ?? null) && (
            <RemoveWithConfirm
              state={removal}
              item={e}
              testId="ei-evidence-remove"
              label={t('evalInd.evidenceRemove')}
              hiddenName={e.title}
              question={t('evalInd.evidenceRemoveQuestion', { title: e.title })}
              yesLabel={t('evalInd.evidenceRemoveYes')}
            />
          )}
        </li>
      ))}
    </LinkList>
  );
}

// One piece of evidence: what it is (a link to open it), then whose it is and who added it.
export function EvidenceLine({ evidence: e }: { evidence: Evidence }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const recordKinds = useRecordKinds();
  const href = e.file?.href ?? e.record?.href ?? e.url ?? null;
  const what = e.kind === 'file' ? t('evalInd.evidenceKind.file') : e.kind === 'record' && e.record ? recordKindLabel(recordKinds, e.record.kind, lang) : t('evalInd.evidenceKind.url');
  return (
    <>
      <p class="body ei-evidence__title">
        {href ? (
          <a class="link" href={href} {...(e.kind === 'file' ? { download: e.file?.name ?? '' } : e.kind === 'url' ? { rel: 'noopener noreferrer', target: '_blank' } : {})} data-testid="ei-evidence-open">
            {e.title}
          </a>
        ) : (
          e.title
        )}{' '}
        <span class="tag tag--grey">{what}</span>
      </p>
      {e.record && e.record.title !== e.title && <p class="body secondary">{e.record.title}</p>}
      {e.note && <p class="body ei-prewrap">{e.note}</p>}
      <p class="body secondary ei-evidence__meta" data-testid="ei-evidence-meta">
        {e.agency ? <span data-testid="ei-evidence-agency">{e.agency.short_name}</span> : t('evalInd.noAgencyShort')}
        {' · '}
        {t('evalInd.addedBy', { who: e.added_by, when: formatDateTime(e.added_at, lang, zone) })}
      </p>
    </>
  );
}
