// /tiket/baru (superadmin and agency operators): the form to open a ticket at the
// service desk; afterwards the ticket's own page opens.
import { TICKETS_PAGE } from '../../api/tickets';
import { TicketCreateForm } from '../../components/serviceDesk/TicketCreateForm';
import { useTicketAccess } from '../../components/serviceDesk/useTicketAccess';
import { useAgencies } from '../../hooks/useAgencies';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { navigate } from '../../state/route';

export function TicketCreatePage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('ticket.createTitle'));
  const access = useTicketAccess();
  const { agencies } = useAgencies();
  return (
    <>
      <p class="back">
        <a class="link" href={TICKETS_PAGE} data-testid="back-to-queues">
          {t('ticket.back')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('ticket.caption')}</span>
        <span data-testid="sd-create-heading">{t('ticket.createTitle')}</span>
      </h1>
      <p class="lead">{t('ticket.createIntro')}</p>
      <TicketCreateForm agencies={agencies} ownAgencyId={access.superadmin ? null : access.ownAgencyId} onCancel={() => navigate(TICKETS_PAGE)} />
    </>
  );
}
