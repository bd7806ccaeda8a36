// /lacak (anyone, no account): a citizen follows their complaint with its tracking
// code (typed, or from ?kode=… in the address): its number and status in plain
// words, the agency, what happened so far (status changes, the staff's replies and
// their own), and a form to reply, above all when the staff wait for their answer.
// An unknown code gets a kind "not found"; too many look-ups say how long to wait.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client';
import { getPublicComplaint, normaliseTrackingCode, COMPLAINT_PAGE_PATH, trackPagePath } from '../../api/complaints';
import type { PublicComplaint } from '../../api/complaintTypes';
import { ErrorBox } from '../../components/ErrorBox';
import { Notice } from '../../components/Notice';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { ComplaintTimeline } from '../../components/complaints/ComplaintTimeline';
import { complaintStatusColour, complaintStatusLabel, tooManyText } from '../../components/complaints/complaintLabels';
import { ReplyForm } from '../../components/complaints/ReplyForm';
import { useOpenDataRegion } from '../../components/datasets/useOpenDataRegion';
import { TextField } from '../../components/form/TextField';
import { formatDateTime } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { navigate, route } from '../../state/route';
import { useStore } from '../../state/store';

const CODE_ID = 'track-code';

export function TrackComplaintPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('complaint.track.pageTitle'));
  const { search } = useStore(route);
  const code = normaliseTrackingCode(search.get('kode') ?? '');
  const [typed, setTyped] = useState(code);
  const [missing, setMissing] = useState(false);
  useEffect(() => setTyped(code), [code]);

  const look = (event: Event) => {
    event.preventDefault();
    const next = normaliseTrackingCode(typed);
    setMissing(!next);
    if (next) navigate(trackPagePath(next), { replace: true });
  };

  return (
    <>
      <h1 class="heading-xl" data-testid="track-heading">
        {t('complaint.track.pageTitle')}
      </h1>
      <p class="lead">{t('complaint.track.intro')}</p>
      <form class="form" onSubmit={look} noValidate role="search" aria-label={t('complaint.track.pageTitle')} data-testid="track-form">
        <TextField
          id={CODE_ID}
          label={t('complaint.track.code')}
          hint={t('complaint.track.codeHint')}
          value={typed}
          onInput={setTyped}
          error={missing ? t('complaint.error.codeMissing') : undefined}
          autoComplete="off"
          inputProps={{ maxLength: 40, autoCapitalize: 'characters' }}
        />
        <div class="button-group">
          <button type="submit" class="button" data-testid="track-submit">
            {t('complaint.track.submit')}
          </button>
        </div>
      </form>
      {code ? (
        <TrackedComplaint key={code} code={code} />
      ) : (
        <p class="body">
          {t('complaint.track.noCode')}{' '}
          <a class="link" href={COMPLAINT_PAGE_PATH} data-testid="track-file-link">
            {t('complaint.track.noCodeLink')}
          </a>
        </p>
      )}
    </>
  );
}

function TrackedComplaint({ code }: { code: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { region } = useOpenDataRegion();
  const zone = region?.time_zone;
  const [replied, setReplied] = useState(0);
  const loaded = useLoad((signal) => getPublicComplaint(code, { signal }), code);
  const { state } = loaded;

  if (state.phase === 'loading')
    return (
      <p class="body" role="status" data-testid="loading">
        {t('common.loading')}
      </p>
    );
  if (state.phase === 'error') return <LookupError error={state.error} onRetry={loaded.reload} />;

  const complaint: PublicComplaint = state.data;
  const waiting = complaint.status === 'waiting_reporter';
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, zone) : '—');
  const rows: SummaryRow[] = [
    { key: 'number', label: t('complaint.track.number'), value: <span data-testid="track-number">{complaint.number}</span> },
    {
      key: 'status',
      label: t('complaint.track.status'),
      value: (
        <strong class={`tag tag--${complaintStatusColour(complaint.status)}`} data-testid="track-status" data-status={complaint.status}>
          {complaintStatusLabel(complaint.status, i18n)}
        </strong>
      ),
    },
    { key: 'agency', label: t('complaint.track.agency'), value: <span data-testid="track-agency">{complaint.agency.name}</span> },
    ...(complaint.service ? [{ key: 'service', label: t('complaint.track.service'), value: <span data-testid="track-service">{complaint.service.name}</span> }] : []),
    { key: 'opened', label: t('complaint.track.openedAt'), value: when(complaint.opened_at) },
    ...(complaint.resolved_at ? [{ key: 'resolved', label: t('complaint.track.resolvedAt'), value: when(complaint.resolved_at) }] : []),
  ];

  return (
    <section class="section" aria-labelledby="track-title" data-testid="track-complaint">
      <h2 class="heading-l complaint-text" id="track-title" data-testid="track-title">
        {complaint.title}
      </h2>
      {replied > 0 && <SavedNotice key={replied} testId="track-replied" text={t('complaint.track.replied')} />}
      {waiting && (
        <Notice kind="info" title={t('complaint.track.waitingTitle')} testId="track-waiting">
          <p class="body">{t('complaint.track.waitingBody')}</p>
        </Notice>
      )}
      <SummaryList testId="track-summary" rows={rows} />
      <h3 class="heading-m">{t('complaint.track.description')}</h3>
      <p class="body complaint-text" data-testid="track-description">
        {complaint.description}
      </p>
      {complaint.resolution && (
        <Notice kind="success" title={t('complaint.track.resolution')} testId="track-resolution">
          <p class="body complaint-text" data-testid="track-resolution-text">
            {complaint.resolution}
          </p>
        </Notice>
      )}
      <h3 class="heading-m">{t('complaint.track.updates')}</h3>
      <ComplaintTimeline updates={complaint.updates} zone={zone} />
      {complaint.status !== 'closed' ? (
        <ReplyForm
          code={code}
          number={complaint.number}
          waiting={waiting}
          onSent={() => {
            setReplied((n) => n + 1);
            loaded.reload();
          }}
        />
      ) : (
        <p class="body secondary" data-testid="track-closed">
          {t('complaint.track.closedNote')}
        </p>
      )}
    </section>
  );
}

function LookupError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (error.status === 404)
    return (
      <div class="notice notice--info" role="alert" data-testid="track-not-found">
        <h2 class="notice__title">{t('complaint.track.notFoundTitle')}</h2>
        <div class="notice__content">
          <p class="body">{t('complaint.track.notFoundBody')}</p>
        </div>
      </div>
    );
  if (error.status === 429)
    return (
      <div class="error-summary" role="alert" data-testid="track-too-many">
        <p class="body">{tooManyText(error.retryAfterSeconds, i18n, false)}</p>
      </div>
    );
  return <ErrorBox error={error} onRetry={onRetry} />;
}
