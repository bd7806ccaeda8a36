// "Daftarkan domain, situs web atau alamat surel": the kind (the region's domain
// only for the superadmin), the agency (an operator's own, fixed), the name and its
// purpose. The region's naming rules (e.g. {agency}.madiunkota.go.id, Madiun Pasal
// 21 ayat (2)) are shown beside the name; a name that breaks one is refused with the
// name expected for the agency and the article, beside the name.
import { createDomain } from '../../api/infrastructure';
import { DOMAIN_KINDS, type Domain, type NamingRule } from '../../api/infrastructureTypes';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { domainKindLabel } from '../../format/infrastructure';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { agencyName, agencyOptions } from './agencyOptions';
import { conflictOnField } from './conflictOnField';

const IDS = { kind: 'infra-domain-kind', agency_id: 'infra-domain-agency', name: 'infra-domain-name', purpose: 'infra-domain-purpose' };

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null; // an operator's agency: fixed; null: the superadmin chooses
  rules: NamingRule[];
  onSaved: (domain: Domain) => void;
  onClose: () => void;
}

export function DomainForm({ agencies, ownAgencyId, rules, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, update, reset] = useDraft('infrastructure.domain.create', { kind: 'agency_subdomain', agency_id: '', name: '', purpose: '' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = ownAgencyId === null;
  const kinds = DOMAIN_KINDS.filter((k) => chooseAgency || k !== 'region_domain');
  const needsAgency = draft.kind !== 'region_domain';
  const rule = rules.find((r) => r.kind === draft.kind);
  const nameHint = rule ? t('infra.domainRuleHint', { pattern: rule.pattern, citation: rule.citation }) : draft.kind === 'email' ? t('infra.domainEmailHint') : t('infra.domainNameHint');

  const submit = send({
    check: (wording) =>
      fieldErrors([
        [IDS.agency_id, chooseAgency && needsAgency && !draft.agency_id ? wording.t('infra.error.agency') : null],
        [IDS.name, draft.name.trim() ? null : wording.t('infra.error.domainName')],
      ]),
    request: () =>
      createDomain({
        kind: draft.kind,
        agency_id: !needsAgency ? null : chooseAgency ? Number(draft.agency_id) : ownAgencyId,
        name: draft.name.trim(),
        purpose: draft.purpose.trim() || null,
      }),
    onSent: (domain) => {
      reset();
      onSaved(domain);
    },
    explain: conflictOnField(IDS.name),
  });

  return (
    <FormPanel title={t('infra.domainCreateTitle')} testId="infra-domain-create-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="infra-domain-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RadioGroup
          id={IDS.kind}
          legend={t('infra.domainKind')}
          value={draft.kind}
          options={kinds.map((k) => ({ value: k, label: domainKindLabel(k, i18n) }))}
          onChange={(kind) => update({ kind })}
          error={errors.fields[IDS.kind]}
        />
        {needsAgency &&
          (chooseAgency ? (
            <SelectField
              id={IDS.agency_id}
              label={t('infra.agency')}
              value={draft.agency_id}
              options={agencyOptions(agencies, t('infra.chooseAgency'))}
              onChange={(agency_id) => update({ agency_id })}
              error={errors.fields[IDS.agency_id]}
            />
          ) : (
            <p class="body" data-testid="infra-domain-own-agency">
              <strong>{t('infra.agency')}:</strong> {agencyName(agencies, ownAgencyId)}
            </p>
          ))}
        <TextField
          id={IDS.name}
          label={draft.kind === 'email' ? t('infra.domainEmail') : t('infra.domainName')}
          hint={nameHint}
          value={draft.name}
          onInput={(name) => update({ name })}
          error={errors.fields[IDS.name]}
          inputProps={{ maxLength: 253, autoComplete: 'off', spellcheck: false }}
        />
        <TextArea id={IDS.purpose} label={t('infra.domainPurpose')} value={draft.purpose} onInput={(purpose) => update({ purpose })} error={errors.fields[IDS.purpose]} />
        <SaveCancelButtons saveLabel={t('infra.domainCreateSubmit')} saveTestId="infra-domain-submit" saving={sending} cancelTestId="infra-domain-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
