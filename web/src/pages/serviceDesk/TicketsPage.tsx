// /tiket (everyone but citizens): the service desk queues (Madiun Pasal 39 ayat
// (7)-(11)). The Tier 1 tab holds the tickets at the agencies' Tier 1 (an operator
// sees their own agency's; the ICT office picks an agency or sees all), the Tier 2
// tab the tickets escalated to the ICT office. Each queue is sorted by the time
// left before the resolution is due (paused tickets last) and filtered by status,
// kind, priority, "mine", "past the SLA" and words (number, title, description,
// comments). Superadmin and operators open a ticket from here.
import { listTickets, NEW_TICKET_PAGE, type TicketFilter } from '../../api/tickets';
import { TICKET_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from '../../api/ticketTypes';
import { FilterForm } from '../../components/FilterForm';
import { PagedListView } from '../../components/PagedListView';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { TicketTable } from '../../components/serviceDesk/TicketTable';
import { DeskLinks } from '../../components/serviceDeskReports/DeskLinks';
import { useTicketAccess } from '../../components/serviceDesk/useTicketAccess';
import { tierLabel, ticketKindLabel, ticketPriorityLabel, ticketStatusLabel } from '../../format/ticket';
import { useAgencies } from '../../hooks/useAgencies';
import { usePageTitle } from '../../hooks/usePageTitle';
import { usePagedList } from '../../hooks/usePagedList';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useListFilter } from '../../hooks/useListFilter';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { route } from '../../state/route';
import { useStore } from '../../state/store';

type QueueFilter = Omit<TicketFilter, 'tier'>;
const NO_FILTER: QueueFilter = { status: 'open', agency_id: '', kind: '', priority: '', mine: false, breached: false, q: '' };


export function TicketsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const terms = useRegionDetail()?.terms;
  const access = useTicketAccess();
  const { agencies } = useAgencies();
  const { search } = useStore(route);
  const tier = search.get('tingkat') === '2' ? 'tier2' : 'tier1';
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<QueueFilter>(NO_FILTER);
  const applied = { ...filter, tier };
  const list = usePagedList((cursor, signal) => listTickets(applied, cursor, { signal }), JSON.stringify(applied));
  usePageTitle(t('ticket.queuesTitle'));
  const tierName = tierLabel(tier, terms, i18n);
  const chooseAgency = access.ownAgencyId === null;

  const shown: string[] = [...(draft.mine ? ['mine'] : []), ...(draft.breached ? ['breached'] : [])];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('ticket.caption')}</span>
        <span data-testid="sd-heading">{t('ticket.queuesTitle')}</span>
      </h1>
      <p class="lead">{t('ticket.queuesIntro')}</p>
      <DeskLinks />

      {access.mayWork ? (
        <p class="body">
          <a class="button" href={NEW_TICKET_PAGE} data-testid="sd-create">
            {t('ticket.create')}
          </a>
        </p>
      ) : (
        <p class="body secondary" data-testid="sd-read-only">
          {t('ticket.readOnly')}
        </p>
      )}

      <nav class="sd-tabs" aria-label={t('ticket.tabsLabel')} data-testid="sd-tabs">
        <ul class="sd-tabs__list">
          {(['tier1', 'tier2'] as const).map((which) => (
            <li key={which} class={`sd-tabs__item${which === tier ? ' sd-tabs__item--current' : ''}`}>
              <a
                class="sd-tabs__link"
                href={which === 'tier2' ? '/tiket?tingkat=2' : '/tiket'}
                aria-current={which === tier ? 'page' : undefined}
                data-testid={`sd-tab-${which}`}
              >
                {t(which === 'tier1' ? 'ticket.tab.tier1' : 'ticket.tab.tier2', { tier: tierLabel(which, terms, i18n) })}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section class="section" aria-labelledby="sd-queue-title">
        <h2 class="heading-l" id="sd-queue-title" data-testid="sd-queue-title">
          {t('ticket.queueTitle', { tier: tierName })}
        </h2>
        <p class="body secondary" data-testid="sd-queue-intro">
          {tier === 'tier1'
            ? access.ownAgencyId !== null
              ? t('ticket.queueTier1Operator')
              : t('ticket.queueTier1All')
            : t('ticket.queueTier2', { tier: tierName })}
        </p>
        <FilterForm
          label={t('ticket.filter')}
          testId="sd-filter"
          filtered={filtered}
          onApply={apply}
          onClear={clear}
        >
          <SelectField
            id="sd-filter-status"
            label={t('ticket.status')}
            value={draft.status}
            onChange={(status) => edit({ status })}
            options={[
              { value: 'open', label: t('ticket.filterOpen') },
              ...TICKET_STATUSES.map((s) => ({ value: s, label: ticketStatusLabel(s, i18n) })),
              { value: '', label: t('ticket.filterAllStatuses') },
            ]}
          />
          {chooseAgency && (
            <SelectField
              id="sd-filter-agency"
              label={t('ticket.agency')}
              value={draft.agency_id}
              onChange={(agency_id) => edit({ agency_id })}
              options={[{ value: '', label: t('ticket.filterAllAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
            />
          )}
          <SelectField
            id="sd-filter-kind"
            label={t('ticket.kind')}
            value={draft.kind}
            onChange={(kind) => edit({ kind })}
            options={[{ value: '', label: t('ticket.filterAllKinds') }, ...TICKET_KINDS.map((k) => ({ value: k, label: ticketKindLabel(k, i18n) }))]}
          />
          <SelectField
            id="sd-filter-priority"
            label={t('ticket.priority')}
            value={draft.priority}
            onChange={(priority) => edit({ priority })}
            options={[{ value: '', label: t('ticket.filterAllPriorities') }, ...TICKET_PRIORITIES.map((p) => ({ value: p, label: ticketPriorityLabel(p, i18n) }))]}
          />
          <TextField
            id="sd-filter-q"
            label={t('ticket.filterText')}
            hint={t('ticket.filterTextHint')}
            value={draft.q}
            onInput={(q) => edit({ q })}
            inputProps={{ maxLength: 200 }}
          />
          <CheckboxGroup
            id="sd-filter-only"
            legend={t('ticket.filterOnly')}
            values={shown}
            onChange={(values) => edit({ mine: values.includes('mine'), breached: values.includes('breached') })}
            options={[
              ...(access.mayWork ? [{ value: 'mine', label: t('ticket.filterMine') }] : []),
              { value: 'breached', label: t('ticket.filterBreached') },
            ]}
          />
        </FilterForm>
        <PagedListView list={list}>
          {(items) =>
            items.length === 0 ? (
              <p class="body" data-testid="sd-empty">
                {filtered ? t('ticket.noneFiltered') : t('ticket.none', { tier: tierName })}
              </p>
            ) : (
              <TicketTable tickets={items} caption={t('ticket.queueTitle', { tier: tierName })} />
            )
          }
        </PagedListView>
      </section>
    </>
  );
}
