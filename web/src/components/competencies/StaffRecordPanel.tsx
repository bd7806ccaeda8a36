// One employee's ICT record, opened from the list: whether they have basic ICT
// competence and are a Pranata Komputer, the competencies they hold (level, since
// when, what shows it), their certificates with the expiry marked, and the trainings
// they attended. An operator of the person's agency (or the ICT office) records new
// ones and removes mistaken ones; everyone else reads.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getStaffRecord, removeStaffPart } from '../../api/competencies';
import type { Certificate, Competency, HeldCompetency, StaffRecord, Training } from '../../api/competencyTypes';
import { describeError } from '../../errors/describe';
import { formatDay } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';
import { LoadView } from '../LoadView';
import { OpenFormButton } from '../OpenFormButton';
import { RemoveWithConfirm, useConfirmRemove, type ConfirmRemove } from '../RemoveWithConfirm';
import { SavedNotice } from '../SavedNotice';
import { EXPIRY_COLOUR, expiryText, kindLabel, levelLabel } from './competencyWords';
import { CertificateForm, HeldCompetencyForm, TrainingForm } from './StaffForms';

interface Props {
  personId: number;
  catalogue: Competency[];
  mayEdit: boolean;
  changes: number;
  onChanged: () => void;
  onClose: () => void;
}

type Form = 'held' | 'certificate' | 'training' | { certificate: Certificate } | { held: HeldCompetency } | null;

export function StaffRecordPanel({ personId, catalogue, mayEdit, changes, onChanged, onClose }: Props) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => getStaffRecord(personId, { signal }), `${personId}|${changes}`);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [personId]);
  return (
    <section class="section panel cp-record" aria-labelledby="cp-record-title" data-testid="cp-record" data-person-id={personId}>
      <h2 class="heading-l" id="cp-record-title" tabIndex={-1} ref={heading}>
        {loaded.state.phase === 'ready' ? <span data-testid="cp-record-name">{loaded.state.data.person.name}</span> : t('competency.recordTitle')}
      </h2>
      <LoadView loaded={loaded}>{(record) => <RecordBody key={record.person.id} record={record} catalogue={catalogue} mayEdit={mayEdit} onChanged={onChanged} />}</LoadView>
      <p class="body">
        <button type="button" class="link-button" onClick={onClose} data-testid="cp-record-close">
          {t('competency.recordClose')}
        </button>
      </p>
    </section>
  );
}

