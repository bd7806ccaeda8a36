// "Tetapkan rencana induk": a draft is enacted by the region head's decree
// (number and date) once every part of its contents is there (the server names
// what is missing, beside the decree fields or in the summary). Only one enacted
// plan covers any year: when the period overlaps one, the server refuses (409)
// and the panel names the plan(s) in force, offering to enact this one and
// supersede them in the same step.
import { useState } from 'preact/hooks';
import { problemSlug, type ApiError } from '../../api/client';
import { enactMasterPlan, listMasterPlans } from '../../api/masterPlans';
import type { MasterPlan } from '../../api/masterPlanTypes';
import { formatDay } from '../../format/dateTime';
import { periodText } from '../../format/masterPlan';
import { apiFormErrors, fieldErrors, hasErrors } from '../../forms/formErrors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../form/TextField';

const IDS = { decree_number: 'mp-enact-number', decree_date: 'mp-enact-date' };

interface Props {
  plan: MasterPlan;
  etag: string;
  today: string;
  onEnacted: (plan: MasterPlan, etag?: string) => void;
  onStale: () => void;
}

interface Overlap {
  message: string;
  plans: MasterPlan[];
}

export function EnactPanel({ plan, etag, today, onEnacted, onStale }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [number, setNumber] = useState(plan.decree_number ?? '');
  const [date, setDate] = useState(plan.decree_date ?? '');
  const { errors, focusKey, show, clear } = useFormErrors();
  const [sending, setSending] = useState(false);
  const [stale, setStale] = useState(false);
  const [overlap, setOverlap] = useState<Overlap | null>(null);

  const send = async (supersede: boolean) => {
    if (sending) return;
    const found = ({ t }: I18n) =>
      fieldErrors([
        [IDS.decree_number, number.trim() ? null : t('masterPlan.error.decreeNumberMissing')],
        [IDS.decree_date, date ? null : t('masterPlan.error.decreeDateMissing')],
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    setSending(true);
    const answer = await enactMasterPlan(plan.id, { decree_number: number.trim(), decree_date: date, ...(supersede ? { supersede_overlapping: true } : {}) }, etag);
    if (answer.ok) {
      setSending(false);
      clear();
      setOverlap(null);
      onEnacted(answer.data, answer.etag);
      return;
    }
    const error: ApiError = answer.error;
    if (error.status === 412) {
      setSending(false);
      clear();
      setStale(true);
      return;
    }
    if (error.status === 409 && problemSlug(error) === 'conflict') {
      // The answer names the plans; the list tells which of them are in force now.
      const enacted = await listMasterPlans('enacted');
      setSending(false);
      clear();
      const plans = enacted.ok
        ? enacted.data.items.filter((p) => p.id !== plan.id && p.start_year <= plan.end_year && plan.start_year <= p.end_year)
        : [];
      setOverlap({ message: error.problem?.detail ?? error.problem?.title ?? '', plans });
      return;
    }
    setSending(false);
    setOverlap(null);
    show((wording) => apiFormErrors(error, wording, IDS));
  };

  return (
    <section class="section panel" aria-labelledby="mp-enact-title" data-testid="master-plan-enact">
      <h2 class="heading-m" id="mp-enact-title">
        {t('masterPlan.enactTitle')}
      </h2>
      <p class="body">{t('masterPlan.enactIntro')}</p>
      {stale && <ConflictBox onReload={onStale} testId="master-plan-enact-conflict" />}
      <form
        class="form"
        noValidate
        data-testid="master-plan-enact-form"
        onSubmit={(event) => {
          event.preventDefault();
          void send(false);
        }}
      >
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TextField
          id={IDS.decree_number}
          label={t('masterPlan.decreeNumber')}
          hint={t('masterPlan.decreeNumberHint')}
          value={number}
          onInput={setNumber}
          error={errors.fields[IDS.decree_number]}
          autoComplete="off"
        />
        <TextField
          id={IDS.decree_date}
          label={t('masterPlan.decreeDate')}
          type="date"
          value={date}
          onInput={setDate}
          error={errors.fields[IDS.decree_date]}
          width="short"
          inputProps={{ max: today }}
        />
        {overlap && (
          <div class="confirm" role="alert" data-testid="master-plan-overlap">
            <p class="body">
              <strong data-testid="master-plan-overlap-message">{overlap.message}</strong>
            </p>
            {overlap.plans.length > 0 && (
              <>
                <p class="body">{t('masterPlan.overlapList')}</p>
                <ul class="list" data-testid="master-plan-overlap-plans">
                  {overlap.plans.map((p) => (
                    <li key={p.id}>
                      <a class="link" href={`/tata-kelola/rencana-induk/${p.id}`}>
                        {p.title}
                      </a>{' '}
                      ({periodText(p.start_year, p.end_year)}
                      {p.decree_number ? `, ${p.decree_number}${p.decree_date ? ` ${formatDay(p.decree_date, lang)}` : ''}` : ''})
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p class="body">{t('masterPlan.overlapChoice')}</p>
            <div class="button-group">
              <button type="button" class="button button--warning" disabled={sending} onClick={() => void send(true)} data-testid="master-plan-enact-supersede">
                {t('masterPlan.enactAndSupersede')}
              </button>
              <button type="button" class="link-button" onClick={() => setOverlap(null)} data-testid="master-plan-overlap-cancel">
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}
        {!overlap && (
          <button type="submit" class="button" disabled={sending} data-testid="master-plan-enact-submit">
            {t('masterPlan.enactSubmit')}
          </button>
        )}
      </form>
    </section>
  );
}
