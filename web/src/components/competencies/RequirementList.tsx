// The requirements of the region: what each asks for, of whom, and the article of the
// region's regulation it comes from (or the ICT office's own policy). The ICT office
// adds and removes its own; the profile's are read-only.
import { useState } from 'preact/hooks';
import { deleteRequirement } from '../../api/competencies';
import type { Competency, Requirement } from '../../api/competencyTypes';
import { describeError } from '../../errors/describe';
import { useI18n } from '../../i18n/useI18n';
import { OpenFormButton } from '../OpenFormButton';
import { RemoveWithConfirm, useConfirmRemove } from '../RemoveWithConfirm';
import { SavedNotice } from '../SavedNotice';
import { appliesToLabel, inLanguage, requirementWhat } from './competencyWords';
import { RequirementForm } from './RequirementForm';

interface Props {
  requirements: Requirement[];
  catalogue: Competency[];
  manage: boolean;
  onChanged: () => void;
}

export function RequirementLine({ r }: { r: Requirement }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <>
      <p class="body cell-line">
        <strong data-testid="cp-req-what">{requirementWhat(r, i18n)}</strong>
        {' · '}
        <span data-testid="cp-req-applies">{appliesToLabel(r.applies_to, i18n)}</span>
        {r.applies_to !== 'each_employee' && <span> · {t('competency.minPeople', { count: r.min_people })}</span>}
      </p>
      {r.text && <p class="body cp-text" data-testid="cp-req-text">{inLanguage(r.text, lang)}</p>}
      <p class="body secondary cp-citation" data-testid="cp-req-citation">
        {r.source === 'policy' ? t('competency.policyCitation') : r.citation}
      </p>
    </>
  );
}

export function RequirementList({ requirements, catalogue, manage, onChanged }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const removal = useConfirmRemove<Requirement & { id: number }>(deleteRequirement, () => {
    setDone(t('competency.requirementRemoved'));
    onChanged();
  });
  return (
    <section class="section" aria-labelledby="cp-req-title" data-testid="cp-requirements">
      <h2 class="heading-l" id="cp-req-title">
        {t('competency.requirementsTitle')}
      </h2>
      <p class="body">{t('competency.requirementsIntro')}</p>
      {done && <SavedNotice testId="cp-req-done" text={done} />}
      {removal.error && (
        <p class="error-message" role="alert" data-testid="cp-req-remove-error">
          {describeError(removal.error, i18n)}
        </p>
      )}
      {requirements.length === 0 ? (
        <p class="body secondary" data-testid="cp-req-none">
          {t('competency.requirementsNone')}
        </p>
      ) : (
        <ul class="cp-list">
          {requirements.map((r) => (
            <li key={r.key} class="cp-list__item" data-testid="cp-req" data-source={r.source}>
              <RequirementLine r={r} />
              {manage && r.source === 'policy' && r.id !== null && (
                <RemoveWithConfirm
                  state={removal}
                  item={{ ...r, id: r.id }}
                  testId="cp-req-remove"
                  label={t('competency.remove')}
                  hiddenName={requirementWhat(r, i18n)}
                  question={t('competency.requirementRemoveQuestion')}
                  yesLabel={t('competency.removeYes')}
                  onAsk={() => setDone(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && !adding && <OpenFormButton label={t('competency.requirementAdd')} testId="cp-req-add" onClick={() => { setDone(null); setAdding(true); }} />}
      {manage && adding && (
        <RequirementForm
          catalogue={catalogue}
          onSaved={() => {
            setAdding(false);
            setDone(t('competency.requirementAdded'));
            onChanged();
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </section>
  );
}
