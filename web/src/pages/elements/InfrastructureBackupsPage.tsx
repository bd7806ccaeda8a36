// /elemen/infrastruktur/cadangan (everyone but citizens): per agency the latest
// backup and the latest that succeeded (what the ICT office supervises, Madiun Pasal
// 16 ayat (2)), the form to report one (the superadmin for any agency, an operator
// for their own) and the reports, newest first.
import { useState } from 'preact/hooks';
import { getLatestBackups, listBackups } from '../../api/infrastructure';
import { LoadView } from '../../components/LoadView';
import { OpenFormButton } from '../../components/OpenFormButton';
import { PagedListView } from '../../components/PagedListView';
import { SavedNotice } from '../../components/SavedNotice';
import { SelectField } from '../../components/form/SelectField';
import { BackupForm } from '../../components/infrastructure/BackupForm';
import { BackupLatestTable } from '../../components/infrastructure/BackupLatestTable';
import { InfraHeading, ReadOnlyNote } from '../../components/infrastructure/InfraSections';
import { useInfraAccess } from '../../components/infrastructure/useInfraAccess';
import { formatDay } from '../../format/dateTime';
import { backupKindLabel, backupResultColour, backupResultLabel } from '../../format/infrastructure';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function InfrastructureBackupsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  usePageTitle(t('infra.backups'));
  const access = useInfraAccess();
  const { agencies } = useAgencies();
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState(false);
  const [agencyId, setAgencyId] = useState('');
  const [changes, setChanges] = useState(0);
  const latest = useLoad((signal) => getLatestBackups({ signal }), String(changes));
  const list = usePagedList((cursor, signal) => listBackups(agencyId, cursor, { signal }), `${agencyId}.${changes}`);
  const mayCreate = access.superadmin || access.operator;

  return (
    <>
      <InfraHeading title="infra.backups" intro="infra.backupsIntro" testId="infra-backups-heading" />
      {saved && <SavedNotice testId="infra-backup-saved" text={t('infra.backupSaved')} />}
      {mayCreate ? (
        creating ? (
          <BackupForm
            agencies={agencies}
            ownAgencyId={access.superadmin ? null : access.ownAgencyId}
            onSaved={() => {
              setCreating(false);
              setSaved(true);
              setChanges((n) => n + 1);
            }}
            onClose={() => setCreating(false)}
          />
        ) : (
          <OpenFormButton
            label={t('infra.backupCreate')}
            testId="infra-backup-create"
            onClick={() => {
              setSaved(false);
              setCreating(true);
            }}
          />
        )
      ) : (
        <ReadOnlyNote text={t('infra.readOnly')} />
      )}

      <section class="section" aria-labelledby="infra-backup-latest-title">
        <h2 class="heading-l" id="infra-backup-latest-title">
          {t('infra.backupLatestTitle')}
        </h2>
        <LoadView loaded={latest}>{(l) => <BackupLatestTable latest={l} onlyReported />}</LoadView>
      </section>

      <section class="section" aria-labelledby="infra-backup-list-title">
        <h2 class="heading-l" id="infra-backup-list-title">
          {t('infra.backupListTitle')}
        </h2>
        <div class="filter">
          <SelectField
            id="infra-backup-filter-agency"
            label={t('infra.agency')}
            value={agencyId}
            onChange={setAgencyId}
            options={[{ value: '', label: t('infra.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
        </div>
        <PagedListView list={list}>
          {(backups) =>
            backups.length === 0 ? (
              <p class="body" data-testid="infra-backup-empty">
                {t('infra.backupNone')}
              </p>
            ) : (
              <table class="table table--stacked table--compact" data-testid="infra-backup-table">
                <caption class="visually-hidden">{t('infra.backupListTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('infra.backupDate')}</th>
                    <th scope="col">{t('infra.agency')}</th>
                    <th scope="col">{t('infra.backupSubject')}</th>
                    <th scope="col">{t('infra.backupKind')}</th>
                    <th scope="col">{t('infra.backupFacility')}</th>
                    <th scope="col">{t('infra.backupResult')}</th>
                  </tr>
                </thead>
                <tbody>
                  {backups.map((b) => (
                    <tr key={b.id} data-testid="infra-backup-row" data-backup-id={b.id}>
                      <th scope="row" data-label={t('infra.backupDate')}>
                        {formatDay(b.done_on, lang)}
                      </th>
                      <td data-label={t('infra.agency')}>
                        <abbr title={b.agency_name}>{b.agency_short_name}</abbr>
                      </td>
                      <td data-label={t('infra.backupSubject')} class="infra-text">
                        {[b.host_name, b.subject].filter(Boolean).join(' · ') || '—'}
                        {b.note && <span class="cell-note secondary">{b.note}</span>}
                      </td>
                      <td data-label={t('infra.backupKind')}>{backupKindLabel(b.kind, i18n)}</td>
                      <td data-label={t('infra.backupFacility')}>{[b.facility?.name, b.location_note].filter(Boolean).join(' · ') || '—'}</td>
                      <td data-label={t('infra.backupResult')}>
                        <strong class={`tag tag--${backupResultColour(b.result)}`}>{backupResultLabel(b.result, i18n)}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </PagedListView>
      </section>
    </>
  );
}
