// "Buat tiket": a ticket opened by staff at the service desk (Madiun Pasal 39 ayat
// (7)-(11)): its kind (Pasal 39 ayat (3)), title and description, the agency whose
// Tier 1 handles it (an operator: their own; the ICT office chooses), the service
// or application concerned, the priority, how it came in, and the reporter if
// someone outside reported it. What was typed survives a reload or the session
// ending (useDraft); after saving, the ticket's own page opens.
import { createTicket, ticketPagePath, type TicketInput } from '../../api/tickets';
import { TICKET_CHANNELS, TICKET_KINDS, TICKET_PRIORITIES } from '../../api/ticketTypes';
import type { Agency } from '../../api/identityTypes';
import { ticketChannelLabel, ticketKindHint, ticketKindLabel, ticketPriorityLabel } from '../../format/ticket';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { optionLabel, useAgencyOptions } from './useAgencyOptions';
import { KnowledgeSuggestions } from '../knowledge/KnowledgeSuggestions';

const P = 'sd-new';
const IDS: Record<string, string> = {
  kind: `${P}-kind`,
  title: `${P}-title`,
  description: `${P}-description`,
  agency_id: `${P}-agency`,
  service_id: `${P}-service`,
  application_id: `${P}-application`,
  priority: `${P}-priority`,
  channel: `${P}-channel`,
  reporter: `${P}-reporter-name`,
  'reporter.name': `${P}-reporter-name`,
  'reporter.email': `${P}-reporter-email`,
  'reporter.phone': `${P}-reporter-phone`,
};

const EMPTY = {
  kind: '',
  title: '',
  description: '',
  agency_id: '',
  service_id: '',
  application_id: '',
  priority: 'medium',
  channel: 'staff',
  reporter_name: '',
  reporter_email: '',
  reporter_phone: '',
};
type Values = typeof EMPTY;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

function check(v: Values, chooseAgency: boolean, { t }: I18n) {
  const title = v.title.trim();
  const description = v.description.trim();
  const someReporter = !!(v.reporter_email.trim() || v.reporter_phone.trim());
  return fieldErrors([
    [IDS.kind!, v.kind ? null : t('ticket.error.kindMissing')],
    [IDS.title!, !title ? t('ticket.error.titleMissing') : title.length < 3 || title.length > 200 ? t('ticket.error.titleLength') : null],
    [IDS.description!, !description ? t('ticket.error.descriptionMissing') : description.length > 10000 ? t('ticket.error.descriptionLength') : null],
    [IDS.agency_id!, chooseAgency && !v.agency_id ? t('ticket.error.agencyMissing') : null],
    [IDS['reporter.name']!, someReporter && !v.reporter_name.trim() ? t('ticket.error.reporterNameMissing') : null],
    [IDS['reporter.email']!, v.reporter_email.trim() && !EMAIL.test(v.reporter_email.trim()) ? t('ticket.error.emailInvalid') : null],
    [IDS['reporter.phone']!, v.reporter_phone.trim() && !PHONE.test(v.reporter_phone.trim()) ? t('ticket.error.phoneInvalid') : null],
  ]);
}

function inputOf(v: Values, agencyId: number): TicketInput {
  const input: TicketInput = { kind: v.kind, title: v.title.trim(), description: v.description.trim(), agency_id: agencyId, priority: v.priority, channel: v.channel };
  if (v.service_id) input.service_id = Number(v.service_id);
  if (v.application_id) input.application_id = Number(v.application_id);
  if (v.reporter_name.trim()) {
    input.reporter = { name: v.reporter_name.trim() };
    if (v.reporter_email.trim()) input.reporter.email = v.reporter_email.trim();
    if (v.reporter_phone.trim()) input.reporter.phone = v.reporter_phone.trim();
  }
  return input;
}

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null; // an operator's agency: fixed; null: the ICT office chooses
  onCancel: () => void;
}

