// The status steps of an architecture version the superadmin may take now, as
// buttons, each with what it means: to review, back to draft, enact (with the
// region head's decree, Madiun Pasal 6 ayat (3): number and date, taken from the
// version when it has them), supersede. Each step is confirmed in place and sent
// with If-Match; refusals (409 with the article, 422 beside the decree fields,
// 412 changed meanwhile) are shown in plain words.
import { useState } from 'preact/hooks';
import { transitionArchitecture } from '../../api/architectures';
import type { Architecture } from '../../api/architectureTypes';
import { stepHelp, stepLabel } from '../../format/architecture';
import { apiFormErrors, fieldErrors, hasErrors } from '../../forms/formErrors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../form/TextField';

const IDS = { decree_number: 'arch-step-decree-number', decree_date: 'arch-step-decree-date' };

interface Props {
  architecture: Architecture;
  etag: string;
  today: string;
  onDone: (a: Architecture, to: string, etag?: string) => void;
  onStale: () => void;
}

export function TransitionPanel({ architecture: a, etag, today, onDone, onStale }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [chosen, setChosen] = useState<string | null>(null);
  const [number, setNumber] = useState(a.decree_number ?? '');
  const [date, setDate] = useState(a.decree_date ?? '');
  const { errors, focusKey, show, clear } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);

  if (a.next_statuses.length === 0) return null;

  const choose = (to: string) => {
    clear();
    setStale(false);
    setChosen(to);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || !chosen) return;
    const enacting = chosen === 'enacted';
    const found = ({ t }: I18n) =>
      fieldErrors([
        [IDS.decree_number, enacting && !number.trim() ? t('architecture.error.decreeNumberMissing') : null],
        [IDS.decree_date, enacting && !date ? t('architecture.error.decreeDateMissing') : null],
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    const decreeChanged = number.trim() !== (a.decree_number ?? '') || date !== (a.decree_date ?? '');
    setBusy(true);
    const answer = await transitionArchitecture(
      a.id,
      { to: chosen, ...(enacting && decreeChanged ? { decree_number: number.trim(), decree_date: date } : {}) },
      etag,
    );
    setBusy(false);
    if (!answer.ok) {
      const error = answer.error;
      if (error.status === 412) {
        clear();
        setStale(true);
      } else show((wording) => apiFormErrors(error, wording, IDS));
      return;
    }
    clear();
    setChosen(null);
    onDone(answer.data, chosen, answer.etag);
  };

  return (
    <section class="section panel" aria-labelledby="arch-steps-title" data-testid="architecture-steps">
      <h2 class="heading-m" id="arch-steps-title">
        {t('architecture.stepsTitle')}
      </h2>
      {stale && <ConflictBox onReload={onStale} testId="architecture-step-conflict" />}
      {chosen === null ? (
        <>
          <ul class="list">
            {a.next_statuses.map((to) => (
              <li key={to}>
                <strong>{stepLabel(to, i18n)}</strong>: {stepHelp(to, i18n)}
              </li>
            ))}
          </ul>
          <div class="button-group">
            {a.next_statuses.map((to) => (
              <button
                key={to}
                type="button"
                class={`button${to === 'superseded' ? ' button--warning' : to === 'draft' ? ' button--secondary' : ''}`}
                onClick={() => choose(to)}
                data-testid={`architecture-step-${to}`}
              >
                {stepLabel(to, i18n)}
              </button>
            ))}
          </div>
        </>
      ) : (
        <form class="form" onSubmit={submit} noValidate data-testid="architecture-step-form" data-to={chosen}>
          <ErrorSummary items={errors.summary} focusKey={focusKey} />
          <p class="body">
            <strong>{t('architecture.stepQuestion', { step: stepLabel(chosen, i18n) })}</strong> {stepHelp(chosen, i18n)}
          </p>
          {chosen === 'enacted' && (
            <>
              <TextField
                id={IDS.decree_number}
                label={t('architecture.decreeNumber')}
                hint={a.decree_article ? t('architecture.decreeArticleHint', { article: a.decree_article }) : t('architecture.decreeNumberHint')}
                value={number}
                onInput={setNumber}
                error={errors.fields[IDS.decree_number]}
                autoComplete="off"
              />
              <TextField
                id={IDS.decree_date}
                label={t('architecture.decreeDate')}
                type="date"
                value={date}
                onInput={setDate}
                error={errors.fields[IDS.decree_date]}
                width="short"
                inputProps={{ max: today }}
              />
            </>
          )}
          <div class="button-group">
            <button type="submit" class={`button${chosen === 'superseded' ? ' button--warning' : ''}`} disabled={busy} data-testid="architecture-step-confirm">
              {stepLabel(chosen, i18n)}
            </button>
            <button type="button" class="link-button" onClick={() => setChosen(null)} data-testid="architecture-step-cancel">
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
