// Small tags about an agency: its coordinating roles in the regulation's words
// (e.g. "Dinas Komunikasi dan Informatika") and, when granted, the PD Mandiri
// TIK status (also in the regulation's words).
import type { OrgAgency, Terms } from '../api/organisationTypes';
import { term } from '../format/organisation';
import { useI18n } from '../i18n/useI18n';

export function RoleBadges({ roles, terms }: { roles: string[]; terms: Terms }) {
  const { lang } = useI18n();
  if (roles.length === 0) return null;
  return (
    <ul class="tag-list" data-testid="agency-roles">
      {roles.map((role) => (
        <li key={role}>
          <strong class="tag tag--blue" data-testid="agency-role" data-role={role}>
            {term(terms, role, lang)}
          </strong>
        </li>
      ))}
    </ul>
  );
}

export function SelfSufficientBadge({ agency, terms }: { agency: OrgAgency; terms: Terms }) {
  const { lang } = useI18n();
  if (!agency.ict_self_sufficient) return null;
  return (
    <strong class="tag tag--green" data-testid="agency-self-sufficient">
      {term(terms, 'ict_self_sufficient', lang)}
    </strong>
  );
}
