// /kepatuhan/pernyataan/baru?obligation=&kind=&subject= (the ICT office and agency
// operators): a statement of compliance for a duty Simpul keeps no record of — the
// person responsible states it done, with the document's reference and date, and may
// attach the document. Shown with the duty's citation and original sentence. A periodic
// duty counts from the date it was done; the others hold until "valid until" (or until
// withdrawn). Errors appear beside their fields and what was typed stays; once saved,
// the subject's page opens, where the duty now shows as met.
import { useState } from 'preact/hooks';
import { agencyCompliancePage, createStatement, getObligationCompliance, obligationPage, OBLIGATIONS_PAGE, type Finding, type ObligationCompliance } from '../../api/compliance';
import type { StoredFile } from '../../api/files';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadView } from '../../components/LoadView';
import { FileField } from '../../components/form/FileField';
import { SaveCancelButtons } from '../../components/form/SaveCancelButtons';
import { SelectField } from '../../components/form/SelectField';
import { TextArea } from '../../components/form/TextArea';
import { TextField } from '../../components/form/TextField';
import { todayInZone } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { flashOn } from '../../state/flash';
import { navigate, route } from '../../state/route';
import { useStore } from '../../state/store';
import { StatusTag } from './StatusTag';
import { subjectKindLabel } from './complianceWords';
import { subjectAgency, useComplianceAccess } from './useComplianceAccess';

const PERIODIC = ['periodic_submission', 'periodic_event'];
// The server's field names → the ids of the inputs.
const IDS: Record<string, string> = {
  subject_id: 'cm-st-subject',
  subject_kind: 'cm-st-subject',
  obligation_id: 'cm-st-subject',
  done_on: 'cm-st-done-on',
  valid_until: 'cm-st-valid-until',
  reference: 'cm-st-reference',
  note: 'cm-st-note',
  file_sha256: 'cm-st-file',
};

const subjectKey = (s: { kind: string; id: string }) => `${s.kind}:${s.id}`;

export function StatementCreatePage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('compliance.statementCreateTitle'));
  const { search } = useStore(route);
  const obligationId = search.get('obligation') ?? '';
  const preset = search.get('kind') && search.get('subject') ? `${search.get('kind')}:${search.get('subject')}` : '';
  const loaded = useLoad((signal) => getObligationCompliance(obligationId, { signal }), obligationId);

  return (
    <>
      <p class="back">
        <a class="link" href={obligationId ? obligationPage(obligationId) : OBLIGATIONS_PAGE} data-testid="cm-back">
          {t('compliance.backToObligation')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('compliance.caption')}</span>
        <span data-testid="cm-st-heading">{t('compliance.statementCreateTitle')}</span>
      </h1>
      <p class="lead">{t('compliance.statementCreateIntro')}</p>
      {obligationId ? (
        <LoadView loaded={loaded}>{(view) => <StatementForm view={view} preset={preset} />}</LoadView>
      ) : (
        <p class="body" data-testid="cm-st-no-duty">
          {t('compliance.statementNoDuty')}{' '}
          <a class="link" href={OBLIGATIONS_PAGE}>
            {t('compliance.nav.obligations')}
          </a>
        </p>
      )}
    </>
  );
}

interface Draft {
  subject: string; // kind:id
  done_on: string;
  valid_until: string;
  reference: string;
  note: string;
}

