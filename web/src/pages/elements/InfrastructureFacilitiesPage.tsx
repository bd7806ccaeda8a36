// /elemen/infrastruktur/fasilitas (everyone but citizens): the region's data center
// and recovery center (Madiun Pasal 14-15), one card each with its location,
// operator, tier and notes; the superadmin (the ICT office) registers and changes
// them.
import { useState } from 'preact/hooks';
import { listFacilities } from '../../api/infrastructure';
import type { Facility } from '../../api/infrastructureTypes';
import { LoadView } from '../../components/LoadView';
import { OpenFormButton } from '../../components/OpenFormButton';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList } from '../../components/SummaryList';
import { FacilityCreateForm, FacilityEditForm } from '../../components/infrastructure/FacilityForms';
import { InfraHeading, ReadOnlyNote } from '../../components/infrastructure/InfraSections';
import { useInfraAccess } from '../../components/infrastructure/useInfraAccess';
import { facilityKindLabel } from '../../format/infrastructure';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function InfrastructureFacilitiesPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('infra.facilities'));
  const access = useInfraAccess();
  const { agencies } = useAgencies();
  const loaded = useLoad((signal) => listFacilities({ signal }));
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const done = (_f: Facility) => {
    setCreating(false);
    setEditing(null);
    setSaved(true);
    loaded.reload();
  };

  return (
    <>
      <InfraHeading title="infra.facilities" intro="infra.facilitiesIntro" testId="infra-facilities-heading" />
      {saved && <SavedNotice testId="infra-facility-saved" text={t('infra.saved')} />}
      {access.superadmin ? (
        creating ? (
          <FacilityCreateForm agencies={agencies} onSaved={done} onClose={() => setCreating(false)} />
        ) : (
          <OpenFormButton
            label={t('infra.facilityCreate')}
            testId="infra-facility-create"
            onClick={() => {
              setSaved(false);
              setCreating(true);
            }}
          />
        )
      ) : (
        <ReadOnlyNote text={t('infra.ictOfficeOnly')} />
      )}
      <LoadView loaded={loaded}>
        {({ items }) =>
          items.length === 0 ? (
            <p class="body" data-testid="infra-facility-empty">
              {t('infra.facilityNone')}
            </p>
          ) : (
            <ul class="infra-cards">
              {items.map((f) => (
                <li key={f.id} class="section" data-testid="infra-facility" data-facility-id={f.id}>
                  <h2 class="heading-m">
                    <span class="caption">{facilityKindLabel(f.kind, i18n)}</span>
                    <span data-testid="infra-facility-name">{f.name}</span>
                  </h2>
                  <SummaryList
                    rows={[
                      { key: 'location', label: t('infra.facilityLocation'), value: f.location || '—' },
                      { key: 'operator', label: t('infra.facilityOperator'), value: f.operator_agency_short_name ?? '—' },
                      { key: 'tier', label: t('infra.facilityTier'), value: f.tier || '—' },
                      { key: 'notes', label: t('infra.facilityNotes'), value: <span class="infra-text">{f.notes || '—'}</span> },
                    ]}
                  />
                  {access.superadmin &&
                    (editing === f.id ? (
                      <FacilityEditForm facility={f} agencies={agencies} onSaved={done} onClose={() => setEditing(null)} />
                    ) : (
                      <OpenFormButton
                        label={t('infra.facilityEdit')}
                        testId="infra-facility-edit-open"
                        onClick={() => {
                          setSaved(false);
                          setEditing(f.id);
                        }}
                      />
                    ))}
                </li>
              ))}
            </ul>
          )
        }
      </LoadView>
      <p class="body">
        <a class="link" href="/elemen/infrastruktur/server" data-testid="infra-facility-hosts">
          {t('infra.facilityHostsLink')}
        </a>
      </p>
    </>
  );
}
