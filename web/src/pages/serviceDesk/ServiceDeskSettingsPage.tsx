// /tiket/pengaturan (the ICT office): the service desk's settings — business hours
// per weekday and public holidays (the SLA clock runs only inside business hours,
// never on holidays), the SLA targets per kind and priority, and the outbox of
// notifications with the failed ones to send again.
import { useState } from 'preact/hooks';
import { getCalendar } from '../../api/serviceDesk';
import { LoadView } from '../../components/LoadView';
import { SavedNotice } from '../../components/SavedNotice';
import { BusinessHoursForm } from '../../components/serviceDeskReports/BusinessHoursForm';
import { HolidaysSection } from '../../components/serviceDeskReports/HolidaysSection';
import { NotificationOutbox } from '../../components/serviceDeskReports/NotificationOutbox';
import { SlaTargetsSection } from '../../components/serviceDeskReports/SlaTargetsSection';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function ServiceDeskSettingsPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('sdSettings.pageTitle'));
  const zone = useRegionDetail()?.time_zone;
  const calendar = useLoad((signal) => getCalendar({ signal }));
  const [hoursSaved, setHoursSaved] = useState(0);
  return (
    <>
      <p class="back">
        <a class="link" href="/tiket" data-testid="sd-back-to-desk">
          {t('sdReports.backToDesk')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('nav.serviceDesk')}</span>
        <span data-testid="sd-settings-heading">{t('sdSettings.pageTitle')}</span>
      </h1>
      <p class="lead">{t('sdSettings.intro')}</p>
      {hoursSaved > 0 && <SavedNotice key={hoursSaved} testId="sd-hours-saved" text={t('sdSettings.hoursSaved')} />}
      <LoadView loaded={calendar}>
        {(data, etag) => (
          <>
            <BusinessHoursForm
              calendar={data}
              etag={etag ?? `"${data.version}"`}
              onSaved={(saved, savedEtag) => {
                calendar.replace(saved, savedEtag);
                setHoursSaved((n) => n + 1);
              }}
            />
            <HolidaysSection holidays={data.holidays} zone={data.time_zone} onChanged={calendar.reload} />
          </>
        )}
      </LoadView>
      <SlaTargetsSection mayEdit />
      <NotificationOutbox zone={zone} />
    </>
  );
}
