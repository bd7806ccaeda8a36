// "Susun peta rencana baru" (the ICT office, i.e. the superadmin): a new roadmap
// starts as a draft for a five-year period. What was typed survives a reload or
// the session ending (useDraft); after saving, the roadmap's own page opens.
import { createRoadmap } from '../../api/roadmaps';
import { yearOf } from '../../format/roadmap';
import { useSendForm } from '../../hooks/useSendForm';
import { useDraft } from '../../hooks/useDraft';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { checkRoadmap, EMPTY_ROADMAP, RoadmapFields, roadmapFieldIds } from './RoadmapFields';

const IDS = roadmapFieldIds('rm-new');

export function RoadmapCreateForm({ onClose }: { onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, update, reset] = useDraft('roadmap.create', EMPTY_ROADMAP);
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const found = (wording: I18n) => checkRoadmap(draft, IDS, wording);
  const submit = send({
    check: found,
    request: () => createRoadmap({ title: draft.title.trim(), start_year: yearOf(draft.start_year), end_year: yearOf(draft.end_year) }),
    onSent: (data) => {
      reset();
      const path = `/tata-kelola/peta-rencana/${data.id}`;
      flashOn(path, 'roadmap.created');
      navigate(path);
    },
  });

  return (
    <section class="section panel" aria-labelledby="rm-new-title">
      <h2 class="heading-m" id="rm-new-title">
        {t('roadmap.createTitle')}
      </h2>
      <p class="body">{t('roadmap.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="roadmap-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RoadmapFields ids={IDS} values={draft} set={update} errors={errors} />
        <SaveCancelButtons saveLabel={t('roadmap.createSubmit')} saveTestId="roadmap-create-submit" saving={sending} cancelTestId="roadmap-create-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
