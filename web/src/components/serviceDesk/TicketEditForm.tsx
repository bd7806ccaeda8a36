// "Ubah tiket": the handler changes the kind, priority (both recompute the SLA due
// times from when the ticket was opened), the service or application concerned,
// and who handles it. The ICT office chooses anyone who may handle the ticket at
// its tier; an operator takes it on or lets it go. Sent with If-Match: when someone
// else saved first (412) it says so, offers the latest version and lists what was
// typed, so nothing is lost.
import { useEffect, useState } from 'preact/hooks';
import { getTicket, listUserOptions, updateTicket, type TicketChanges, type UserOption } from '../../api/tickets';
import { TICKET_KINDS, TICKET_PRIORITIES, type Ticket } from '../../api/ticketTypes';
import { ticketKindLabel, ticketPriorityLabel } from '../../format/ticket';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { optionLabel, useAgencyOptions } from './useAgencyOptions';
import type { TicketAccess } from './useTicketAccess';

const P = 'sd-edit';
const IDS: Record<string, string> = {
  kind: `${P}-kind`,
  priority: `${P}-priority`,
  service_id: `${P}-service`,
  application_id: `${P}-application`,
  assignee_user_id: `${P}-assignee`,
};

interface Base {
  ticket: Ticket;
  etag: string;
}

interface Values {
  kind: string;
  priority: string;
  service_id: string;
  application_id: string;
  assignee: string;
}

const valuesOf = ({ ticket }: Base): Values => ({
  kind: ticket.kind,
  priority: ticket.priority,
  service_id: ticket.service ? String(ticket.service.id) : '',
  application_id: ticket.application ? String(ticket.application.id) : '',
  assignee: ticket.assignee ? String(ticket.assignee.id) : '',
});

const idOrNull = (value: string) => (value ? Number(value) : null);

function changesOf(ticket: Ticket, v: Values): TicketChanges {
  const changes: TicketChanges = {};
  if (v.kind !== ticket.kind) changes.kind = v.kind;
  if (v.priority !== ticket.priority) changes.priority = v.priority;
  if (idOrNull(v.service_id) !== (ticket.service?.id ?? null)) changes.service_id = idOrNull(v.service_id);
  if (idOrNull(v.application_id) !== (ticket.application?.id ?? null)) changes.application_id = idOrNull(v.application_id);
  if (idOrNull(v.assignee) !== (ticket.assignee?.id ?? null)) changes.assignee_user_id = idOrNull(v.assignee);
  return changes;
}

// The ICT office: the superadmins, and at Tier 1 the operators of the ticket's agency.
function useAssignees(ticket: Ticket, access: TicketAccess): UserOption[] {
  const [users, setUsers] = useState<UserOption[]>([]);
  useEffect(() => {
    if (!access.superadmin) return;
    const controller = new AbortController();
    const asks = [listUserOptions('superadmin', null, { signal: controller.signal })];
    if (ticket.tier === 'tier1') asks.push(listUserOptions('agency_operator', ticket.agency.id, { signal: controller.signal }));
    void Promise.all(asks).then((answers) => {
      if (controller.signal.aborted) return;
      setUsers(answers.flatMap((a) => (a.ok ? a.data.items : [])));
    });
    return () => controller.abort();
  }, [access.superadmin, ticket.tier, ticket.agency.id]);
  return users;
}

interface Props {
  ticket: Ticket;
  etag: string;
  access: TicketAccess;
  myName: string;
  onSaved: (ticket: Ticket, etag?: string) => void;
  onClose: () => void;
}

