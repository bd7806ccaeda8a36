// "Nyatakan tidak berlaku": the superadmin retires an enacted plan by hand (with
// an optional note), after confirming in place. Refusals in plain words; 412 →
// load the latest version.
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client';
import { supersedeMasterPlan } from '../../api/masterPlans';
import type { MasterPlan } from '../../api/masterPlanTypes';
import { useErrorItems } from '../../hooks/useErrorItems';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../form/TextField';

interface Props {
  plan: MasterPlan;
  etag: string;
  onDone: (plan: MasterPlan, etag?: string) => void;
  onStale: () => void;
}

export function SupersedeButton({ plan, etag, onDone, onStale }: Props) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const items = useErrorItems(error && error.status !== 412 ? error : null);

  const run = async () => {
    setBusy(true);
    setError(null);
    const answer = await supersedeMasterPlan(plan.id, note.trim(), etag);
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setAsking(false);
    onDone(answer.data, answer.etag);
  };

  return (
    <div class="step" data-testid="master-plan-supersede">
      {error?.status === 412 && <ConflictBox onReload={onStale} testId="master-plan-supersede-conflict" />}
      <ErrorSummary items={items} testId="master-plan-supersede-error" />
      {asking ? (
        <div class="confirm" role="group" aria-labelledby="mp-supersede-question">
          <p class="body" id="mp-supersede-question">
            <strong>{t('masterPlan.supersedeQuestion', { title: plan.title })}</strong>
          </p>
          <p class="body">{t('masterPlan.supersedeHelp')}</p>
          <TextField id="mp-supersede-note" label={t('masterPlan.supersedeNote')} value={note} onInput={setNote} autoComplete="off" />
          <div class="button-group">
            <button type="button" class="button button--warning" disabled={busy} onClick={() => void run()} data-testid="master-plan-supersede-yes">
              {t('masterPlan.supersedeYes')}
            </button>
            <button type="button" class="link-button" onClick={() => setAsking(false)} data-testid="master-plan-supersede-no">
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="link-button link-button--danger" onClick={() => setAsking(true)} data-testid="master-plan-supersede-open">
          {t('masterPlan.supersede')}
        </button>
      )}
    </div>
  );
}
