// One duty of one subject: its status (words and colour), when it falls due, why it
// has that status, the subject (linked to its record), the records it rests on, and
// the citation with the regulation's original sentence (folded). Where the user may,
// a link to record a statement of compliance for it.
import { statementFormPage, type Finding } from '../../api/compliance';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { StatusTag } from './StatusTag';
import { inLanguage, subjectKindLabel } from './complianceWords';

interface Props {
  finding: Finding;
  mayAttest: boolean;
  showSubject?: boolean; // false on a page about the subject itself
}

export function FindingCard({ finding: f, mayAttest, showSubject = true }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <li class="card" data-testid="cm-finding" data-obligation={f.obligation.id} data-status={f.status} data-subject={`${f.subject.kind}:${f.subject.id}`} data-basis={f.basis}>
      <h3 class="heading-s card__title">
        <StatusTag status={f.status} testId="cm-finding-status" />{' '}
        <span data-testid="cm-finding-citation">{f.obligation.citation}</span>
      </h3>
      <p class="body" data-testid="cm-finding-reason">
        {inLanguage(f.reason, lang)}
      </p>
      <dl class="summary-list">
        {f.due_on && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{f.status === 'overdue' ? t('compliance.dueWas') : t('compliance.dueOn')}</dt>
            <dd class="summary-list__value" data-testid="cm-finding-due" data-date={f.due_on}>
              {formatDay(f.due_on, lang)}
            </dd>
          </div>
        )}
        {showSubject && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{subjectKindLabel(f.subject.kind, i18n)}</dt>
            <dd class="summary-list__value" data-testid="cm-finding-subject">
              {f.subject.href ? (
                <a class="link" href={f.subject.href}>
                  {f.subject.name}
                </a>
              ) : (
                f.subject.name
              )}
            </dd>
          </div>
        )}
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('compliance.evidence')}</dt>
          <dd class="summary-list__value" data-testid="cm-finding-evidence">
            {f.evidence.length === 0 ? (
              <span class="secondary">{f.basis === 'statement' ? t('compliance.noStatement') : t('compliance.noEvidence')}</span>
            ) : (
              <ul class="list" style={{ margin: 0 }}>
                {f.evidence.map((e) => (
                  <li key={`${e.kind}:${e.id}`}>
                    {e.href ? (
                      <a class="link" href={e.href} data-testid="cm-evidence-link">
                        {inLanguage(e.label, lang)}
                      </a>
                    ) : (
                      inLanguage(e.label, lang)
                    )}
                    {e.date && <span class="secondary"> ({formatDay(e.date, lang)})</span>}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <details class="details" data-testid="cm-finding-sentence">
        <summary class="details__summary">{t('compliance.originalSentence', { article: f.obligation.article })}</summary>
        <div class="details__text">
          <blockquote class="body" style={{ margin: 0 }} lang="id" data-testid="cm-finding-text">
            {f.obligation.text}
          </blockquote>
          <p class="body secondary">
            {f.basis === 'statement' ? t('compliance.basisStatement') : t('compliance.basisData')}{' '}
            <a class="link" href={`/kepatuhan/kewajiban/${encodeURIComponent(f.obligation.id)}`} data-testid="cm-finding-obligation">
              {t('compliance.openObligation')}
            </a>
          </p>
        </div>
      </details>
      {mayAttest && (
        <p class="body">
          <a class="button button--secondary" href={statementFormPage(f.obligation.id, f.subject)} data-testid="cm-attest">
            {t('compliance.attest')}
          </a>
        </p>
      )}
    </li>
  );
}
