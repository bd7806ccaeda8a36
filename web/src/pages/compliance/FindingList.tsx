// A list of duties as the agency and obligation pages show them: what is still owed
// (overdue, not met, due soon) first, soonest first as the server sorted them; what is
// met and what does not apply folded below, so the page opens on what needs doing.
import { OPEN_STATUSES, type Finding } from '../../api/compliance';
import { useI18n } from '../../i18n/useI18n';
import { FindingCard } from './FindingCard';
import { useComplianceAccess } from './useComplianceAccess';

interface Props {
  findings: Finding[];
  showSubject?: boolean;
  flat?: boolean; // one list as given (a status filter is in force): nothing folded
  testId: string;
}

export function FindingList({ findings, showSubject = true, flat = false, testId }: Props) {
  const { t } = useI18n();
  const access = useComplianceAccess();
  const open = findings.filter((f) => OPEN_STATUSES.includes(f.status));
  const met = findings.filter((f) => f.status === 'met');
  const notApplicable = findings.filter((f) => f.status === 'not_applicable');
  const cards = (list: Finding[]) => (
    <ul class="list" style={{ listStyle: 'none', paddingLeft: 0 }}>
      {list.map((f) => (
        <FindingCard key={`${f.obligation.id}|${f.subject.kind}|${f.subject.id}`} finding={f} mayAttest={access.mayAttest(f)} showSubject={showSubject} />
      ))}
    </ul>
  );
  if (findings.length === 0) {
    return (
      <p class="body" data-testid={`${testId}-empty`}>
        {t('compliance.noneShown')}
      </p>
    );
  }
  if (flat) return <div data-testid={testId}>{cards(findings)}</div>;
  return (
    <div data-testid={testId}>
      {open.length > 0 ? cards(open) : <p class="body" data-testid={`${testId}-nothing-owed`}>{t('compliance.nothingOwed')}</p>}
      {met.length > 0 && (
        <details class="details" data-testid={`${testId}-met`}>
          <summary class="details__summary">{t('compliance.showMet', { n: met.length })}</summary>
          <div class="details__text">{cards(met)}</div>
        </details>
      )}
      {notApplicable.length > 0 && (
        <details class="details" data-testid={`${testId}-not-applicable`}>
          <summary class="details__summary">{t('compliance.showNotApplicable', { n: notApplicable.length })}</summary>
          <div class="details__text">{cards(notApplicable)}</div>
        </details>
      )}
    </div>
  );
}
