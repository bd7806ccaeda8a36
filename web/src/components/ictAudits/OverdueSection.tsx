// "Yang terlambat": on top of the programme, what is past its date, each with the
// article that makes it due: objects not audited in time, internal pre-evaluations
// not done a month before the audit, findings past their due date and not closed,
// completed audits not yet reported to the region head through the committee chair.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { auditPagePath } from '../../api/ictAudits';
import type { AuditObject, OverdueLists, ProgrammeItem } from '../../api/ictAuditTypes';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { auditStateLabel, objectKindLabel, obligationLine, severityLabel, SEVERITY_COLOUR } from './ictAuditWords';

interface Props {
  lists: OverdueLists;
  planned: Map<number, NonNullable<ProgrammeItem['planned_audit']>>; // an object's open audit
  onPlan: ((object: AuditObject) => void) | null; // null: the user does not keep the programme
}

export function OverdueSection({ lists, planned, onPlan }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const day = (d: string | null | undefined) => (d ? formatDay(d, lang) : '—');
  const total = lists.objects.length + lists.pre_evaluations.length + lists.findings.length + lists.unreported.length;

  return (
    <section class="section ia-overdue" aria-labelledby="ia-overdue-title" data-testid="ia-overdue">
      <h2 class="heading-l" id="ia-overdue-title">
        {t('ictAudit.overdueTitle')}
        <span class="heading-count" data-testid="ia-overdue-total">
          {' '}
          ({total})
        </span>
      </h2>
      {total === 0 ? (
        <p class="body" data-testid="ia-overdue-none">
          {t('ictAudit.overdueNone')}
        </p>
      ) : (
        <p class="body">{t('ictAudit.overdueIntro')}</p>
      )}

      {lists.objects.length > 0 && (
        <div class="ia-overdue__group" data-testid="ia-overdue-objects">
          <h3 class="heading-m">{t('ictAudit.overdueObjects', { count: lists.objects.length })}</h3>
          <Capped testId="ia-overdue-more-objects" items={lists.objects}>
            {(o) => (
              <li key={o.id} class="ia-list__item" data-testid="ia-overdue-object" data-object-id={o.id}>
                <p class="body">
                  <strong data-testid="ia-overdue-object-name">{o.name}</strong> · {objectKindLabel(o.kind, i18n)} · {o.owner_agency_name}
                </p>
                <p class="body">
                  <strong class="tag tag--red">{t('ictAudit.status.overdue')}</strong>{' '}
                  <span data-testid="ia-overdue-object-due">{t('ictAudit.dueSince', { date: day(o.next_due_on) })}</span>
                </p>
                {o.obligation && (
                  <p class="body secondary ia-article" data-testid="ia-overdue-object-article">
                    {obligationLine(o.obligation)}
                  </p>
                )}
                {planned.has(o.id) ? (
                  <p class="body">
                    <a class="link" href={auditPagePath(planned.get(o.id)!.id)} data-testid="ia-overdue-object-planned">
                      {t('ictAudit.plannedAudit', { date: day(planned.get(o.id)!.planned_on), state: auditStateLabel(planned.get(o.id)!.state, i18n) })}
                    </a>
                  </p>
                ) : onPlan && (
                  <p class="body">
                    <button type="button" class="link-button" onClick={() => onPlan(o)} data-testid="ia-overdue-object-plan">
                      {t('ictAudit.planThis')}
                      <span class="visually-hidden"> {o.name}</span>
                    </button>
                  </p>
                )}
              </li>
            )}
          </Capped>
        </div>
      )}

      {lists.pre_evaluations.length > 0 && (
        <div class="ia-overdue__group" data-testid="ia-overdue-pre">
          <h3 class="heading-m">{t('ictAudit.overduePre', { count: lists.pre_evaluations.length })}</h3>
          <Capped testId="ia-overdue-more-pre" items={lists.pre_evaluations}>
            {({ audit, due_on }) => (
              <li key={audit.id} class="ia-list__item" data-testid="ia-overdue-pre-item">
                <p class="body">
                  <a class="link" href={auditPagePath(audit.id)}>
                    {audit.object_name}
                  </a>{' '}
                  · {t('ictAudit.plannedOn', { date: day(audit.planned_on) })}
                </p>
                <p class="body">
                  <strong class="tag tag--red">{t('ictAudit.late')}</strong> {t('ictAudit.preDueOn', { date: day(due_on) })}
                </p>
                {audit.pre_evaluation_obligation && <p class="body secondary ia-article">{obligationLine(audit.pre_evaluation_obligation)}</p>}
              </li>
            )}
          </Capped>
        </div>
      )}

      {lists.findings.length > 0 && (
        <div class="ia-overdue__group" data-testid="ia-overdue-findings">
          <h3 class="heading-m">{t('ictAudit.overdueFindings', { count: lists.findings.length })}</h3>
          <Capped testId="ia-overdue-more-findings" items={lists.findings}>
            {(f) => (
              <li key={f.id} class="ia-list__item" data-testid="ia-overdue-finding" data-finding-id={f.id}>
                <p class="body">
                  <strong class={`tag tag--${SEVERITY_COLOUR[f.severity] ?? 'grey'}`}>{severityLabel(f.severity, i18n)}</strong>{' '}
                  <a class="link" href={`${auditPagePath(f.audit_id)}#ia-finding-${f.id}`}>
                    {f.title}
                  </a>
                </p>
                <p class="body secondary">
                  {f.object_name} · {t('ictAudit.ownerAgency')}: {f.owner_agency_name} · {t('ictAudit.dueOnShort', { date: day(f.due_on) })}
                </p>
              </li>
            )}
          </Capped>
        </div>
      )}

      {lists.unreported.length > 0 && (
        <div class="ia-overdue__group" data-testid="ia-overdue-unreported">
          <h3 class="heading-m">{t('ictAudit.overdueUnreported', { count: lists.unreported.length })}</h3>
          <Capped testId="ia-overdue-more-unreported" items={lists.unreported}>
            {(a) => (
              <li key={a.id} class="ia-list__item" data-testid="ia-overdue-unreported-item">
                <p class="body">
                  <a class="link" href={auditPagePath(a.id)}>
                    {a.object_name}
                  </a>{' '}
                  · {t('ictAudit.completedOnShort', { date: day(a.completed_on) })}
                </p>
                {a.report_obligation && <p class="body secondary ia-article">{obligationLine(a.report_obligation)}</p>}
              </li>
            )}
          </Capped>
        </div>
      )}
    </section>
  );
}

// The first few of a long list, and a button that shows the rest.
const FIRST = 10;

function Capped<T>({ items, testId, children }: { items: T[]; testId: string; children: (item: T) => ComponentChildren }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <>
      <ul class="list ia-list">{shown.map(children)}</ul>
      {items.length > shown.length && (
        <p class="body">
          <button type="button" class="link-button" onClick={() => setAll(true)} data-testid={testId}>
            {t('ictAudit.showAll', { count: items.length })}
          </button>
        </p>
      )}
    </>
  );
}
