// The six domains of an architecture version in the regulation's order (Madiun
// Pasal 6 ayat (7)): each with its coordinating agency (from the region's
// regulation, with the article, until someone else is chosen) and its
// description. The superadmin changes a domain's description while the version
// is a draft or in review, and its coordinator until it is superseded; each
// change is sent with the version's If-Match.
import { useState } from 'preact/hooks';
import { getArchitecture, updateArchitectureDomain, type DomainInput } from '../../api/architectures';
import type { Architecture, ArchitectureDomain } from '../../api/architectureTypes';
import type { Agency } from '../../api/identityTypes';
import { labelIn } from '../../format/masterPlan';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';

interface Props {
  architecture: Architecture;
  etag: string;
  agencies: Agency[];
  mayManage: boolean;
  onSaved: (a: Architecture, etag?: string) => void;
}

const contentOpen = (status: string) => status === 'draft' || status === 'in_review';

export function DomainList({ architecture: a, etag, agencies, mayManage, onSaved }: Props) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const mayEdit = mayManage && a.status !== 'superseded';
  return (
    <ul class="domain-list" data-testid="architecture-domains">
      {a.domains.map((d) => (
        <li key={d.domain} class="card" data-testid="architecture-domain" data-domain={d.domain}>
          <h3 class="heading-s card__title" data-testid="domain-label">
            {labelIn(d.label, lang)}
          </h3>
          <dl class="facts">
            <div>
              <dt>{t('architecture.coordinator')}:</dt>
              <dd data-testid="domain-agency">
                {d.agency_id !== null ? (
                  <a class="link" href={`/organisasi/pd/${d.agency_id}`}>
                    {d.agency_name ?? `#${d.agency_id}`}
                  </a>
                ) : (
                  <span class="secondary">{t('architecture.noCoordinator')}</span>
                )}
                {d.article && <span class="cell-note">{t('architecture.coordinatorArticle', { article: d.article })}</span>}
              </dd>
            </div>
          </dl>
          <p class="body domain-description" data-testid="domain-description">
            {d.description || <span class="secondary">{t('architecture.noDescription')}</span>}
          </p>
          {mayEdit && editing !== d.domain && (
            <button type="button" class="link-button" onClick={() => setEditing(d.domain)} data-testid="domain-edit">
              {t('architecture.domainEdit', { domain: labelIn(d.label, lang) })}
            </button>
          )}
          {mayEdit && editing === d.domain && (
            <DomainEditForm
              architecture={a}
              domain={d}
              etag={etag}
              agencies={agencies}
              onSaved={(saved, savedEtag) => {
                setEditing(null);
                onSaved(saved, savedEtag);
              }}
              onClose={() => setEditing(null)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

interface Values {
  description: string;
  agency_id: string;
}

interface Base {
  architecture: Architecture;
  etag: string;
}

interface FormProps {
  architecture: Architecture;
  domain: ArchitectureDomain;
  etag: string;
  agencies: Agency[];
  onSaved: (a: Architecture, etag?: string) => void;
  onClose: () => void;
}

function domainOf(a: Architecture, domain: string): ArchitectureDomain | undefined {
  return a.domains.find((d) => d.domain === domain);
}

function DomainEditForm({ architecture, domain, etag, agencies, onSaved, onClose }: FormProps) {
  const { t, lang } = useI18n();
  const ids = { description: `domain-${domain.domain}-description`, agency_id: `domain-${domain.domain}-agency` };
  const valuesOf = (b: Base): Values => {
    const d = domainOf(b.architecture, domain.domain);
    return { description: d?.description ?? '', agency_id: d?.agency_id != null ? String(d.agency_id) : '' };
  };
  const form = useVersionedForm<Base, Values>({ architecture, etag }, valuesOf, ids);
  const { base, values, set, errors, unsaved } = form;
  const describable = contentOpen(base.architecture.status);

  const save = form.save({
    check: () => ({ summary: [], fields: {} }),
    send: () => {
      const current = domainOf(base.architecture, domain.domain);
      const changes: DomainInput = {};
      if (describable && values.description.trim() !== (current?.description ?? '')) changes.description = values.description.trim() || null;
      const agency = values.agency_id ? Number(values.agency_id) : null;
      if (agency !== (current?.agency_id ?? null)) changes.agency_id = agency;
      return Object.keys(changes).length === 0 ? null : updateArchitectureDomain(base.architecture.id, domain.domain, changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });

  const reloadLatest = () =>
    form.reload(getArchitecture(base.architecture.id), (latest, latestEtag) => ({ architecture: latest, etag: latestEtag ?? `"${latest.version}"` }));

  const agencyName = (id: string) => agencies.find((a) => String(a.id) === id)?.name ?? (id ? `#${id}` : t('architecture.noCoordinator'));
  return (
    <div class="panel step" data-testid="domain-form-panel">
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="domain-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="domain-unsaved"
          rows={[
            [t('architecture.coordinator'), agencyName(unsaved.agency_id)],
            [t('architecture.description'), unsaved.description],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="domain-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <SelectField
          id={ids.agency_id}
          label={t('architecture.coordinator')}
          hint={t('architecture.coordinatorHint', { domain: labelIn(domain.label, lang) })}
          value={values.agency_id}
          onChange={(agency_id) => set({ agency_id })}
          error={errors.fields[ids.agency_id]}
          options={[
            { value: '', label: t('architecture.noCoordinator') },
            ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` })),
            ...(values.agency_id && !agencies.some((a) => String(a.id) === values.agency_id) ? [{ value: values.agency_id, label: agencyName(values.agency_id) }] : []),
          ]}
        />
        {describable ? (
          <TextArea
            id={ids.description}
            label={t('architecture.description')}
            hint={t('architecture.descriptionHint')}
            value={values.description}
            onInput={(description) => set({ description })}
            error={errors.fields[ids.description]}
            rows={4}
          />
        ) : (
          <p class="body secondary">{t('architecture.descriptionFixed')}</p>
        )}
        <SaveCancelButtons saveLabel={t('architecture.domainSave')} saveTestId="domain-save" saving={form.saving} cancelTestId="domain-cancel" onCancel={onClose} />
      </form>
    </div>
  );
}
