// /evaluasi/pertanyaan: the questions the assessor team asked agencies about the evidence of
// the self-assessment. An agency operator sees their own agency's; the ICT office all of them,
// or one agency's. Open questions first (the earliest due first), past due dates highlighted;
// that agency's operators answer each here (If-Match) and attach evidence to the answer, while
// its self-assessment is open (assessors answer on the indicator page, which knows the team).
import { useState } from 'preact/hooks';
import { EVALUATION_PAGE, listCampaigns } from '../../api/evaluation';
import { listInbox } from '../../api/evaluationIndicator';
import type { Question } from '../../api/evaluationIndicatorTypes';
import { LoadView } from '../../components/LoadView';
import { SelectField } from '../../components/form/SelectField';
import { useAgencies } from '../../hooks/useAgencies';
import { useAgencyAccess } from '../../hooks/useAgencyAccess';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { QuestionCard } from './QuestionCard';
import './IndicatorPage.css';

// Open first; among them the earliest due date first (no date last); then the newest asked.
export function inboxOrder(a: Question, b: Question): number {
  const openA = a.answer === null ? 0 : 1;
  const openB = b.answer === null ? 0 : 1;
  if (openA !== openB) return openA - openB;
  if (openA === 0 && a.due_on !== b.due_on) return (a.due_on ?? '9999') < (b.due_on ?? '9999') ? -1 : 1;
  return a.asked_at < b.asked_at ? 1 : a.asked_at > b.asked_at ? -1 : b.id - a.id;
}

export function QuestionInboxPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('evalInd.inboxTitle'));
  const me = useAgencyAccess();
  const { agencies } = useAgencies();
  const [agencyId, setAgencyId] = useState('');
  const loaded = useLoad((signal) => listInbox({ agencyId: agencyId ? Number(agencyId) : null }, { signal }), agencyId);
  const own = agencies.find((a) => a.id === me.ownAgencyId);
  // Questions of a signed-off self-assessment are answered only after it is reopened.
  const campaigns = useLoad((signal) => listCampaigns({ signal }));
  const openCampaigns = new Set(campaigns.state.phase === 'ready' ? campaigns.state.data.filter((c) => c.status === 'open').map((c) => c.id) : []);

  return (
    <>
      <p class="back">
        <a class="link" href={EVALUATION_PAGE}>
          {t('evalInd.backToEvaluation')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('nav.evaluation')}</span>
        <span data-testid="eq-inbox-heading">{t('evalInd.inboxTitle')}</span>
      </h1>
      <p class="lead">{own ? t('evalInd.inboxIntroAgency', { agency: own.name }) : t('evalInd.inboxIntro')}</p>
      {me.superadmin && (
        <SelectField
          id="eq-inbox-agency"
          label={t('evalInd.inboxFilterAgency')}
          value={agencyId}
          onChange={setAgencyId}
          options={[{ value: '', label: t('evalInd.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
        />
      )}
      <LoadView loaded={loaded}>
        {(items) => {
          const open = items.filter((q) => q.answer === null).length;
          return (
            <>
              <p class="body" data-testid="eq-inbox-count" data-open={open}>
                {t('evalInd.inboxCount', { open: String(open), all: String(items.length) })}
              </p>
              {items.length === 0 ? (
                <p class="body secondary" data-testid="eq-inbox-empty">
                  {t('evalInd.inboxEmpty')}
                </p>
              ) : (
                <ul class="ei-question-list" data-testid="eq-inbox-list">
                  {[...items].sort(inboxOrder).map((q) => (
                    <QuestionCard
                      key={q.id}
                      question={q}
                      showIndicator
                      mayAnswer={openCampaigns.has(q.campaign_id) && me.ownAgencyId !== null && q.agency.id === me.ownAgencyId}
                      mayAttach
                      onChanged={loaded.reload}
                    />
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </LoadView>
    </>
  );
}
