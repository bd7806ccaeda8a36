// /evaluasi/{id}/tim (every role but citizens): the campaign's Tim Asesor Internal — who holds
// which role and for which unit — with the roles explained: one coordinator (Koordinator SPBE,
// signs off), one person in charge (verifies), one data entry, any number of members (all
// score). The ICT office adds a member chosen from the region's staff users, changes a role
// (PUT again) and removes one after confirming.
import { useState } from 'preact/hooks';
import { getCampaign, putAssessor, removeAssessor } from '../../api/evaluation';
import { ASSESSOR_ROLES, type Assessor, type Campaign } from '../../api/evaluationTypes';
import { listUsers } from '../../api/users';
import type { User } from '../../api/identityTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ErrorBox } from '../../components/ErrorBox';
import { SaveCancelButtons } from '../../components/form/SaveCancelButtons';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { FormPanel } from '../../components/FormPanel';
import { LoadView } from '../../components/LoadView';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import './evaluation.css';
import { CampaignHeading } from './CampaignHeading';
import { roleLabel } from './evaluationWords';
import { useCampaignAccess } from './useCampaignAccess';

const IDS = { user_id: 'ev-team-user', role: 'ev-team-role', unit: 'ev-team-unit' };

// The region's staff users (not citizens), a few pages at most: a team is chosen from them.
async function staffUsers(signal: AbortSignal) {
  const all: User[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 10; page += 1) {
    const answer = await listUsers({}, cursor, { signal });
    if (!answer.ok) return answer;
    all.push(...answer.data.items.filter((u) => u.role !== 'citizen' && !u.locked));
    cursor = answer.data.next_cursor;
    if (!cursor) break;
  }
  return { ok: true as const, data: all, status: 200 };
}

