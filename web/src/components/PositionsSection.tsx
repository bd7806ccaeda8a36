// An agency's positions (jabatan): title, whether it heads the agency, and who
// holds it. Those who manage the agency's staff (the superadmin, the agency's
// own operator) add positions, rename them and set their holder.
import type { Position } from '../api/organisationTypes';
import { listPositions } from '../api/people';
import { LoadView } from './LoadView';
import { OpenFormButton } from './OpenFormButton';
import { PositionForm } from './PositionForm';
import { SavedNotice } from './SavedNotice';
import { useLoad } from '../hooks/useLoad';
import { useRecordEditor } from '../hooks/useRecordEditor';
import { useI18n } from '../i18n/useI18n';

interface Props {
  agencyId: number;
  canEdit: boolean;
  version: number; // changes when the agency's people change, so holders' names are fresh
  onChanged: () => void;
}

export function PositionsSection({ agencyId, canEdit, version, onChanged }: Props) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => listPositions(agencyId, { signal }), `${agencyId}|${version}`);
  const editor = useRecordEditor<Position>();

  const done = (position: Position) => {
    editor.saved(position.title);
    loaded.reload();
    onChanged();
  };

  return (
    <section class="section" aria-labelledby="positions-title" data-testid="positions">
      <h2 class="heading-l" id="positions-title">
        {t('position.title')}
      </h2>
      {editor.savedName && <SavedNotice testId="position-saved" text={t('position.saved', { title: editor.savedName })} />}
      <LoadView loaded={loaded}>{({ items }) => <PositionTable positions={items} canEdit={canEdit} onEdit={editor.edit} />}</LoadView>
      {canEdit && !editor.open && <OpenFormButton label={t('position.add')} testId="position-add" onClick={editor.add} />}
      {canEdit && editor.open && (
        <PositionForm
          key={editor.open.record?.id ?? 'new'}
          agencyId={agencyId}
          position={editor.open.record}
          onSaved={done}
          onClose={editor.close}
          onStale={loaded.reload}
        />
      )}
    </section>
  );
}

function PositionTable({ positions, canEdit, onEdit }: { positions: Position[]; canEdit: boolean; onEdit: (p: Position) => void }) {
  const { t } = useI18n();
  if (positions.length === 0) {
    return (
      <p class="body" data-testid="positions-empty">
        {t('position.none')}
      </p>
    );
  }
  return (
    <table class="table table--stacked table--compact" data-testid="positions-table">
      <caption class="visually-hidden">{t('position.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('position.name')}</th>
          <th scope="col">{t('position.holder')}</th>
          {canEdit && <th scope="col">{t('common.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {positions.map((position) => (
          <tr key={position.id} data-testid="position-row" data-position-id={position.id}>
            <th scope="row" data-label={t('position.name')}>
              <span data-testid="position-title">{position.title}</span>
              {position.is_head && (
                <>
                  {' '}
                  <strong class="tag tag--grey" data-testid="position-head">
                    {t('position.head')}
                  </strong>
                </>
              )}
            </th>
            <td data-label={t('position.holder')} data-testid="position-holder">
              {position.holder ? (
                <>
                  {position.holder.name ?? `#${position.holder.id}`}
                  {position.holder.nip && <span class="cell-note">{t('person.nipShort', { nip: position.holder.nip })}</span>}
                </>
              ) : (
                <span class="secondary">{t('position.vacant')}</span>
              )}
            </td>
            {canEdit && (
              <td data-label={t('common.actions')}>
                <button type="button" class="link-button" onClick={() => onEdit(position)} data-testid="position-edit">
                  {t('common.change')}
                  <span class="visually-hidden"> {position.title}</span>
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
