// "Keterkaitan dengan elemen lain": what this service uses (other services,
// applications, datasets) and which services use it, as the links record them.
// The owner of the service (its agency's operator or the superadmin) adds what
// it uses, choosing the kind and then the element from that registry's list,
// and removes a link; pairs the server refuses (422) and a repeated link (409)
// are said beside the field. Hidden datasets show as "Dataset terbatas".
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client';
import { addElementLink, elementPagePath, impactPagePath, listElementOptions, removeElementLink } from '../../api/services';
import { MAY_USE, type ElementLink, type ElementNode, type Service } from '../../api/serviceTypes';
import { formatDateTime } from '../../format/dateTime';
import { apiFormErrors, fieldErrors, hasErrors } from '../../forms/formErrors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useLoad } from '../../hooks/useLoad';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorBox } from '../ErrorBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { LoadView } from '../LoadView';
import { OpenFormButton } from '../OpenFormButton';
import { SavedNotice } from '../SavedNotice';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { elementKindLabel, elementName } from './labels';

const IDS = { kind: 'svc-link-kind', element: 'svc-link-element', note: 'svc-link-note' };
// The server's field names → the inputs.
const FIELD_IDS: Record<string, string> = { 'to.kind': IDS.kind, 'to.id': IDS.element, to: IDS.element, 'from.kind': IDS.kind, 'from.id': IDS.element, note: IDS.note };

interface Props {
  service: Service;
  mayLink: boolean;
  zone?: string;
  onChanged: () => void; // the links changed: load the service again
}

export function ElementNodeName({ node, testId }: { node: ElementNode; testId?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (node.hidden)
    return (
      <span class="svc-hidden" data-testid={testId} title={t('link.hiddenHint')}>
        {t('link.hidden')}
      </span>
    );
  const name = elementName(node, i18n);
  const agency = node.agency_short_name ? ` (${node.agency_short_name})` : '';
  const page = node.missing ? null : elementPagePath(node.kind, node.id);
  return page ? (
    <a class="link" href={page} data-testid={testId}>
      {name}
      {agency}
    </a>
  ) : (
    <span data-testid={testId}>
      {name}
      {agency}
    </span>
  );
}

export function ElementLinksSection({ service, mayLink, zone, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const uses = service.uses ?? [];
  const usedBy = service.used_by ?? [];
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);

  const remove = async (l: ElementLink) => {
    if (removing) return;
    setRemoving(true);
    const answer = await removeElementLink(l.id);
    setRemoving(false);
    if (!answer.ok) {
      setRemoveError(answer.error);
      return;
    }
    setRemoveError(null);
    setConfirming(null);
    setDone('link.removed');
    onChanged();
  };

  const item = (l: ElementLink, other: ElementNode, removable: boolean) => (
    <li key={l.id} class="bp-link-list__item" data-testid="svc-link" data-link-id={l.id} data-kind={other.kind}>
      <p class="body">
        <strong class={`svc-kind svc-kind--${other.kind}`}>{elementKindLabel(other.kind, i18n)}</strong> <ElementNodeName node={other} testId="svc-link-name" />
      </p>
      {l.note && <p class="body bp-link-note">{l.note}</p>}
      <p class="body secondary bp-link-meta">{t('link.recordedBy', { user: l.created_by, at: formatDateTime(l.created_at, lang, zone) })}</p>
      {removable &&
        (confirming === l.id ? (
          <div class="confirm" role="alert" data-testid="svc-link-remove-confirm">
            <p class="body">{t('link.removeQuestion')}</p>
            <div class="button-group">
              <button type="button" class="button button--warning" disabled={removing} onClick={() => void remove(l)} data-testid="svc-link-remove-yes">
                {t('link.removeYes')}
              </button>
              <button type="button" class="link-button" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <p class="body">
            <button
              type="button"
              class="link-button link-button--danger"
              data-testid="svc-link-remove"
              onClick={() => {
                setDone(null);
                setRemoveError(null);
                setConfirming(l.id);
              }}
            >
              {t('link.remove')}
              <span class="visually-hidden"> {elementName(other, i18n)}</span>
            </button>
          </p>
        ))}
    </li>
  );

  return (
    <section class="section" aria-labelledby="svc-links-title" data-testid="svc-links">
      <h2 class="heading-l" id="svc-links-title">
        {t('link.title')}
      </h2>
      <p class="body">{t('link.intro')}</p>
      {done && <SavedNotice testId="svc-link-done" text={t(done)} />}
      {removeError && (
        <>
          {removeError.status === 403 && <p class="body">{t('link.forbidden')}</p>}
          <ErrorBox error={removeError} onRetry={() => setRemoveError(null)} />
        </>
      )}
      <h3 class="heading-m">
        {t('link.uses')} <span class="heading-count">({uses.length})</span>
      </h3>
      {uses.length === 0 ? (
        <p class="body secondary" data-testid="svc-uses-empty">
          {t('link.usesNone')}
        </p>
      ) : (
        <ul class="bp-link-list" data-testid="svc-uses">
          {uses.map((l) => item(l, l.to, mayLink))}
        </ul>
      )}
      {mayLink &&
        (adding ? (
          <LinkForm
            service={service}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              setDone('link.added');
              onChanged();
            }}
          />
        ) : (
          <OpenFormButton
            label={t('link.add')}
            testId="svc-link-add"
            onClick={() => {
              setDone(null);
              setAdding(true);
            }}
          />
        ))}
      <h3 class="heading-m">
        {t('link.usedBy')} <span class="heading-count">({usedBy.length})</span>
      </h3>
      {usedBy.length === 0 ? (
        <p class="body secondary" data-testid="svc-used-by-empty">
          {t('link.usedByNone')}
        </p>
      ) : (
        <ul class="bp-link-list" data-testid="svc-used-by">
          {usedBy.map((l) => item(l, l.from, false))}
        </ul>
      )}
      <p class="body">
        <a class="link" href={impactPagePath('service', service.id)} data-testid="svc-open-impact">
          {t('svc.showImpact')}
        </a>
      </p>
    </section>
  );
}

