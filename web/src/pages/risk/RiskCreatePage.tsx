// /risiko/baru (an agency operator for their own agency, the ICT office for any): a
// new risk of the register (Formulir 3.0) — identification, analysis with the live
// preview of magnitude and level, evaluation. What was typed survives a reload or the
// session ending (useDraft); after saving, the risk's own page opens with the server's
// values, where treatments are planned.
import { createRisk, riskPagePath } from '../../api/risks';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadView } from '../../components/LoadView';
import { SaveCancelButtons } from '../../components/form/SaveCancelButtons';
import { SelectField } from '../../components/form/SelectField';
import { checkRisk, EMPTY_RISK, RiskFields, riskFieldIds, riskInput } from '../../components/risk/RiskFields';
import { currentYear } from '../../components/risk/labels';
import { useRiskAccess } from '../../components/risk/useRiskAccess';
import { useRiskCriteria } from '../../components/risk/useRiskCriteria';
import { fieldErrors } from '../../forms/formErrors';
import { useAgencies } from '../../hooks/useAgencies';
import { useDraft } from '../../hooks/useDraft';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { yearOptions } from './RisksPage';
import type { RiskCriteria } from '../../api/riskTypes';

const PREFIX = 'risk-new';
const IDS = riskFieldIds(PREFIX);

export function RiskCreatePage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('risk.createTitle'));
  const criteria = useRiskCriteria();
  return (
    <>
      <p class="back">
        <a class="link" href="/risiko" data-testid="back-to-risks">
          {t('risk.back')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('risk.registerTitle')}</span>
        <span data-testid="risk-new-heading">{t('risk.createTitle')}</span>
      </h1>
      <p class="lead">{t('risk.createIntro')}</p>
      <LoadView loaded={criteria}>{(answer) => <CreateForm criteria={answer.criteria} />}</LoadView>
    </>
  );
}

function CreateForm({ criteria }: { criteria: RiskCriteria }) {
  const { t } = useI18n();
  const access = useRiskAccess();
  const { agencies } = useAgencies();
  const zone = useRegionDetail()?.time_zone;
  const year = currentYear(zone);
  const [draft, update, reset] = useDraft('risk.create', { ...EMPTY_RISK, agency_id: '', year: '' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = access.ownAgencyId === null;
  const ownAgency = agencies.find((a) => a.id === access.ownAgencyId);
  const chosenYear = draft.year || String(year);

  const found = (wording: I18n) => {
    const agency = fieldErrors([[IDS.agency_id!, chooseAgency && !draft.agency_id ? wording.t('risk.error.agencyMissing') : null]]);
    const rest = checkRisk(draft, IDS, wording);
    return { summary: [...agency.summary, ...rest.summary], fields: { ...agency.fields, ...rest.fields } };
  };
  const submit = send({
    check: found,
    request: () => createRisk({ ...riskInput(draft), agency_id: chooseAgency ? Number(draft.agency_id) : access.ownAgencyId!, year: Number(chosenYear) }),
    onSent: (data) => {
      reset();
      const path = riskPagePath(data.id);
      flashOn(path, 'risk.created');
      navigate(path);
    },
  });

  return (
    <form class="form" onSubmit={submit} noValidate data-testid="risk-create-form">
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      {chooseAgency ? (
        <SelectField
          id={IDS.agency_id!}
          label={t('risk.agency')}
          hint={t('risk.agencyHint')}
          value={draft.agency_id}
          options={[{ value: '', label: t('risk.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
          onChange={(agency_id) => update({ agency_id })}
          error={errors.fields[IDS.agency_id!]}
        />
      ) : (
        <p class="body" data-testid="risk-new-own-agency">
          <strong>{t('risk.agency')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
          <span class="cell-note secondary">{t('risk.ownAgencyOnly')}</span>
        </p>
      )}
      <SelectField id={IDS.year!} label={t('risk.periodYear')} value={chosenYear} options={yearOptions(year)} onChange={(y) => update({ year: y })} error={errors.fields[IDS.year!]} />
      <RiskFields prefix={PREFIX} ids={IDS} values={draft} set={update} errors={errors} criteria={criteria} />
      <SaveCancelButtons saveLabel={t('risk.createSubmit')} saveTestId="risk-create-submit" saving={sending} cancelTestId="risk-create-cancel" onCancel={() => {
        reset();
        navigate('/risiko');
      }} />
    </form>
  );
}
