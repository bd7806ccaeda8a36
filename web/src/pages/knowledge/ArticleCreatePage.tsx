// /pengetahuan/baru (an agency operator for their own agency, the ICT office for any): a new
// knowledge article, collected as a draft ("pengumpulan", Madiun Pasal 37 ayat (2)). What was
// typed survives a reload or the session ending (useDraft); after saving, the article's own
// page opens, where it is sent for review and published.
import { articlePagePath, createArticle, KNOWLEDGE_PAGE } from '../../api/knowledge';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveCancelButtons } from '../../components/form/SaveCancelButtons';
import { SelectField } from '../../components/form/SelectField';
import { ArticleFields, articleFieldIds, articleInput, checkArticle, EMPTY_ARTICLE } from '../../components/knowledge/ArticleFields';
import { useKnowledgeAccess } from '../../components/knowledge/useKnowledgeAccess';
import { fieldErrors } from '../../forms/formErrors';
import { useAgencies } from '../../hooks/useAgencies';
import { useDraft } from '../../hooks/useDraft';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';

const IDS = articleFieldIds('kb-new');

export function ArticleCreatePage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('knowledge.createTitle'));
  const access = useKnowledgeAccess();
  const { agencies } = useAgencies();
  const [draft, update, reset] = useDraft('knowledge.create', { ...EMPTY_ARTICLE, agency_id: '' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = access.ownAgencyId === null;
  const ownAgency = agencies.find((a) => a.id === access.ownAgencyId);

  const found = (wording: I18n) => {
    const agency = fieldErrors([[IDS.agency_id!, chooseAgency && !draft.agency_id ? wording.t('knowledge.error.agencyMissing') : null]]);
    const rest = checkArticle(draft, IDS, wording);
    return { summary: [...agency.summary, ...rest.summary], fields: { ...agency.fields, ...rest.fields } };
  };
  const submit = send({
    check: found,
    request: () => createArticle({ ...articleInput(draft), ...(chooseAgency ? { agency_id: Number(draft.agency_id) } : {}) }),
    onSent: (article) => {
      reset();
      const path = articlePagePath(article.id);
      flashOn(path, 'knowledge.created');
      navigate(path);
    },
    explain: (error, shown, wording) => (error.status === 403 ? { ...shown, summary: [{ text: wording.t('knowledge.forbiddenEdit') }, ...shown.summary] } : shown),
  });

  return (
    <>
      <p class="back">
        <a class="link" href={KNOWLEDGE_PAGE} data-testid="back-to-knowledge">
          {t('knowledge.back')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('knowledge.baseTitle')}</span>
        <span data-testid="kb-new-heading">{t('knowledge.createTitle')}</span>
      </h1>
      <p class="lead">{t('knowledge.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="kb-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency ? (
          <SelectField
            id={IDS.agency_id!}
            label={t('knowledge.agency')}
            hint={t('knowledge.agencyHint')}
            value={draft.agency_id}
            options={[{ value: '', label: t('knowledge.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
            onChange={(agency_id) => update({ agency_id })}
            error={errors.fields[IDS.agency_id!]}
          />
        ) : (
          <p class="body" data-testid="kb-new-own-agency">
            <strong>{t('knowledge.agency')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
            <span class="cell-note secondary">{t('knowledge.ownAgencyOnly')}</span>
          </p>
        )}
        <ArticleFields ids={IDS} values={draft} set={update} errors={errors} />
        <SaveCancelButtons
          saveLabel={t('knowledge.createSubmit')}
          saveTestId="kb-create-submit"
          saving={sending}
          cancelTestId="kb-create-cancel"
          onCancel={() => {
            reset();
            navigate(KNOWLEDGE_PAGE);
          }}
        />
      </form>
    </>
  );
}
