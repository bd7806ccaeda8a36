// The steps a request for change went through, oldest first: what was done, the
// stage it led to, who and when (in the region's zone), and the note written.
import type { Change } from '../../api/changeTypes';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { actionLabel, stageLabel } from './labels';

export function ChangeSteps({ change, zone }: { change: Change; zone: string | undefined }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <section class="section" aria-labelledby="change-steps-title" data-testid="change-steps">
      <h2 class="heading-l" id="change-steps-title">
        {t('change.stepsTitle')}
        <span class="heading-count"> ({change.steps.length})</span>
      </h2>
      {change.steps.length === 0 ? (
        <p class="body secondary" data-testid="change-steps-none">
          {t('change.stepsNone')}
        </p>
      ) : (
        <ol class="sd-timeline">
          {change.steps.map((s, i) => (
            <li key={i} class="sd-timeline__item" data-testid="change-step" data-action={s.action}>
              <p class="body">
                <strong>{actionLabel(s.action, i18n)}</strong>
                {s.to && <> → {stageLabel(s.to, i18n)}</>}
              </p>
              <p class="body secondary">
                {s.by?.name ?? '—'} · {formatDateTime(s.at, lang, zone)}
              </p>
              {s.note && (
                <p class="body change-text" data-testid="change-step-note">
                  {s.note}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
