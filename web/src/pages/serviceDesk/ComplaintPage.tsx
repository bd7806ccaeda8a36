// /pengaduan (anyone, no account): the public complaint channel of the region
// (Kendari Pasal 21 ayat (6), Madiun Pasal 23 ayat (4) huruf h). A citizen names
// the service or agency, says what happened and, if they wish, how to reach them;
// afterwards the tracking code is shown once, with a link to follow the complaint.
import { useState } from 'preact/hooks';
import { getComplaintOptions, TRACK_PAGE_PATH } from '../../api/complaints';
import type { FiledComplaint } from '../../api/complaintTypes';
import { LoadView } from '../../components/LoadView';
import { ComplaintFiled } from '../../components/complaints/ComplaintFiled';
import { ComplaintForm } from '../../components/complaints/ComplaintForm';
import { useOpenDataRegion } from '../../components/datasets/useOpenDataRegion';
import { SelectField } from '../../components/form/SelectField';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function ComplaintPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('complaint.pageTitle'));
  const { region, choices, choose, failed } = useOpenDataRegion();
  // Held in memory only: the code is shown once and never stored in the browser.
  const [filed, setFiled] = useState<FiledComplaint | null>(null);

  if (filed) return <ComplaintFiled filed={filed} zone={region?.time_zone} onAnother={() => setFiled(null)} />;

  return (
    <>
      <h1 class="heading-xl">
        {region && <span class="caption">{region.name}</span>}
        <span data-testid="complaint-heading">{t('complaint.pageTitle')}</span>
      </h1>
      <p class="lead">{t('complaint.intro')}</p>
      <p class="body" data-testid="complaint-have-code">
        {t('complaint.haveCode')}{' '}
        <a class="link" href={TRACK_PAGE_PATH} data-testid="complaint-track-link">
          {t('complaint.haveCodeLink')}
        </a>
      </p>
      {region ? (
        <ComplaintOptionsForm key={region.id} regionId={region.id} onFiled={setFiled} />
      ) : choices.length > 1 ? (
        <SelectField
          id="cp-region"
          label={t('complaint.chooseRegion')}
          value=""
          onChange={choose}
          options={[{ value: '', label: t('complaint.chooseRegionPrompt') }, ...choices.map((r) => ({ value: r.id, label: r.name }))]}
        />
      ) : (
        <p class="body" role="status" data-testid={failed ? 'cp-no-region' : 'loading'}>
          {failed ? t('complaint.noRegion') : t('common.loading')}
        </p>
      )}
    </>
  );
}

// The form, once the services and agencies of the region are there.
function ComplaintOptionsForm({ regionId, onFiled }: { regionId: string; onFiled: (filed: FiledComplaint) => void }) {
  const options = useLoad((signal) => getComplaintOptions(regionId, { signal }), regionId);
  return <LoadView loaded={options}>{(data) => <ComplaintForm regionId={regionId} options={data} onFiled={onFiled} />}</LoadView>;
}
