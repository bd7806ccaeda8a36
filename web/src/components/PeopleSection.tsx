// An agency's people (pegawai): name, NIP, e-mail, phone and SPBE duties, a page
// at a time, with a search by name or NIP. Those who manage the agency's staff
// (the superadmin, the agency's own operator) add and change people; an
// operator of another agency does not see them at all (the server refuses).
import { useState } from 'preact/hooks';
import type { Person, Terms } from '../api/organisationTypes';
import { listPeople } from '../api/people';
import { OpenFormButton } from './OpenFormButton';
import { PagedListView } from './PagedListView';
import { PersonForm } from './PersonForm';
import { SearchForm } from './SearchForm';
import { SavedNotice } from './SavedNotice';
import { spbeRoleLabel } from '../format/organisation';
import { usePagedList } from '../hooks/usePagedList';
import { useRecordEditor } from '../hooks/useRecordEditor';
import { useI18n } from '../i18n/useI18n';
import { signInCount } from '../state/session';
import { useStore } from '../state/store';

interface Props {
  agencyId: number;
  canEdit: boolean;
  terms: Terms;
  onChanged: () => void;
}

export function PeopleSection({ agencyId, canEdit, terms, onChanged }: Props) {
  const { t } = useI18n();
  const signIns = useStore(signInCount);
  const [applied, setApplied] = useState('');
  const list = usePagedList(
    (cursor, signal) => listPeople({ agency_id: agencyId, q: applied }, cursor, { signal }),
    `${agencyId}|${applied}|${signIns}`,
  );
  const editor = useRecordEditor<Person>();

  const done = (person: Person) => {
    editor.saved(person.name);
    list.reload();
    onChanged();
  };

  return (
    <section class="section" aria-labelledby="people-title" data-testid="people">
      <h2 class="heading-l" id="people-title">
        {t('person.title')}
      </h2>
      {editor.savedName && <SavedNotice testId="person-saved" text={t('person.saved', { name: editor.savedName })} />}
      <SearchForm id="people-q" testId="people-search" label={t('person.search')} hint={t('person.searchHint')} buttonLabel={t('person.searchButton')} applied={applied} onApply={setApplied} />
      <PagedListView list={list}>
        {(people) => <PeopleTable people={people} searched={applied !== ''} terms={terms} canEdit={canEdit} onEdit={editor.edit} />}
      </PagedListView>
      {canEdit && !editor.open && <OpenFormButton label={t('person.add')} testId="person-add" onClick={editor.add} />}
      {canEdit && editor.open && (
        <PersonForm
          key={editor.open.record?.id ?? 'new'}
          agencyId={agencyId}
          person={editor.open.record}
          terms={terms}
          onSaved={done}
          onClose={editor.close}
        />
      )}
    </section>
  );
}

interface TableProps {
  people: Person[];
  searched: boolean;
  terms: Terms;
  canEdit: boolean;
  onEdit: (p: Person) => void;
}

function PeopleTable({ people, searched, terms, canEdit, onEdit }: TableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (people.length === 0) {
    return (
      <p class="body" data-testid="people-empty">
        {searched ? t('person.noneMatch') : t('person.none')}
      </p>
    );
  }
  return (
    <table class="table table--stacked table--compact" data-testid="people-table">
      <caption class="visually-hidden">{t('person.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('person.name')}</th>
          <th scope="col">{t('person.nip')}</th>
          <th scope="col">{t('person.contact')}</th>
          <th scope="col">{t('person.roles')}</th>
          {canEdit && <th scope="col">{t('common.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id} data-testid="person-row" data-person-id={person.id}>
            <th scope="row" data-label={t('person.name')} data-testid="person-name">
              {person.name}
            </th>
            <td data-label={t('person.nip')} data-testid="person-nip-cell">
              {person.nip ?? <span class="secondary">{t('person.noNip')}</span>}
            </td>
            <td data-label={t('person.contact')}>
              {person.email && <span class="cell-line">{person.email}</span>}
              {person.phone && <span class="cell-line">{person.phone}</span>}
              {!person.email && !person.phone && <span class="secondary">—</span>}
            </td>
            <td data-label={t('person.roles')}>
              {person.spbe_roles.length ? (
                <ul class="tag-list">
                  {person.spbe_roles.map((role) => (
                    <li key={role}>
                      <strong class="tag tag--grey" data-testid="person-role">
                        {spbeRoleLabel(role, terms, i18n)}
                      </strong>
                    </li>
                  ))}
                </ul>
              ) : (
                <span class="secondary">—</span>
              )}
            </td>
            {canEdit && (
              <td data-label={t('common.actions')}>
                <button type="button" class="link-button" onClick={() => onEdit(person)} data-testid="person-edit">
                  {t('common.change')}
                  <span class="visually-hidden"> {person.name}</span>
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
