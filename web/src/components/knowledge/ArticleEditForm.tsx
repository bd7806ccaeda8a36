// "Ubah artikel": the owner agency's operator or the ICT office changes an article while it is
// collected or processed (a published one goes back to draft first). Sent with If-Match: a 412
// says someone changed it first, offers the latest and lists what was typed.
import { getArticle, updateArticle } from '../../api/knowledge';
import type { Article } from '../../api/knowledgeTypes';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { ArticleFields, articleChanges, articleFieldIds, articleValuesOf, checkArticle, type ArticleValues } from './ArticleFields';
import { kindLabel } from './labels';

const IDS = articleFieldIds('kb-edit');

interface Base {
  article: Article;
  etag: string;
}

interface Props {
  article: Article;
  etag: string;
  onSaved: (article: Article, etag?: string) => void;
  onClose: () => void;
}

export function ArticleEditForm({ article, etag, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useVersionedForm<Base, ArticleValues>({ article, etag }, (b) => articleValuesOf(b.article), IDS);
  const { base, values, set, errors, unsaved } = form;
  const save = form.save({
    check: (wording) => checkArticle(values, IDS, wording),
    send: () => {
      const changes = articleChanges(base.article, values);
      return Object.keys(changes).length === 0 ? null : updateArticle(base.article.id, changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });
  const reloadLatest = () => form.reload(getArticle(base.article.id), (latest, latestEtag) => ({ article: latest, etag: latestEtag ?? `"${latest.version}"` }));

  return (
    <FormPanel title={t('knowledge.editTitle')} testId="kb-edit">
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="kb-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="kb-unsaved"
          rows={[
            [t('knowledge.title'), unsaved.title],
            [t('knowledge.summary'), unsaved.summary],
            [t('knowledge.kindLabel'), unsaved.kind ? kindLabel(unsaved.kind, i18n) : ''],
            [t('knowledge.symptom'), unsaved.symptom],
            [t('knowledge.causeOptional'), unsaved.cause],
            [t('knowledge.workaround'), unsaved.workaround],
            [t('knowledge.body'), unsaved.body],
            [t('knowledge.keywordsOptional'), unsaved.keywords],
            [t('knowledge.reviewDueOptional'), unsaved.review_due_on],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="kb-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <ArticleFields ids={IDS} values={values} set={set} errors={errors} />
        <SaveCancelButtons saveLabel={t('knowledge.save')} saveTestId="kb-save" saving={form.saving} cancelTestId="kb-edit-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
