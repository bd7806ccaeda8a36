// The region's catalogue of ICT competencies (code, name, kind, description). The ICT
// office adds entries and changes them (a change sent after someone else's meets a
// conflict and keeps what was typed); everyone else reads.
import { useState } from 'preact/hooks';
import type { Competency } from '../../api/competencyTypes';
import { useI18n } from '../../i18n/useI18n';
import { OpenFormButton } from '../OpenFormButton';
import { SavedNotice } from '../SavedNotice';
import { CompetencyForm } from './CompetencyForm';
import { kindLabel } from './competencyWords';

interface Props {
  catalogue: Competency[];
  manage: boolean;
  onChanged: () => void;
}

export function CatalogueSection({ catalogue, manage, onChanged }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState<{ record: Competency | null } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const saved = (c: Competency, created: boolean) => {
    setOpen(null);
    setDone(created ? t('competency.catalogueAdded', { name: c.name }) : t('competency.catalogueSaved', { name: c.name }));
    onChanged();
  };
  return (
    <section class="section" aria-labelledby="cp-cat-title" data-testid="cp-catalogue">
      <h2 class="heading-l" id="cp-cat-title">
        {t('competency.catalogueTitle')}
        <span class="heading-count"> ({catalogue.length})</span>
      </h2>
      <p class="body">{manage ? t('competency.catalogueIntroManage') : t('competency.catalogueIntro')}</p>
      {done && <SavedNotice testId="cp-cat-done" text={done} />}
      <table class="table table--stacked table--compact" data-testid="cp-cat-table">
        <caption class="visually-hidden">{t('competency.catalogueTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('competency.code')}</th>
            <th scope="col">{t('competency.name')}</th>
            <th scope="col">{t('competency.kind')}</th>
            {manage && <th scope="col">{t('competency.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {catalogue.map((c) => (
            <tr key={c.id} data-testid="cp-cat-row" data-code={c.code}>
              <td data-label={t('competency.code')} data-testid="cp-cat-code">
                {c.code}
              </td>
              <th scope="row" data-label={t('competency.name')}>
                <span class="cell-line" data-testid="cp-cat-name">
                  {c.name}
                </span>
                {c.description && <span class="cell-note secondary cp-text">{c.description}</span>}
              </th>
              <td data-label={t('competency.kind')} data-testid="cp-cat-kind">
                {kindLabel(c.kind, i18n)}
              </td>
              {manage && (
                <td data-label={t('competency.actions')}>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => {
                      setDone(null);
                      setOpen({ record: c });
                    }}
                    data-testid="cp-cat-edit"
                  >
                    {t('competency.change')}
                    <span class="visually-hidden"> {c.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {manage && !open && (
        <OpenFormButton
          label={t('competency.catalogueAdd')}
          testId="cp-cat-add"
          onClick={() => {
            setDone(null);
            setOpen({ record: null });
          }}
        />
      )}
      {manage && open && <CompetencyForm key={open.record?.id ?? 'new'} record={open.record} onSaved={saved} onClose={() => setOpen(null)} />}
    </section>
  );
}
