// The activities of a roadmap grouped by the seven areas (Tata Kelola,
// Manajemen, Layanan, Infrastruktur, Aplikasi, Keamanan, Audit TIK), each with a
// year-by-year grid: the target, whether the year is planned, and how it went.
// On a phone the grid is stacked (one block per activity, a line per year).
// Areas with no activity yet are flagged (Madiun Pasal 7 ayat (2)).
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client';
import { activityPath, deleteActivity } from '../../api/roadmaps';
import { AREAS, type Activity, type Roadmap } from '../../api/roadmapTypes';
import { actualColour, actualLabel, areaLabel, labelIn, plannedLabel } from '../../format/roadmap';
import { useErrorItems } from '../../hooks/useErrorItems';
import { useI18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { RecordHistory } from '../RecordHistory';

interface Props {
  roadmap: Roadmap;
  mayEdit: boolean;
  zone?: string;
  onEdit: (activity: Activity) => void;
  onDeleted: (activity: Activity) => void;
}

export function ActivityGrid({ roadmap, mayEdit, zone, onEdit, onDeleted }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const years: number[] = [];
  for (let y = roadmap.start_year; y <= roadmap.end_year; y += 1) years.push(y);
  const known = new Set<string>(AREAS);
  const areas = [...AREAS, ...[...new Set(roadmap.activities.map((a) => a.area))].filter((a) => !known.has(a))];

  return (
    <div data-testid="activity-grid">
      {areas.map((area) => {
        const activities = roadmap.activities.filter((a) => a.area === area);
        const label = activities[0] ? labelIn(activities[0].area_label, lang) : areaLabel(area, i18n);
        return (
          <section class="section area-section" key={area} data-testid="area-section" data-area={area} aria-labelledby={`area-${area}`}>
            <h3 class="heading-m" id={`area-${area}`}>
              {label} <span class="heading-count">({activities.length})</span>
            </h3>
            {activities.length === 0 ? (
              <p class="body secondary" data-testid="area-empty">
                {t('roadmap.areaEmpty')}
              </p>
            ) : (
              <table class="table table--stacked table--compact roadmap-grid" data-testid="activity-table">
                <caption class="visually-hidden">{t('roadmap.gridCaption', { area: label })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('roadmap.activity')}</th>
                    {years.map((y) => (
                      <th scope="col" key={y}>
                        {y}
                      </th>
                    ))}
                    {mayEdit && <th scope="col">{t('roadmap.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {activities.map((a) => (
                    <ActivityRow key={a.id} activity={a} years={years} mayEdit={mayEdit} mayDelete={mayEdit && roadmap.status === 'draft'} zone={zone} onEdit={onEdit} onDeleted={onDeleted} />
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}

interface RowProps {
  activity: Activity;
  years: number[];
  mayEdit: boolean;
  mayDelete: boolean;
  zone?: string;
  onEdit: (activity: Activity) => void;
  onDeleted: (activity: Activity) => void;
}

function ActivityRow({ activity: a, years, mayEdit, mayDelete, zone, onEdit, onDeleted }: RowProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errorItems = useErrorItems(error);

  const remove = async () => {
    setSending(true);
    const answer = await deleteActivity(a.id, `"${a.version}"`);
    setSending(false);
    if (answer.ok) onDeleted(a);
    else setError(answer.error);
  };

  return (
    <tr data-testid="activity-row" data-activity-id={a.id}>
      <th scope="row" data-label={t('roadmap.activity')}>
        <span class="cell-note">{a.program}</span>
        <span class="cell-line" data-testid="activity-name">
          <strong>{a.name}</strong>
        </span>
        <span class="cell-note" data-testid="activity-owner">
          {a.owner_agency_name}
        </span>
        {a.description && a.description !== a.name && <span class="cell-note">{a.description}</span>}
        <RecordHistory recordPath={activityPath(a.id)} version={a.version} zone={zone} />
      </th>
      {years.map((y) => {
        const e = a.years.find((x) => x.year === y);
        return (
          <td key={y} data-label={String(y)} data-testid="activity-year-cell" data-year={y}>
            {e ? (
              <>
                <span class="cell-line" data-testid="year-target">
                  {e.target || <span class="secondary">—</span>}
                </span>
                <span class={`cell-note${e.planned_status === 'planned' ? '' : ' secondary'}`} data-testid="year-planned">
                  {plannedLabel(e.planned_status, i18n)}
                </span>
                <strong class={`tag tag--${actualColour(e.actual_status)} tag-line`} data-testid="year-actual">
                  {actualLabel(e.actual_status, i18n)}
                </strong>
              </>
            ) : (
              <span class="secondary">—</span>
            )}
          </td>
        );
      })}
      {mayEdit && (
        <td data-label={t('roadmap.actions')}>
          <ErrorSummary items={errorItems} testId="activity-delete-error" />
          <button type="button" class="link-button" onClick={() => onEdit(a)} data-testid="activity-edit">
            {t('roadmap.activityEdit')}
            <span class="visually-hidden"> {a.name}</span>
          </button>
          {mayDelete && !confirming && (
            <button type="button" class="link-button" onClick={() => setConfirming(true)} data-testid="activity-delete">
              {t('roadmap.activityDelete')}
              <span class="visually-hidden"> {a.name}</span>
            </button>
          )}
          {mayDelete && confirming && (
            <span class="confirm-inline">
              <span class="cell-note">{t('roadmap.activityDeleteConfirm')}</span>
              <button type="button" class="link-button" disabled={sending} onClick={() => void remove()} data-testid="activity-delete-confirm">
                {t('roadmap.activityDeleteYes')}
              </button>{' '}
              <button type="button" class="link-button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </span>
          )}
        </td>
      )}
    </tr>
  );
}