function LinkForm({ service, onClose, onAdded }: { service: Service; onClose: () => void; onAdded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [kind, setKind] = useState('');
  const [element, setElement] = useState('');
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const { errors, focusKey, show, clear } = useFormErrors();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const found = ({ t }: I18n) =>
      fieldErrors([
        [IDS.kind, kind ? null : t('link.error.kindMissing')],
        [IDS.element, !kind || element ? null : t('link.error.elementMissing')],
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    setSending(true);
    const answer = await addElementLink({ kind: 'service', id: service.id }, { kind, id: Number(element) }, note.trim());
    setSending(false);
    if (!answer.ok) {
      const error = answer.error;
      show((wording) => {
        if (error.status === 409) return fieldErrors([[IDS.element, wording.t('link.duplicate')]]);
        const shown = apiFormErrors(error, wording, FIELD_IDS);
        return error.status === 403 ? { ...shown, summary: [{ text: wording.t('link.forbidden') }, ...shown.summary] } : shown;
      });
      return;
    }
    clear();
    onAdded();
  };

  return (
    <FormPanel title={t('link.addTitle', { code: service.code })} testId="svc-link-form-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="svc-link-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RadioGroup
          id={IDS.kind}
          legend={t('link.kind')}
          hint={t('link.kindHint')}
          value={kind}
          onChange={(next) => {
            setKind(next);
            setElement('');
          }}
          options={MAY_USE.service.map((k) => ({ value: k, label: elementKindLabel(k, i18n) }))}
          error={errors.fields[IDS.kind]}
        />
        {kind && <ElementChoice key={kind} kind={kind as (typeof MAY_USE.service)[number]} exclude={service.id} value={element} onChange={setElement} error={errors.fields[IDS.element]} />}
        <TextArea id={IDS.note} label={t('link.noteOptional')} hint={t('link.noteHint')} value={note} onInput={setNote} error={errors.fields[IDS.note]} />
        <SaveCancelButtons saveLabel={t('link.save')} saveTestId="svc-link-save" saving={sending} cancelTestId="svc-link-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

// The elements of one registry to choose from (the service itself left out).
function ElementChoice({
  kind,
  exclude,
  value,
  onChange,
  error,
}: {
  kind: (typeof MAY_USE.service)[number];
  exclude: number;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const options = useLoad((signal) => listElementOptions(kind, { signal }), kind);
  return (
    <LoadView loaded={options}>
      {(items) => {
        const choosable = items.filter((o) => kind !== 'service' || o.id !== exclude);
        return choosable.length === 0 ? (
          <p class="body secondary" data-testid="svc-link-no-options">
            {t('link.noOptions')}
          </p>
        ) : (
          <SelectField
            id={IDS.element}
            label={t('link.element')}
            hint={t('link.elementHint')}
            value={value}
            onChange={onChange}
            options={[{ value: '', label: t('link.chooseElement') }, ...choosable.map((o) => ({ value: String(o.id), label: o.label }))]}
            error={error}
          />
        );
      }}
    </LoadView>
  );
}
