// After filing: the complaint's number and its tracking code, large, with a copy
// button and a link to follow it. The server keeps only a fingerprint of the code,
// so it is shown this once: the citizen is told to write it down.
import { trackPagePath } from '../../api/complaints';
import type { FiledComplaint } from '../../api/complaintTypes';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { OneTimeSecret } from '../OneTimeSecret';

export function ComplaintFiled({ filed, zone, onAnother }: { filed: FiledComplaint; zone: string | undefined; onAnother: () => void }) {
  const { t, lang } = useI18n();
  return (
    <section class="section" aria-labelledby="cp-filed-title" data-testid="complaint-filed">
      <h1 class="heading-xl" id="cp-filed-title">
        {t('complaint.filedTitle')}
      </h1>
      <p class="lead" data-testid="cp-filed-number">
        {t('complaint.filedNumber', { number: filed.number, at: formatDateTime(filed.opened_at, lang, zone) })}
      </p>
      <div class="complaint-code">
        <OneTimeSecret title={t('complaint.codeTitle')} secret={filed.tracking_code} warning={t('complaint.codeWarning')} testId="cp-tracking-code" />
      </div>
      <p class="body">{t('complaint.codeUse')}</p>
      <p class="body">
        <a class="button button--link" href={trackPagePath(filed.tracking_code)} data-testid="cp-follow">
          {t('complaint.follow')}
        </a>
      </p>
      <p class="body">
        <button type="button" class="link-button" onClick={onAnother} data-testid="cp-another">
          {t('complaint.another')}
        </button>
      </p>
    </section>
  );
}
