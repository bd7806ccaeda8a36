// "Ubah peta rencana": the superadmin changes the title or the period (a new
// period re-lays every activity's years; the server refuses when a planned year
// would fall out). An enacted roadmap changes only with a reason its regulation
// lists. Sent with If-Match: when someone else saved first (412) it says so,
// offers the latest version and lists what was typed, so nothing is lost.
import { getRoadmap, updateRoadmap, type RoadmapInput } from '../../api/roadmaps';
import type { Roadmap } from '../../api/roadmapTypes';
import { reasonText, yearOf } from '../../format/roadmap';
import { hasErrors } from '../../forms/formErrors';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { ChangeReasonFields, changeInput, checkChange, EMPTY_CHANGE, type ChangeValues } from './ChangeReasonFields';
import { checkRoadmap, RoadmapFields, roadmapFieldIds, type RoadmapValues } from './RoadmapFields';

const IDS = roadmapFieldIds('rm-edit');

interface Base {
  roadmap: Roadmap;
  etag: string;
}

type Values = RoadmapValues & ChangeValues;

const valuesOf = ({ roadmap }: Base): Values => ({
  title: roadmap.title,
  start_year: String(roadmap.start_year),
  end_year: String(roadmap.end_year),
  ...EMPTY_CHANGE,
});

function changesOf(roadmap: Roadmap, values: Values): RoadmapInput {
  const out: RoadmapInput = {};
  if (values.title.trim() !== roadmap.title) out.title = values.title.trim();
  const start = yearOf(values.start_year);
  const end = yearOf(values.end_year);
  if (start !== roadmap.start_year) out.start_year = start;
  if (end !== roadmap.end_year) out.end_year = end;
  return out;
}

interface Props {
  roadmap: Roadmap;
  etag: string;
  today: string;
  onSaved: (roadmap: Roadmap, etag?: string) => void;
  onClose: () => void;
}

export function RoadmapEditForm({ roadmap, etag, today, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const form = useVersionedForm<Base, Values>({ roadmap, etag }, valuesOf, IDS);
  const { base, values, set, errors, unsaved } = form;
  const enacted = base.roadmap.status === 'enacted';

  const save = form.save({
    check: (wording) => {
      const own = checkRoadmap(values, IDS, wording);
      const change = checkChange(values, IDS, enacted && Object.keys(changesOf(base.roadmap, values)).length > 0, wording);
      return hasErrors(own) ? { summary: [...own.summary, ...change.summary], fields: { ...change.fields, ...own.fields } } : change;
    },
    send: () => {
      const changes = changesOf(base.roadmap, values);
      if (Object.keys(changes).length === 0) return null;
      return updateRoadmap(base.roadmap.id, enacted ? { ...changes, ...changeInput(values) } : changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });

  const reloadLatest = () => form.reload(getRoadmap(base.roadmap.id), (latest, latestEtag) => ({ roadmap: latest, etag: latestEtag ?? `"${latest.version}"` }));

  return (
    <section class="section panel" aria-labelledby="rm-edit-title">
      <h2 class="heading-m" id="rm-edit-title">
        {t('roadmap.editTitle')}
      </h2>
      <p class="body">{enacted ? t('roadmap.editEnactedIntro') : t('roadmap.editDraftIntro')}</p>
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="roadmap-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="roadmap-unsaved"
          rows={[
            [t('roadmap.titleLabel'), unsaved.title],
            [t('roadmap.period'), `${unsaved.start_year}–${unsaved.end_year}`],
            ...(unsaved.change_reason ? [[t('roadmap.changeReason'), reasonText(base.roadmap.change_reasons, unsaved.change_reason, lang)] as [string, string]] : []),
            ...(unsaved.change_note ? [[t('roadmap.changeNote'), unsaved.change_note] as [string, string]] : []),
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="roadmap-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <RoadmapFields ids={IDS} values={values} set={set} errors={errors} />
        {enacted && <ChangeReasonFields ids={IDS} reasons={base.roadmap.change_reasons} values={values} set={set} errors={errors} today={today} />}
        <SaveCancelButtons saveLabel={t('roadmap.save')} saveTestId="roadmap-save" saving={form.saving} cancelTestId="roadmap-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