export function TicketCreateForm({ agencies, ownAgencyId, onCancel }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, update, reset] = useDraft<Values>('ticket.create', EMPTY);
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = ownAgencyId === null;
  const agencyId = chooseAgency ? (draft.agency_id ? Number(draft.agency_id) : null) : ownAgencyId;
  const ownAgency = agencies.find((a) => a.id === ownAgencyId);
  const services = useAgencyOptions('services', agencyId);
  const applications = useAgencyOptions('applications', agencyId);
  const err = (field: string) => errors.fields[IDS[field]!];

  const submit = send({
    check: (wording) => check(draft, chooseAgency, wording),
    request: () => createTicket(inputOf(draft, agencyId!)),
    onSent: (ticket) => {
      reset();
      const path = ticketPagePath(ticket.id);
      flashOn(path, 'ticket.created');
      navigate(path);
    },
    explain: (error, shown, wording) =>
      error.status === 403 ? { ...shown, summary: [{ text: wording.t('ticket.error.forbiddenCreate') }, ...shown.summary] } : shown,
  });

  return (
    <form class="form" onSubmit={submit} noValidate data-testid="sd-create-form">
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      <RadioGroup
        id={IDS.kind!}
        legend={t('ticket.kind')}
        hint={t('ticket.kindHint')}
        value={draft.kind}
        onChange={(kind) => update({ kind })}
        options={TICKET_KINDS.map((k) => ({ value: k, label: `${ticketKindLabel(k, i18n)} — ${ticketKindHint(k, i18n)}` }))}
        error={err('kind')}
      />
      <TextField id={IDS.title!} label={t('ticket.title')} hint={t('ticket.titleHint')} value={draft.title} onInput={(title) => update({ title })} error={err('title')} inputProps={{ maxLength: 200 }} />
      <TextArea
        id={IDS.description!}
        label={t('ticket.description')}
        hint={t('ticket.descriptionHint')}
        value={draft.description}
        onInput={(description) => update({ description })}
        error={err('description')}
        rows={6}
      />
      <KnowledgeSuggestions title={draft.title} description={draft.description} applicationId={draft.application_id} />
      {chooseAgency ? (
        <SelectField
          id={IDS.agency_id!}
          label={t('ticket.agency')}
          hint={t('ticket.agencyHint')}
          value={draft.agency_id}
          options={[{ value: '', label: t('ticket.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
          onChange={(agency_id) => update({ agency_id, service_id: '', application_id: '' })}
          error={err('agency_id')}
        />
      ) : (
        <p class="body" data-testid="sd-new-own-agency">
          <strong>{t('ticket.agency')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
          <span class="cell-note secondary">{t('ticket.ownAgencyOnly')}</span>
        </p>
      )}
      <SelectField
        id={IDS.service_id!}
        label={t('ticket.serviceOptional')}
        hint={agencyId === null ? t('ticket.chooseAgencyFirst') : t('ticket.serviceHint')}
        value={draft.service_id}
        options={[{ value: '', label: t('ticket.noService') }, ...services.map((s) => ({ value: String(s.id), label: optionLabel(s) }))]}
        onChange={(service_id) => update({ service_id })}
        error={err('service_id')}
      />
      <SelectField
        id={IDS.application_id!}
        label={t('ticket.applicationOptional')}
        value={draft.application_id}
        options={[{ value: '', label: t('ticket.noApplication') }, ...applications.map((a) => ({ value: String(a.id), label: optionLabel(a) }))]}
        onChange={(application_id) => update({ application_id })}
        error={err('application_id')}
      />
      <RadioGroup
        id={IDS.priority!}
        legend={t('ticket.priority')}
        hint={t('ticket.priorityHint')}
        value={draft.priority}
        onChange={(priority) => update({ priority })}
        options={TICKET_PRIORITIES.map((p) => ({ value: p, label: ticketPriorityLabel(p, i18n) }))}
        error={err('priority')}
      />
      <SelectField
        id={IDS.channel!}
        label={t('ticket.channel')}
        value={draft.channel}
        options={TICKET_CHANNELS.filter((c) => c !== 'public_portal' && c !== 'api').map((c) => ({ value: c, label: ticketChannelLabel(c, i18n) }))}
        onChange={(channel) => update({ channel })}
        error={err('channel')}
      />
      <fieldset class="fieldset sd-reporter" data-testid="sd-new-reporter">
        <legend class="fieldset__legend">{t('ticket.reporterOptional')}</legend>
        <p class="field-hint">{t('ticket.reporterHint')}</p>
        <TextField
          id={IDS['reporter.name']!}
          label={t('ticket.reporterName')}
          value={draft.reporter_name}
          onInput={(reporter_name) => update({ reporter_name })}
          error={err('reporter.name')}
          autoComplete="off"
          inputProps={{ maxLength: 100 }}
        />
        <TextField
          id={IDS['reporter.email']!}
          label={t('ticket.reporterEmail')}
          value={draft.reporter_email}
          onInput={(reporter_email) => update({ reporter_email })}
          error={err('reporter.email')}
          autoComplete="off"
          inputProps={{ maxLength: 254, inputMode: 'email' }}
        />
        <TextField
          id={IDS['reporter.phone']!}
          label={t('ticket.reporterPhone')}
          value={draft.reporter_phone}
          onInput={(reporter_phone) => update({ reporter_phone })}
          error={err('reporter.phone')}
          width="half"
          autoComplete="off"
          inputProps={{ maxLength: 20, inputMode: 'tel' }}
        />
      </fieldset>
      <SaveCancelButtons saveLabel={t('ticket.createSubmit')} saveTestId="sd-create-submit" saving={sending} cancelTestId="sd-create-cancel" onCancel={onCancel} />
    </form>
  );
}
