// "Tetapkan peta rencana": a draft with at least one activity is enacted by a
// decree of the region head (Kendari Pasal 8 ayat (3)): number and date, the
// date not in the future. An enacted roadmap whose period overlaps is superseded
// in the same step; the panel names it beforehand so nobody is surprised.
import { useState } from 'preact/hooks';
import { enactRoadmap, listRoadmaps } from '../../api/roadmaps';
import type { Roadmap, RoadmapSummary } from '../../api/roadmapTypes';
import { periodText } from '../../format/roadmap';
import { apiFormErrors, fieldErrors, hasErrors } from '../../forms/formErrors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useLoad } from '../../hooks/useLoad';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../form/TextField';

const IDS = { decree_number: 'rm-enact-number', decree_date: 'rm-enact-date' };

interface Props {
  roadmap: Roadmap;
  etag: string;
  today: string;
  onEnacted: (roadmap: Roadmap, etag?: string) => void;
  onStale: () => void;
}

export function EnactPanel({ roadmap, etag, today, onEnacted, onStale }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [number, setNumber] = useState(roadmap.decree_number ?? '');
  const [date, setDate] = useState(roadmap.decree_date ?? '');
  const [sending, setSending] = useState(false);
  const [stale, setStale] = useState(false);
  const { errors, focusKey, show, clear } = useFormErrors();
  const list = useLoad((signal) => listRoadmaps({ signal }));
  const overlapping: RoadmapSummary[] =
    list.state.phase === 'ready'
      ? list.state.data.items.filter((r) => r.id !== roadmap.id && r.status === 'enacted' && r.start_year <= roadmap.end_year && roadmap.start_year <= r.end_year)
      : [];

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const found = ({ t }: I18n) =>
      fieldErrors([
        [IDS.decree_number, number.trim() ? null : t('roadmap.error.decreeNumberMissing')],
        [IDS.decree_date, !date ? t('roadmap.error.decreeDateMissing') : date > today ? t('roadmap.error.decreeDateFuture') : null],
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    setSending(true);
    const answer = await enactRoadmap(roadmap.id, { decree_number: number.trim(), decree_date: date }, etag);
    setSending(false);
    if (answer.ok) {
      clear();
      onEnacted(answer.data, answer.etag);
      return;
    }
    const error = answer.error;
    if (error.status === 412) {
      clear();
      setStale(true);
      return;
    }
    show((wording) => apiFormErrors(error, wording, IDS));
  };

  return (
    <section class="section panel" aria-labelledby="rm-enact-title" data-testid="roadmap-enact">
      <h2 class="heading-m" id="rm-enact-title">
        {t('roadmap.enactTitle')}
      </h2>
      <p class="body">{t('roadmap.enactIntro')}</p>
      {roadmap.activities.length === 0 && (
        <p class="body" data-testid="roadmap-enact-no-activities">
          <strong>{t('roadmap.enactNeedsActivity')}</strong>
        </p>
      )}
      {overlapping.length > 0 && (
        <div class="confirm" data-testid="roadmap-enact-supersedes">
          <p class="body">{t('roadmap.enactSupersedes')}</p>
          <ul class="list">
            {overlapping.map((r) => (
              <li key={r.id}>
                <a class="link" href={`/tata-kelola/peta-rencana/${r.id}`}>
                  {r.title}
                </a>{' '}
                ({periodText(r.start_year, r.end_year)})
              </li>
            ))}
          </ul>
        </div>
      )}
      {stale && <ConflictBox onReload={onStale} testId="roadmap-enact-conflict" />}
      <form class="form" noValidate onSubmit={submit} data-testid="roadmap-enact-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TextField id={IDS.decree_number} label={t('roadmap.decreeNumber')} hint={t('roadmap.decreeNumberHint')} value={number} onInput={setNumber} error={errors.fields[IDS.decree_number]} autoComplete="off" />
        <TextField id={IDS.decree_date} label={t('roadmap.decreeDate')} type="date" width="short" value={date} onInput={setDate} error={errors.fields[IDS.decree_date]} inputProps={{ max: today }} />
        <button type="submit" class="button" disabled={sending} data-testid="roadmap-enact-submit">
          {t('roadmap.enactSubmit')}
        </button>
      </form>
    </section>
  );
}