function RecordBody({ record, catalogue, mayEdit, onChanged }: { record: StaffRecord; catalogue: Competency[]; mayEdit: boolean; onChanged: () => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [form, setForm] = useState<Form>(null);
  const [done, setDone] = useState<string | null>(null);
  const personId = record.person.id;
  const saved = (message: string) => () => {
    setForm(null);
    setDone(message);
    onChanged();
  };
  const removed = () => {
    setDone(t('competency.removed'));
    onChanged();
  };
  const removeHeld = useConfirmRemove<HeldCompetency>((item) => removeStaffPart(personId, 'competencies', item), removed);
  const removeCert = useConfirmRemove<Certificate>((item) => removeStaffPart(personId, 'certificates', item), removed);
  const removeTraining = useConfirmRemove<Training>((item) => removeStaffPart(personId, 'trainings', item), removed);
  const errors = [removeHeld.error, removeCert.error, removeTraining.error].filter((e) => e !== null);
  const open = (f: Form) => () => {
    setDone(null);
    setForm(f);
  };
  const certName = (id: number | null) => record.certificates.find((c) => c.id === id)?.name;
  const trainingName = (id: number | null) => record.trainings.find((tr) => tr.id === id)?.title;
  const evidence = (h: HeldCompetency) =>
    h.evidence === 'certificate'
      ? t('competency.evidenceBy', { what: certName(h.certificate_id) ?? t('competency.evidence.certificate') })
      : h.evidence === 'training'
        ? t('competency.evidenceBy', { what: trainingName(h.training_id) ?? t('competency.evidence.training') })
        : t('competency.evidence.none');
  const remove = <T extends { id: number; version: number }>(state: ConfirmRemove<T>, item: T, testId: string, name: string) =>
    mayEdit && (
      <RemoveWithConfirm
        state={state}
        item={item}
        testId={testId}
        label={t('competency.remove')}
        hiddenName={name}
        question={t('competency.removeQuestion', { name })}
        yesLabel={t('competency.removeYes')}
        onAsk={() => setDone(null)}
      />
    );

  return (
    <>
      <p class="body">
        {record.person.nip && <span class="cell-line">{t('competency.nipValue', { nip: record.person.nip })}</span>}
        <span class="cell-line">{record.person.agency_name}</span>
      </p>
      <p class="body">
        <strong class={`tag tag--${record.has_basic_ict ? 'green' : 'red'}`} data-testid="cp-record-basic">
          {record.has_basic_ict ? t('competency.hasBasic') : t('competency.noBasic')}
        </strong>{' '}
        {record.pranata_komputer && (
          <strong class="tag tag--blue" data-testid="cp-record-pranata">
            {t('competency.pranataKomputer')}
          </strong>
        )}
      </p>
      {done && <SavedNotice testId="cp-record-done" text={done} />}
      {errors.map((e, i) => (
        <p key={i} class="error-message" role="alert" data-testid="cp-record-error">
          {e.status === 403 ? t('competency.forbiddenEdit') : describeError(e, i18n)}
        </p>
      ))}
      {!mayEdit && (
        <p class="body secondary" data-testid="cp-record-read-only">
          {t('competency.readOnlyPerson', { agency: record.person.agency_name })}
        </p>
      )}

      <PartTable
        title={t('competency.competencies')}
        count={record.competencies.length}
        noneText={t('competency.heldNone')}
        noneTestId="cp-held-none"
        tableTestId="cp-held-table"
        columns={[{ label: t('competency.competency') }, { label: t('competency.level') }, { label: t('competency.acquiredOn') }, { label: t('competency.evidence') }]}
        mayEdit={mayEdit}
      >
        {record.competencies.map((h) => (
          <tr key={h.id} data-testid="cp-held" data-competency-id={h.competency_id}>
            <th scope="row" data-label={t('competency.competency')}>
              <span class="cell-line" data-testid="cp-held-name">
                {h.competency_name}
              </span>
              <span class="cell-note secondary">{kindLabel(h.competency_kind, i18n)}</span>
            </th>
            <td data-label={t('competency.level')} data-testid="cp-held-level">
              {levelLabel(h.level, i18n)}
            </td>
            <td data-label={t('competency.acquiredOn')}>{formatDay(h.acquired_on, lang)}</td>
            <td data-label={t('competency.evidence')}>
              {evidence(h)}
              {h.note && <span class="cell-note secondary cp-text">{h.note}</span>}
            </td>
            {mayEdit && (
              <td data-label={t('competency.actions')}>
                <EditButton label={t('competency.change')} name={h.competency_name} testId="cp-held-edit" onClick={open({ held: h })} />
                {remove(removeHeld, h, 'cp-held-remove', h.competency_name)}
              </td>
            )}
          </tr>
        ))}
      </PartTable>
      {mayEdit && form !== 'held' && <OpenFormButton label={t('competency.heldAdd')} testId="cp-held-add" onClick={open('held')} />}
      {mayEdit && form === 'held' && <HeldCompetencyForm record={record} catalogue={catalogue} onSaved={saved(t('competency.heldSaved'))} onClose={() => setForm(null)} />}
      {mayEdit && form !== null && typeof form === 'object' && 'held' in form && (
        <HeldCompetencyForm
          key={`${form.held.id}.${record.competencies.find((h) => h.id === form.held.id)?.version ?? 0}`}
          record={record}
          catalogue={catalogue}
          held={record.competencies.find((h) => h.id === form.held.id) ?? form.held}
          onSaved={saved(t('competency.heldUpdated'))}
          onStale={onChanged}
          onClose={() => setForm(null)}
        />
      )}

      <PartTable
        title={t('competency.certificates')}
        count={record.certificates.length}
        noneText={t('competency.certNone')}
        noneTestId="cp-cert-none"
        tableTestId="cp-cert-table"
        columns={[{ label: t('competency.certName') }, { label: t('competency.issuedOn') }, { label: t('competency.expiresOnLabel') }]}
        mayEdit={mayEdit}
      >
        {record.certificates.map((c: Certificate) => (
          <tr key={c.id} data-testid="cp-cert" data-certificate-id={c.id} data-expiry={c.expiry}>
            <th scope="row" data-label={t('competency.certName')}>
              <span class="cell-line" data-testid="cp-cert-name">
                {c.name}
              </span>
              <span class="cell-note secondary">
                {c.issuer}
                {c.number ? ` · ${t('competency.certNumberValue', { number: c.number })}` : ''}
              </span>
              {c.file_sha256 && (
                <a class="cell-note link" href={`/api/v1/files/${c.file_sha256}`} download data-testid="cp-cert-file-link">
                  {t('competency.certFileLink')}
                </a>
              )}
            </th>
            <td data-label={t('competency.issuedOn')}>{formatDay(c.issued_on, lang)}</td>
            <td data-label={t('competency.expiresOnLabel')}>
              <strong class={`tag tag--${EXPIRY_COLOUR[c.expiry] ?? 'grey'}`} data-testid="cp-cert-expiry">
                {expiryText(c.expiry, c.days_to_expiry, i18n)}
              </strong>
              {c.expires_on && <span class="cell-note">{formatDay(c.expires_on, lang)}</span>}
            </td>
            {mayEdit && (
              <td data-label={t('competency.actions')}>
                <EditButton label={t('competency.certEdit')} name={c.name} testId="cp-cert-edit" onClick={open({ certificate: c })} />
                {remove(removeCert, c, 'cp-cert-remove', c.name)}
              </td>
            )}
          </tr>
        ))}
      </PartTable>
      {mayEdit && form !== 'certificate' && <OpenFormButton label={t('competency.certAdd')} testId="cp-cert-add" onClick={open('certificate')} />}
      {mayEdit && form === 'certificate' && <CertificateForm record={record} catalogue={catalogue} onSaved={saved(t('competency.certSaved'))} onClose={() => setForm(null)} />}
      {mayEdit && form !== null && typeof form === 'object' && 'certificate' in form && (
        <CertificateForm
          key={`${form.certificate.id}.${record.certificates.find((c) => c.id === form.certificate.id)?.version ?? 0}`}
          record={record}
          catalogue={catalogue}
          certificate={record.certificates.find((c) => c.id === form.certificate.id) ?? form.certificate}
          onSaved={saved(t('competency.certUpdated'))}
          onStale={onChanged}
          onClose={() => setForm(null)}
        />
      )}

      <PartTable
        title={t('competency.trainings')}
        count={record.trainings.length}
        noneText={t('competency.trainingNone')}
        noneTestId="cp-training-none"
        tableTestId="cp-training-table"
        columns={[{ label: t('competency.trainingTitle') }, { label: t('competency.when') }, { label: t('competency.hours'), numeric: true }]}
        mayEdit={mayEdit}
      >
        {record.trainings.map((tr: Training) => (
          <tr key={tr.id} data-testid="cp-training" data-training-id={tr.id}>
            <th scope="row" data-label={t('competency.trainingTitle')}>
              <span class="cell-line" data-testid="cp-training-name">
                {tr.title}
              </span>
              <span class="cell-note secondary">{tr.organiser}</span>
              {tr.certificate_file_sha256 && (
                <a class="cell-note link" href={`/api/v1/files/${tr.certificate_file_sha256}`} download>
                  {t('competency.trainingFileLink')}
                </a>
              )}
            </th>
            <td data-label={t('competency.when')}>
              {tr.starts_on === tr.ends_on ? formatDay(tr.starts_on, lang) : t('competency.fromTo', { from: formatDay(tr.starts_on, lang), to: formatDay(tr.ends_on, lang) })}
            </td>
            <td class="numeric" data-label={t('competency.hours')}>
              {tr.hours}
            </td>
            {mayEdit && <td data-label={t('competency.actions')}>{remove(removeTraining, tr, 'cp-training-remove', tr.title)}</td>}
          </tr>
        ))}
      </PartTable>
      {mayEdit && form !== 'training' && <OpenFormButton label={t('competency.trainingAdd')} testId="cp-training-add" onClick={open('training')} />}
      {mayEdit && form === 'training' && <TrainingForm record={record} catalogue={catalogue} onSaved={saved(t('competency.trainingSaved'))} onClose={() => setForm(null)} />}
    </>
  );
}

// One part of the record (competencies, certificates, trainings): its heading, and
// "none yet" or the table of its rows (given as children), with an actions column
// for whoever may edit.
function PartTable(props: {
  title: string;
  count: number;
  noneText: string;
  noneTestId: string;
  tableTestId: string;
  columns: Array<{ label: string; numeric?: boolean }>;
  mayEdit: boolean;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <>
      <h3 class="heading-m">{props.title}</h3>
      {props.count === 0 ? (
        <p class="body secondary" data-testid={props.noneTestId}>
          {props.noneText}
        </p>
      ) : (
        <table class="table table--stacked table--compact" data-testid={props.tableTestId}>
          <caption class="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              {props.columns.map((c) => (
                <th key={c.label} scope="col" class={c.numeric ? 'numeric' : undefined}>
                  {c.label}
                </th>
              ))}
              {props.mayEdit && <th scope="col">{t('competency.actions')}</th>}
            </tr>
          </thead>
          <tbody>{props.children}</tbody>
        </table>
      )}
    </>
  );
}

// The button that opens a row's edit form; the row's name is read out with it.
function EditButton({ label, name, testId, onClick }: { label: string; name: string; testId: string; onClick: () => void }) {
  return (
    <p class="body">
      <button type="button" class="link-button" onClick={onClick} data-testid={testId}>
        {label}
        <span class="visually-hidden"> {name}</span>
      </button>
    </p>
  );
}