export function TicketEditForm({ ticket, etag, access, myName, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useVersionedForm<Base, Values>({ ticket, etag }, valuesOf, IDS);
  const { base, values, set, errors, unsaved } = form;
  const services = useAgencyOptions('services', base.ticket.agency.id);
  const applications = useAgencyOptions('applications', base.ticket.agency.id);
  const users = useAssignees(base.ticket, access);

  const people = new Map<string, string>();
  if (base.ticket.assignee) people.set(String(base.ticket.assignee.id), base.ticket.assignee.display_name);
  if (access.userId !== null) people.set(String(access.userId), t('ticket.assigneeMe', { name: myName }));
  for (const u of users) if (!people.has(String(u.id))) people.set(String(u.id), u.display_name);
  const withCurrent = (items: { id: number; name: string; code?: string }[], current: { id: number; name: string } | null) =>
    current && !items.some((i) => i.id === current.id) ? [current, ...items] : items;

  const save = form.save({
    check: () => ({ summary: [], fields: {} }),
    send: () => {
      const changes = changesOf(base.ticket, values);
      return Object.keys(changes).length === 0 ? null : updateTicket(base.ticket.id, changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });

  const reloadLatest = () => form.reload(getTicket(base.ticket.id), (latest, latestEtag) => ({ ticket: latest, etag: latestEtag ?? `"${latest.version}"` }));
  const nameOf = (list: { id: number; name: string }[], id: string) => list.find((i) => String(i.id) === id)?.name ?? id;

  return (
    <FormPanel title={t('ticket.editTitle', { number: base.ticket.number })} testId="sd-edit">
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="sd-edit-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="sd-edit-unsaved"
          rows={[
            [t('ticket.kind'), ticketKindLabel(unsaved.kind, i18n)],
            [t('ticket.priority'), ticketPriorityLabel(unsaved.priority, i18n)],
            [t('ticket.service'), unsaved.service_id ? nameOf(services, unsaved.service_id) : ''],
            [t('ticket.application'), unsaved.application_id ? nameOf(applications, unsaved.application_id) : ''],
            [t('ticket.assignee'), unsaved.assignee ? (people.get(unsaved.assignee) ?? unsaved.assignee) : t('ticket.unassigned')],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="sd-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <SelectField
          id={IDS.kind!}
          label={t('ticket.kind')}
          value={values.kind}
          onChange={(kind) => set({ kind })}
          options={TICKET_KINDS.map((k) => ({ value: k, label: ticketKindLabel(k, i18n) }))}
          error={errors.fields[IDS.kind!]}
        />
        <SelectField
          id={IDS.priority!}
          label={t('ticket.priority')}
          hint={t('ticket.prioritySlaHint')}
          value={values.priority}
          onChange={(priority) => set({ priority })}
          options={TICKET_PRIORITIES.map((p) => ({ value: p, label: ticketPriorityLabel(p, i18n) }))}
          error={errors.fields[IDS.priority!]}
        />
        <SelectField
          id={IDS.assignee_user_id!}
          label={t('ticket.assignee')}
          hint={access.superadmin ? t('ticket.assigneeHintAdmin') : t('ticket.assigneeHint')}
          value={values.assignee}
          onChange={(assignee) => set({ assignee })}
          options={[{ value: '', label: t('ticket.unassigned') }, ...[...people].map(([value, label]) => ({ value, label }))]}
          error={errors.fields[IDS.assignee_user_id!]}
        />
        <SelectField
          id={IDS.service_id!}
          label={t('ticket.serviceOptional')}
          value={values.service_id}
          onChange={(service_id) => set({ service_id })}
          options={[{ value: '', label: t('ticket.noService') }, ...withCurrent(services, base.ticket.service).map((s) => ({ value: String(s.id), label: optionLabel(s) }))]}
          error={errors.fields[IDS.service_id!]}
        />
        <SelectField
          id={IDS.application_id!}
          label={t('ticket.applicationOptional')}
          value={values.application_id}
          onChange={(application_id) => set({ application_id })}
          options={[
            { value: '', label: t('ticket.noApplication') },
            ...withCurrent(applications, base.ticket.application).map((a) => ({ value: String(a.id), label: optionLabel(a) })),
          ]}
          error={errors.fields[IDS.application_id!]}
        />
        <SaveCancelButtons saveLabel={t('ticket.save')} saveTestId="sd-edit-save" saving={form.saving} cancelTestId="sd-edit-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
