// The lifecycle moves the current stage allows (`allowed_moves`), for whoever may
// change the application: a move is chosen, then confirmed with a reason
// (required to retire it, which is final). Sent with If-Match. A refused move is
// explained in plain words: into production, every gap with its article and the
// regulation's sentence; into development by an agency that is not a PD Mandiri
// TIK, who makes the move instead (the server's words cite the article); 412 as a
// conflict.
import { useState } from 'preact/hooks';
import { getProductionReadiness, moveApplication } from '../../api/applications';
import type { Application, Gap } from '../../api/applicationTypes';
import { problemSlug, type ApiError } from '../../api/client';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextArea } from '../form/TextArea';
import { GapList } from './GapList';
import type { DevelopmentRule } from './useDevelopmentRule';
import { moveLabel, stageLabel } from './applicationWords';

const REASON_ID = 'app-move-reason';

const isProductionRefusal = (error: ApiError, to: string) => error.status === 409 && to === 'in_production' && problemSlug(error) === 'invalid-transition';

interface Props {
  application: Application;
  etag: string;
  developmentRule: DevelopmentRule | null; // an operator whose agency may not develop applications itself
  onMoved: (application: Application, etag?: string) => void;
  onStale: () => void;
}

export function LifecyclePanel({ application, etag, developmentRule, onMoved, onStale }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [refusedGaps, setRefusedGaps] = useState<Gap[] | null>(null);
  const { errors, focusKey, sending, conflict, send, clear } = useSendForm({ reason: REASON_ID });
  const byIctOffice = developmentRule !== null && application.allowed_moves.includes('in_development');
  const moves = application.allowed_moves.filter((m) => !(byIctOffice && m === 'in_development'));

  if (application.allowed_moves.length === 0) {
    return (
      <p class="body secondary" data-testid="app-no-moves">
        {t('applications.noMoves')}
      </p>
    );
  }

  // Back into development means something else from testing (fix what the test found) and from production (a new version).
  const label = (stage: string) =>
    stage === 'in_development' && application.lifecycle === 'in_testing'
      ? t('applications.moveBackToDevelopment')
      : stage === 'in_development' && application.lifecycle === 'in_production'
        ? t('applications.moveNewVersion')
        : moveLabel(stage, i18n);

  const choose = (stage: string) => {
    clear();
    setRefusedGaps(null);
    setReason('');
    setTo(stage);
  };

  const confirm = (event: Event) => {
    event.preventDefault();
    if (!to) return;
    const target = to;
    void send({
      check: ({ t }: I18n) => fieldErrors([[REASON_ID, target === 'retired' && !reason.trim() ? t('applications.error.reasonMissing') : null]]),
      request: async () => {
        const answer = await moveApplication(application.id, target, etag, reason.trim() || undefined);
        // The refusal names every gap; the checklist gives each with its article and sentence.
        if (!answer.ok && isProductionRefusal(answer.error, target)) {
          const readiness = await getProductionReadiness(application.id);
          setRefusedGaps(readiness.ok ? readiness.data.gaps : []);
        }
        return answer;
      },
      onSent: (moved, movedEtag) => {
        setTo(null);
        setReason('');
        setRefusedGaps(null);
        onMoved(moved, movedEtag);
      },
      explain: (error, shown, wording) => {
        if (isProductionRefusal(error, target)) return { ...shown, summary: [{ text: wording.t('applications.productionRefused') }, ...shown.summary] };
        if (error.status === 403) return { ...shown, summary: [{ text: wording.t('applications.moveForbidden') }, ...shown.summary] };
        return shown;
      },
    })();
  };

  return (
    <section class="section panel" aria-labelledby="app-lifecycle-title" data-testid="app-lifecycle">
      <h2 class="heading-m" id="app-lifecycle-title">
        {t('applications.lifecycleTitle')}
      </h2>
      {conflict && <ConflictBox onReload={onStale} testId="app-lifecycle-conflict" />}
      <ErrorSummary items={errors.summary} focusKey={focusKey} testId="app-lifecycle-error" />
      {refusedGaps && refusedGaps.length > 0 && <GapList gaps={refusedGaps} testId="app-refused-gaps" />}
      <p class="body">{t('applications.lifecycleIntro', { stage: stageLabel(application.lifecycle, i18n) })}</p>
      {byIctOffice && developmentRule && (
        <p class="body secondary" data-testid="app-development-by-ict">
          {t('applications.developmentByIctOffice', { article: developmentRule.article, office: developmentRule.office || t('applications.ictOffice') })}
        </p>
      )}
      {to === null ? (
        <div class="button-group">
          {moves.map((stage) => (
            <button
              key={stage}
              type="button"
              class={`button${stage === 'retired' ? ' button--warning' : stage === 'in_development' && application.lifecycle !== 'planned' ? ' button--secondary' : ''}`}
              onClick={() => choose(stage)}
              data-testid={`app-move-${stage}`}
            >
              {label(stage)}
            </button>
          ))}
        </div>
      ) : (
        <form class="form" noValidate onSubmit={confirm} data-testid="app-move-form">
          <p class="body" data-testid="app-move-question">
            <strong>{t('applications.moveQuestion', { from: stageLabel(application.lifecycle, i18n), to: stageLabel(to, i18n) })}</strong>
          </p>
          {to === 'retired' && <p class="body">{t('applications.retireWarning')}</p>}
          <TextArea
            id={REASON_ID}
            label={to === 'retired' ? t('applications.moveReason') : t('applications.moveReasonOptional')}
            value={reason}
            onInput={setReason}
            error={errors.fields[REASON_ID]}
          />
          <div class="button-group">
            <button type="submit" class={`button${to === 'retired' ? ' button--warning' : ''}`} disabled={sending} data-testid="app-move-confirm">
              {label(to)}
            </button>
            <button type="button" class="link-button" onClick={() => setTo(null)} data-testid="app-move-cancel">
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
