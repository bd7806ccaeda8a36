// The bodies the regulation forms (Tim Koordinasi SPBE, its working groups, the
// CSIRT …): name, kind, article, the decree that formed it, and each member as
// role, position and the person holding it now. Working groups are listed
// under the body they belong to.
import type { Committee, CommitteeMember, Terms } from '../api/organisationTypes';
import { formatDay } from '../format/dateTime';
import { bodyKindLabel, memberRoleLabel, selectorLabel } from '../format/organisation';
import { useI18n } from '../i18n/useI18n';

interface Props {
  committees: Committee[];
  terms: Terms;
}

export function CommitteeList({ committees, terms }: Props) {
  const { t } = useI18n();
  const top = committees.filter((c) => c.parent_committee_id === null || !committees.some((p) => p.id === c.parent_committee_id));
  if (top.length === 0) {
    return (
      <p class="body" data-testid="committees-empty">
        {t('organisation.committeesNone')}
      </p>
    );
  }
  return (
    <>
      {top.map((committee) => (
        <CommitteeCard key={committee.id} committee={committee} all={committees} terms={terms} level={3} />
      ))}
    </>
  );
}

function CommitteeCard({ committee, all, terms, level }: { committee: Committee; all: Committee[]; terms: Terms; level: 3 | 4 }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const groups = all.filter((c) => c.parent_committee_id === committee.id);
  const kind = bodyKindLabel(committee.kind, terms, i18n);
  const Heading = level === 3 ? 'h3' : 'h4';
  const facts = [
    kind !== committee.name ? kind : null,
    committee.article,
    committee.formed_by ? t('committee.formedBy', { by: committee.formed_by }) : null,
    committee.decree_number
      ? t('committee.decree', {
          number: committee.decree_number,
          date: committee.decree_date ? formatDay(committee.decree_date, lang) : '—',
        })
      : null,
  ].filter((f): f is string => Boolean(f));
  return (
    <section class={level === 3 ? 'card' : 'card card--nested'} data-testid="committee" data-key={committee.key} aria-label={committee.name}>
      <Heading class="heading-s card__title" data-testid="committee-name">
        {committee.name}
      </Heading>
      <p class="secondary card__facts">{facts.join(' · ')}</p>
      {committee.members.length === 0 ? (
        <p class="body">{t('committee.noMembers')}</p>
      ) : (
        <table class="table table--stacked table--compact" data-testid="committee-members">
          <caption class="visually-hidden">{t('committee.membersOf', { name: committee.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('committee.role')}</th>
              <th scope="col">{t('committee.position')}</th>
              <th scope="col">{t('committee.holder')}</th>
            </tr>
          </thead>
          <tbody>
            {committee.members.map((member) => (
              <MemberRow key={member.id} member={member} terms={terms} />
            ))}
          </tbody>
        </table>
      )}
      {groups.map((group) => (
        <CommitteeCard key={group.id} committee={group} all={all} terms={terms} level={4} />
      ))}
    </section>
  );
}

function MemberRow({ member, terms }: { member: CommitteeMember; terms: Terms }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <tr data-testid="committee-member" data-role={member.role}>
      <th scope="row" data-label={t('committee.role')} data-testid="member-role">
        {memberRoleLabel(member.role, i18n)}
      </th>
      <td data-label={t('committee.position')} data-testid="member-position">
        {member.position_title ?? (member.selector ? selectorLabel(member.selector, terms, i18n) : '—')}
      </td>
      <td data-label={t('committee.holder')} data-testid="member-holder">
        {member.holder ? member.holder.name : member.position_id !== null ? <span class="secondary">{t('position.vacant')}</span> : <span class="secondary">—</span>}
      </td>
    </tr>
  );
}
