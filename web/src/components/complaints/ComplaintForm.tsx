// The public complaint form (Kendari Pasal 21 ayat (6), Madiun Pasal 23 ayat (4)
// huruf h): which service or agency, what happened, and who is complaining;
// e-mail and phone are optional and seen only by the staff who handle it. A
// hidden field that people never fill in catches robots. What was typed survives a
// reload (useDraft); errors show beside the fields and at the top; too many
// complaints from one place (429) says how long to wait.
import { useEffect, useState } from 'preact/hooks';
import { problemSlug } from '../../api/client';
import { fileComplaint, type ComplaintInput } from '../../api/complaints';
import type { ComplaintOptions, FiledComplaint } from '../../api/complaintTypes';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { tooManyText } from './complaintLabels';
import { WhereField } from './WhereField';

const IDS = {
  where: 'cp-where',
  title: 'cp-title',
  description: 'cp-description',
  name: 'cp-name',
  email: 'cp-email',
  phone: 'cp-phone',
};

// The server's field names → the form's inputs.
const SERVER_FIELDS: Record<string, string> = {
  service_id: IDS.where,
  agency_id: IDS.where,
  title: IDS.title,
  description: IDS.description,
  reporter: IDS.name,
  'reporter.name': IDS.name,
  'reporter.email': IDS.email,
  'reporter.phone': IDS.phone,
  name: IDS.name,
  email: IDS.email,
  phone: IDS.phone,
};

const EMPTY = { where: '', title: '', description: '', name: '', email: '', phone: '' };
type Draft = typeof EMPTY;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

function check(draft: Draft, { t }: I18n): FormErrors {
  const title = draft.title.trim();
  const description = draft.description.trim();
  const name = draft.name.trim();
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  return fieldErrors([
    [IDS.where, draft.where ? null : t('complaint.error.whereMissing')],
    [IDS.title, !title ? t('complaint.error.titleMissing') : title.length < 5 ? t('complaint.error.titleShort') : title.length > 150 ? t('complaint.error.titleLong') : null],
    [
      IDS.description,
      !description
        ? t('complaint.error.descriptionMissing')
        : description.length < 10
          ? t('complaint.error.descriptionShort')
          : description.length > 5000
            ? t('complaint.error.descriptionLong')
            : null,
    ],
    [IDS.name, !name ? t('complaint.error.nameMissing') : name.length < 2 ? t('complaint.error.nameShort') : name.length > 100 ? t('complaint.error.nameLong') : null],
    [IDS.email, email && !EMAIL.test(email) ? t('complaint.error.emailInvalid') : null],
    [IDS.phone, phone && !PHONE.test(phone) ? t('complaint.error.phoneInvalid') : null],
  ]);
}

function toInput(draft: Draft, website: string): ComplaintInput {
  const [what, id] = draft.where.split(':');
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  return {
    ...(what === 'service' ? { service_id: Number(id) } : { agency_id: Number(id) }),
    title: draft.title.trim(),
    description: draft.description.trim(),
    reporter: { name: draft.name.trim(), ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    website,
  };
}

interface Props {
  regionId: string;
  options: ComplaintOptions;
  onFiled: (filed: FiledComplaint) => void;
}

export function ComplaintForm({ regionId, options, onFiled }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, update, reset] = useDraft('complaint.create', EMPTY);
  const { errors, focusKey, sending, send } = useSendForm(SERVER_FIELDS);
  // Handed on only once the emptied draft is stored: the page then replaces the form.
  const [filed, setFiled] = useState<FiledComplaint | null>(null);
  useEffect(() => {
    if (filed) onFiled(filed);
  }, [filed]);

  const submit = (event: Event) => {
    const form = event.currentTarget as HTMLFormElement;
    const trap = (form.elements.namedItem('website') as HTMLInputElement | null)?.value ?? '';
    return send({
      check: (wording) => check(draft, wording),
      request: () => fileComplaint(toInput(draft, trap), regionId),
      onSent: (answer) => {
        reset();
        setFiled(answer);
      },
      explain: (error, shown, wording) => {
        if (error.status === 429 || problemSlug(error) === 'rate-limited')
          return { summary: [{ text: tooManyText(error.retryAfterSeconds, wording) }], fields: {} };
        if (error.status === 413) {
          const text = wording.t('complaint.error.tooLarge');
          return { summary: [{ text, fieldId: IDS.description }], fields: { [IDS.description]: text } };
        }
        return shown;
      },
    })(event);
  };

  return (
    <form class="form" onSubmit={submit} noValidate data-testid="complaint-form">
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      <WhereField id={IDS.where} options={options} value={draft.where} onChange={(where) => update({ where })} error={errors.fields[IDS.where]} />
      <TextField
        id={IDS.title}
        label={t('complaint.title')}
        hint={t('complaint.titleHint')}
        value={draft.title}
        onInput={(title) => update({ title })}
        error={errors.fields[IDS.title]}
        inputProps={{ maxLength: 150 }}
      />
      <TextArea
        id={IDS.description}
        label={t('complaint.description')}
        hint={t('complaint.descriptionHint')}
        value={draft.description}
        onInput={(description) => update({ description })}
        error={errors.fields[IDS.description]}
        rows={6}
      />
      <fieldset class="fieldset complaint-reporter" aria-describedby="cp-reporter-note">
        <legend class="fieldset__legend">{t('complaint.reporter')}</legend>
        <p class="field-hint" id="cp-reporter-note" data-testid="cp-reporter-note">
          {t('complaint.reporterNote')}
        </p>
        <TextField id={IDS.name} label={t('complaint.name')} value={draft.name} onInput={(name) => update({ name })} error={errors.fields[IDS.name]} autoComplete="name" inputProps={{ maxLength: 100 }} />
        <TextField
          id={IDS.email}
          label={t('complaint.email')}
          hint={t('complaint.optional')}
          value={draft.email}
          onInput={(email) => update({ email })}
          error={errors.fields[IDS.email]}
          autoComplete="email"
          inputProps={{ inputMode: 'email', maxLength: 254 }}
        />
        <TextField
          id={IDS.phone}
          label={t('complaint.phone')}
          hint={t('complaint.optional')}
          value={draft.phone}
          onInput={(phone) => update({ phone })}
          error={errors.fields[IDS.phone]}
          autoComplete="tel"
          width="half"
          inputProps={{ inputMode: 'tel', maxLength: 20 }}
        />
      </fieldset>
      {/* Left empty by people; robots that fill every field are refused. Not shown, not reachable by keyboard. */}
      <div class="complaint-trap" aria-hidden="true">
        <label for="cp-website">{t('complaint.trap')}</label>
        <input id="cp-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" data-testid="cp-website" />
      </div>
      <div class="button-group">
        <button type="submit" class="button" disabled={sending} data-testid="cp-submit">
          {t('complaint.submit')}
        </button>
      </div>
    </form>
  );
}
