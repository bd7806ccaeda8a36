// On /evaluasi, for an agency operator: the way to the questions the assessor team asked their
// agency, with how many still wait for an answer (the ICT office sees the link to all of them).
import { QUESTION_INBOX_PAGE } from '../../api/evaluation';
import { listInbox } from '../../api/evaluationIndicator';
import { useAgencyAccess } from '../../hooks/useAgencyAccess';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';

export function QuestionInboxLink() {
  const { t } = useI18n();
  const me = useAgencyAccess();
  const shown = me.operator || me.superadmin;
  const loaded = useLoad((signal) => (shown ? listInbox({ open: true }, { signal }) : Promise.resolve({ ok: true as const, data: [], status: 200 })), shown ? 'inbox' : '');
  if (!shown) return null;
  const open = loaded.state.phase === 'ready' ? loaded.state.data.length : null;
  return (
    <p class="body" data-testid="eq-inbox-link-box">
      <a class="link" href={QUESTION_INBOX_PAGE} data-testid="eq-inbox-link" data-count={open ?? ''}>
        {me.operator ? t('evalInd.inboxLinkAgency') : t('evalInd.inboxLink')}
      </a>
      {open !== null && open > 0 && (
        <>
          {' '}
          <span class="tag tag--yellow" data-testid="eq-inbox-link-count">
            {t('evalInd.inboxOpen', { n: String(open) })}
          </span>
        </>
      )}
    </p>
  );
}
