// "Terkait dengan": the hosts, applications, datasets and risks an incident
// touched, each a link to its own page. Whoever may act on the incident finds a
// record by its name (search) and links it, or removes a link after confirming.
// A dataset linked makes the written notice to the data owner required.
import { useState } from 'preact/hooks';
import { addIncidentLink, removeIncidentLink, searchLinkCandidates } from '../../api/security';
import { LINK_KINDS, type Incident, type IncidentLink, type IncidentLinkKind, type LinkCandidate } from '../../api/securityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { LinkList } from '../LinkList';
import { RemoveWithConfirm, useConfirmRemove } from '../RemoveWithConfirm';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SearchField, SearchResults, useSearch } from '../form/SearchChoice';
import { linkKindLabel, linkTargetPath } from './labels';

interface Props {
  incident: Incident;
  mayWrite: boolean;
  onChanged: (incident?: Incident, etag?: string) => void; // with the answer, or load again
}

export function IncidentLinks({ incident, mayWrite, onChanged }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [done, setDone] = useState<string | null>(null);
  const removal = useConfirmRemove((l: IncidentLink) => removeIncidentLink(incident.id, l.id), () => {
    setDone(t('security.linkRemoved'));
    onChanged();
  });

  return (
    <LinkList
      prefix="sec"
      title={t('security.linksTitle')}
      count={incident.links.length}
      emptyText={t('security.linksNone')}
      done={done}
      removal={removal}
      mayAdd={mayWrite}
      addLabel={t('security.linkAdd')}
      onOpen={() => setDone(null)}
      form={(close) => (
        <LinkForm
          incident={incident}
          onClose={close}
          onAdded={(next, etag) => {
            close();
            setDone(t('security.linkAdded'));
            onChanged(next, etag);
          }}
        />
      )}
    >
      {incident.links.map((l) => {
        const path = linkTargetPath(l.kind, l.target_id);
        return (
          <li key={l.id} class="bp-link-list__item" data-testid="sec-link" data-kind={l.kind} data-target-id={l.target_id}>
            <p class="body">
              <strong class="tag tag--grey">{linkKindLabel(l.kind, i18n)}</strong>{' '}
              {path ? (
                <a class="link sec-text" href={path} data-testid="sec-link-label">
                  {l.label}
                </a>
              ) : (
                <span class="sec-text" data-testid="sec-link-label">
                  {l.label}
                </span>
              )}
            </p>
            {mayWrite && (
              <RemoveWithConfirm
                state={removal}
                item={l}
                testId="sec-link-remove"
                label={t('security.linkRemove')}
                hiddenName={l.label}
                question={t('security.linkRemoveQuestion')}
                yesLabel={t('security.linkRemoveYes')}
                onAsk={() => setDone(null)}
              />
            )}
          </li>
        );
      })}
    </LinkList>
  );
}

const IDS = { kind: 'sec-link-kind', q: 'sec-link-q', target_id: 'sec-link-target' };

function LinkForm({ incident, onClose, onAdded }: { incident: Incident; onClose: () => void; onAdded: (incident: Incident, etag?: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [kind, setKind] = useState<IncidentLinkKind | ''>('');
  const [q, setQ] = useState('');
  const finder = useSearch<LinkCandidate>();
  const [target, setTarget] = useState('');
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const linked = new Set(incident.links.filter((l) => l.kind === kind).map((l) => l.target_id));

  const search = async () => {
    if (!kind) return;
    const items = await finder.run(
      () => searchLinkCandidates(kind, q),
      (data) => data.filter((c) => !linked.has(c.id)),
    );
    if (items && !items.some((c) => String(c.id) === target)) setTarget('');
  };

  const submit = send({
    check: ({ t }: I18n) =>
      fieldErrors([
        [IDS.kind, kind ? null : t('security.error.linkKindMissing')],
        [IDS.target_id, target ? null : t('security.error.linkTargetMissing')],
      ]),
    request: () => addIncidentLink(incident.id, kind as IncidentLinkKind, Number(target)),
    onSent: (next, etag) => onAdded(next, etag),
  });

  return (
    <FormPanel title={t('security.linkAddTitle', { number: incident.number })} testId="sec-link-form-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="sec-link-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RadioGroup
          id={IDS.kind}
          legend={t('security.linkKind')}
          value={kind}
          onChange={(k) => {
            setKind(k as IncidentLinkKind);
            finder.clear();
            setTarget('');
          }}
          options={LINK_KINDS.map((k) => ({ value: k, label: linkKindLabel(k, i18n) }))}
          error={errors.fields[IDS.kind]}
        />
        {kind && (
          <>
            <SearchField
              id={IDS.q}
              label={t('security.linkSearch', { kind: linkKindLabel(kind, i18n).toLowerCase() })}
              hint={t('security.linkSearchHint')}
              value={q}
              onInput={setQ}
              searching={finder.searching}
              onSearch={() => void search()}
              buttonLabel={t('security.linkSearchButton')}
              buttonTestId="sec-link-search"
            />
          </>
        )}
        <SearchResults
          id={IDS.target_id}
          legend={t('security.linkChoose')}
          search={finder}
          onRetry={() => void search()}
          options={(finder.found ?? []).slice(0, 30).map((c) => ({ value: String(c.id), label: c.agency ? `${c.label} (${c.agency})` : c.label }))}
          value={target}
          onChange={setTarget}
          error={errors.fields[IDS.target_id]}
          noneText={t('security.linkNoneFound')}
          noneTestId="sec-link-none-found"
        />
        <SaveCancelButtons saveLabel={t('security.linkSave')} saveTestId="sec-link-save" saving={sending} cancelTestId="sec-link-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