export function TeamPage({ params }: PageProps) {
  const id = Number(params[0]);
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('evaluation.teamTitle'));
  const campaign = useLoad((signal) => getCampaign(id, { signal }), String(id));
  const loaded = campaign.state.phase === 'ready' ? campaign.state.data : null;
  const access = useCampaignAccess(loaded);
  const [editing, setEditing] = useState<{ assessor: Assessor | null } | null>(null);

  return (
    <>
      <CampaignHeading campaignId={id} year={loaded?.year ?? null} current="team" title={t('evaluation.teamTitle')} intro={t('evaluation.teamIntro')} testId="ev-team-heading" />
      <section class="section" aria-labelledby="ev-roles-title">
        <h2 class="heading-m" id="ev-roles-title">
          {t('evaluation.rolesTitle')}
        </h2>
        <dl class="summary-list" data-testid="ev-roles">
          {ASSESSOR_ROLES.map((role) => (
            <div class="summary-list__row" key={role}>
              <dt class="summary-list__key">{roleLabel(role, i18n)}</dt>
              <dd class="summary-list__value">{t(`evaluation.roleExplained.${role}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <LoadView loaded={campaign}>
        {(c) => (
          <section class="section" aria-labelledby="ev-team-title">
            <h2 class="heading-l" id="ev-team-title">
              {t('evaluation.teamListTitle')}
            </h2>
            {c.team.length === 0 ? (
              <p class="body" data-testid="ev-team-empty">
                {t('evaluation.teamNone')}
              </p>
            ) : (
              <TeamTable campaign={c} manage={access.manage} onEdit={(assessor) => setEditing({ assessor })} onChanged={campaign.reload} />
            )}
            {access.manage &&
              (editing ? (
                <AssessorForm
                  key={editing.assessor?.user_id ?? 'new'}
                  campaign={c}
                  assessor={editing.assessor}
                  onClose={() => setEditing(null)}
                  onSaved={() => {
                    setEditing(null);
                    campaign.reload();
                  }}
                />
              ) : (
                <p class="body">
                  <button type="button" class="button" onClick={() => setEditing({ assessor: null })} data-testid="ev-team-add">
                    {t('evaluation.teamAdd')}
                  </button>
                </p>
              ))}
          </section>
        )}
      </LoadView>
    </>
  );
}

function TeamTable({ campaign, manage, onEdit, onChanged }: { campaign: Campaign; manage: boolean; onEdit: (a: Assessor) => void; onChanged: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState<number | null>(null);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<Parameters<typeof ErrorBox>[0]['error'] | null>(null);
  const order = (role: string) => ASSESSOR_ROLES.indexOf(role as (typeof ASSESSOR_ROLES)[number]);
  const team = [...campaign.team].sort((a, b) => order(a.role) - order(b.role) || a.display_name.localeCompare(b.display_name));
  const remove = async (a: Assessor) => {
    setRemoving(true);
    const answer = await removeAssessor(campaign.id, a.user_id);
    setRemoving(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setConfirming(null);
    onChanged();
  };
  return (
    <>
      {error && <ErrorBox error={error} onRetry={() => setError(null)} />}
      <table class="table table--stacked table--compact" data-testid="ev-team">
        <thead>
          <tr>
            <th scope="col">{t('evaluation.member')}</th>
            <th scope="col">{t('evaluation.role')}</th>
            <th scope="col">{t('evaluation.unit')}</th>
            {manage && <th scope="col">{t('evaluation.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {team.map((a) => (
            <tr key={a.user_id} data-testid="ev-team-row" data-user-id={a.user_id} data-role={a.role}>
              <th scope="row" data-label={t('evaluation.member')}>
                {a.display_name}
                <span class="cell-note">{a.username}</span>
              </th>
              <td data-label={t('evaluation.role')}>{roleLabel(a.role, i18n)}</td>
              <td data-label={t('evaluation.unit')}>{a.unit || '—'}</td>
              {manage && (
                <td data-label={t('evaluation.actions')}>
                  {confirming === a.user_id ? (
                    <span class="button-group">
                      <button type="button" class="button button--warning" disabled={removing} onClick={() => void remove(a)} data-testid="ev-team-remove-yes">
                        {t('evaluation.teamRemoveYes')}
                      </button>
                      <button type="button" class="link-button" onClick={() => setConfirming(null)} data-testid="ev-team-remove-no">
                        {t('common.cancel')}
                      </button>
                    </span>
                  ) : (
                    <span class="button-group">
                      <button type="button" class="link-button" onClick={() => onEdit(a)} data-testid="ev-team-edit">
                        {t('evaluation.teamChangeRole')}
                      </button>
                      <button type="button" class="link-button link-button--danger" onClick={() => setConfirming(a.user_id)} data-testid="ev-team-remove">
                        {t('evaluation.teamRemove')}
                      </button>
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

interface FormProps {
  campaign: Campaign;
  assessor: Assessor | null; // null: someone new
  onClose: () => void;
  onSaved: () => void;
}

function AssessorForm({ campaign, assessor, onClose, onSaved }: FormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const users = useLoad((signal) => (assessor ? Promise.resolve({ ok: true as const, data: [] as User[], status: 200 }) : staffUsers(signal)));
  const [draft, update, reset] = useDraft(`evaluation.team.${campaign.id}.${assessor?.user_id ?? 'new'}`, {
    user_id: assessor ? String(assessor.user_id) : '',
    role: assessor?.role ?? 'member',
    unit: assessor?.unit ?? '',
  });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const holder = (role: string) => campaign.team.find((a) => a.role === role && String(a.user_id) !== draft.user_id);
  const check = ({ t }: I18n) => fieldErrors([[IDS.user_id, draft.user_id ? null : t('evaluation.error.userMissing')]]);
  const submit = send({
    check,
    request: () => putAssessor(campaign.id, Number(draft.user_id), { role: draft.role, unit: draft.unit.trim() }),
    onSent: () => {
      reset();
      onSaved();
    },
    // A single seat taken, or a user who cannot sit on the team: beside the field it concerns.
    explain: (error, shown, wording) =>
      error.status === 409 && error.problem?.detail
        ? { summary: [{ text: error.problem.detail, fieldId: IDS.role }], fields: { [IDS.role]: error.problem.detail } }
        : error.status === 403
          ? { ...shown, summary: [{ text: wording.t('evaluation.forbiddenManage') }, ...shown.summary] }
          : shown,
  });
  const taken = holder(draft.role);
  return (
    <FormPanel title={assessor ? t('evaluation.teamChangeTitle', { name: assessor.display_name }) : t('evaluation.teamAddTitle')} testId="ev-team-form-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="ev-team-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {!assessor && (
          <LoadView loaded={users}>
            {(list) => (
              <SelectField
                id={IDS.user_id}
                label={t('evaluation.member')}
                hint={t('evaluation.teamUserHint')}
                value={draft.user_id}
                onChange={(user_id) => update({ user_id })}
                options={[
                  { value: '', label: t('evaluation.chooseUser') },
                  ...list.filter((u) => !campaign.team.some((a) => a.user_id === u.id)).map((u) => ({ value: String(u.id), label: `${u.display_name} (${u.username})` })),
                ]}
                error={errors.fields[IDS.user_id]}
              />
            )}
          </LoadView>
        )}
        <SelectField
          id={IDS.role}
          label={t('evaluation.role')}
          value={draft.role}
          onChange={(role) => update({ role })}
          options={ASSESSOR_ROLES.map((r) => ({ value: r, label: roleLabel(r, i18n) }))}
          hint={taken ? t('evaluation.seatTaken', { name: taken.display_name }) : t(`evaluation.roleExplained.${draft.role as (typeof ASSESSOR_ROLES)[number]}`)}
          error={errors.fields[IDS.role]}
        />
        <TextField id={IDS.unit} label={t('evaluation.unit')} hint={t('evaluation.unitHint')} value={draft.unit} onInput={(unit) => update({ unit })} error={errors.fields[IDS.unit]} inputProps={{ maxLength: 200 }} />
        <SaveCancelButtons
          saveLabel={assessor ? t('evaluation.teamSaveRole') : t('evaluation.teamAdd')}
          saveTestId="ev-team-save"
          saving={sending}
          cancelTestId="ev-team-cancel"
          onCancel={() => {
            reset();
            onClose();
          }}
        />
      </form>
    </FormPanel>
  );
}