function StatementForm({ view, preset }: { view: ObligationCompliance; preset: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const access = useComplianceAccess();
  const today = todayInZone(useRegionDetail()?.time_zone);
  const o = view.obligation;
  const periodic = PERIODIC.includes(o.rule.kind);
  const choices = view.findings.filter((f) => access.mayAttest(f));
  const [draft, setDraft] = useState<Draft>({
    subject: choices.some((f) => subjectKey(f.subject) === preset) ? preset : choices.length === 1 ? subjectKey(choices[0]!.subject) : '',
    done_on: '',
    valid_until: '',
    reference: '',
    note: '',
  });
  const [file, setFile] = useState<StoredFile | null>(null);
  const edit = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chosen: Finding | undefined = choices.find((f) => subjectKey(f.subject) === draft.subject);

  const check = (wording: I18n) =>
    fieldErrors([
      [IDS.subject_id!, chosen ? null : wording.t('compliance.error.subject')],
      [IDS.done_on!, !draft.done_on ? wording.t('compliance.error.doneOn') : draft.done_on > today ? wording.t('compliance.error.doneOnFuture') : null],
      [IDS.valid_until!, draft.valid_until && draft.done_on && draft.valid_until <= draft.done_on ? wording.t('compliance.error.validUntil') : null],
      [IDS.reference!, draft.reference.trim() ? null : wording.t('compliance.error.reference')],
    ]);

  const submit = send({
    check,
    request: () =>
      createStatement({
        obligation_id: o.id,
        subject_kind: chosen!.subject.kind,
        subject_id: chosen!.subject.id,
        done_on: draft.done_on,
        ...(!periodic && draft.valid_until ? { valid_until: draft.valid_until } : {}),
        reference: draft.reference.trim(),
        ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
        ...(file ? { file_sha256: file.sha256 } : {}),
      }),
    onSent: (statement) => {
      const agencyId = subjectAgency(statement.subject_kind, statement.agency_id);
      const path = agencyId !== null ? agencyCompliancePage(agencyId) : obligationPage(o.id);
      flashOn(path, 'compliance.statementSaved');
      navigate(path);
    },
  });

  return (
    <>
      <div class="panel" data-testid="cm-st-duty">
        <h2 class="heading-m" data-testid="cm-st-citation">
          {o.citation}
        </h2>
        <blockquote class="body" lang="id" style={{ margin: 0 }}>
          {o.text}
        </blockquote>
        <p class="body secondary">{periodic ? t('compliance.statementPeriodic') : t('compliance.statementLasting')}</p>
      </div>
      {choices.length === 0 ? (
        <p class="body" data-testid="cm-st-not-yours">
          {t('compliance.statementNotYours')}
        </p>
      ) : (
        <form class="form" onSubmit={submit} noValidate data-testid="cm-st-form">
          <ErrorSummary items={errors.summary} focusKey={focusKey} />
          <SelectField
            id={IDS.subject_id!}
            label={t('compliance.statementSubject')}
            value={draft.subject}
            onChange={(subject) => edit({ subject })}
            options={[
              ...(choices.length > 1 ? [{ value: '', label: t('compliance.chooseSubject') }] : []),
              ...choices.map((f) => ({ value: subjectKey(f.subject), label: `${f.subject.name} (${subjectKindLabel(f.subject.kind, i18n)})` })),
            ]}
            error={errors.fields[IDS.subject_id!]}
          />
          {chosen && (
            <p class="body" data-testid="cm-st-now">
              {t('compliance.statementNow')} <StatusTag status={chosen.status} />
            </p>
          )}
          <TextField
            id={IDS.done_on!}
            type="date"
            label={periodic ? t('compliance.doneOnPeriodic') : t('compliance.doneOn')}
            hint={t('compliance.doneOnHint')}
            value={draft.done_on}
            onInput={(done_on) => edit({ done_on })}
            error={errors.fields[IDS.done_on!]}
            width="short"
            inputProps={{ max: today }}
          />
          {!periodic && (
            <TextField
              id={IDS.valid_until!}
              type="date"
              label={t('compliance.validUntil')}
              hint={t('compliance.validUntilHint')}
              value={draft.valid_until}
              onInput={(valid_until) => edit({ valid_until })}
              error={errors.fields[IDS.valid_until!]}
              width="short"
            />
          )}
          <TextField
            id={IDS.reference!}
            label={t('compliance.reference')}
            hint={t('compliance.referenceHint')}
            value={draft.reference}
            onInput={(reference) => edit({ reference })}
            error={errors.fields[IDS.reference!]}
            inputProps={{ maxLength: 300 }}
          />
          <TextArea id={IDS.note!} label={t('compliance.note')} hint={t('compliance.noteHint')} value={draft.note} onInput={(note) => edit({ note })} error={errors.fields[IDS.note!]} />
          <FileField id={IDS.file_sha256!} label={t('compliance.file')} hint={t('compliance.fileHint')} value={file} onChange={setFile} error={errors.fields[IDS.file_sha256!]} />
          <SaveCancelButtons
            saveLabel={t('compliance.statementSubmit')}
            saveTestId="cm-st-submit"
            saving={sending}
            cancelTestId="cm-st-cancel"
            onCancel={() => navigate(obligationPage(o.id))}
          />
        </form>
      )}
    </>
  );
}
