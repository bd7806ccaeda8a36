// Create an API token: a name, its scopes (read, write) and how many days it
// lasts. What was typed survives the session ending (useDraft).
import { useState } from 'preact/hooks';
import { SCOPES, type NewToken, type Scope } from '../api/identityTypes';
import { createToken } from '../api/tokens';
import { ErrorSummary } from './ErrorSummary';
import { CheckboxGroup } from './form/CheckboxGroup';
import { TextField } from './form/TextField';
import { apiFormErrors, fieldErrors, hasErrors } from '../forms/formErrors';
import { useFormErrors } from '../forms/useFormErrors';
import { useDraft } from '../hooks/useDraft';
import { useI18n, type I18n } from '../i18n/useI18n';

const MAX_DAYS = 365;
const INITIAL = { name: '', scopes: ['read'] as string[], days: '90' };
const FIELD_IDS = { name: 'token-name', scopes: 'token-scopes', expires_in_days: 'token-days' };

export function TokenCreateForm({ onCreated }: { onCreated: (token: NewToken) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, updateDraft, resetDraft] = useDraft('tokens.create', INITIAL);
  const { errors, focusKey, show, clear } = useFormErrors();
  const [sending, setSending] = useState(false);
  const scopes = (Array.isArray(draft.scopes) ? draft.scopes : []).filter((s): s is Scope =>
    (SCOPES as readonly string[]).includes(s),
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const days = Number(draft.days);
    const found = ({ t }: I18n) =>
      fieldErrors([
        ['token-name', draft.name.trim() ? null : t('tokens.error.nameMissing')],
        ['token-scopes', scopes.length > 0 ? null : t('tokens.error.scopesMissing')],
        [
          'token-days',
          Number.isInteger(days) && days >= 1 && days <= MAX_DAYS ? null : t('tokens.error.days', { max: MAX_DAYS }),
        ],
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    setSending(true);
    const answer = await createToken({ name: draft.name.trim(), scopes, expires_in_days: days });
    setSending(false);
    if (!answer.ok) {
      const error = answer.error;
      show((wording) => apiFormErrors(error, wording, FIELD_IDS));
      return;
    }
    clear();
    resetDraft();
    onCreated(answer.data);
  };

  return (
    <form class="form" onSubmit={submit} noValidate data-testid="token-create-form">
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      <TextField
        id="token-name"
        label={t('tokens.name')}
        hint={t('tokens.nameHint')}
        value={draft.name}
        onInput={(name) => updateDraft({ name })}
        error={errors.fields['token-name']}
        autoComplete="off"
      />
      <CheckboxGroup
        id="token-scopes"
        legend={t('tokens.scopes')}
        values={scopes}
        onChange={(next) => updateDraft({ scopes: next })}
        error={errors.fields['token-scopes']}
        options={[
          { value: 'read', label: t('tokens.scope.read'), hint: t('tokens.scope.readHint') },
          { value: 'write', label: t('tokens.scope.write'), hint: t('tokens.scope.writeHint') },
        ]}
      />
      <TextField
        id="token-days"
        label={t('tokens.days')}
        hint={t('tokens.daysHint', { max: MAX_DAYS })}
        type="number"
        value={draft.days}
        onInput={(days) => updateDraft({ days })}
        error={errors.fields['token-days']}
        width="short"
        inputProps={{ min: 1, max: MAX_DAYS, inputMode: 'numeric' }}
      />
      <button type="submit" class="button" disabled={sending} data-testid="token-create-submit">
        {t('tokens.create')}
      </button>
    </form>
  );
}
