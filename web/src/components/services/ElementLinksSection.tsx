// "Keterkaitan dengan elemen lain" for any SPBE element (service, application,
// dataset, host, network, facility): what it uses (links from it) and what uses
// it (links to it), loaded from the link list. The owner of the element (its
// agency's operator or the superadmin; for facilities and the WAN the superadmin
// only) adds what it uses, choosing one of the kinds the contract allows and then
// the element from that registry's list, and removes a link; pairs the server
// refuses (422) and a repeated link (409) are said beside the field, a 403 in
// plain words. Hidden datasets show as "Dataset terbatas".
import { useState } from 'preact/hooks';
import { addElementLink, elementPagePath, impactPagePath, listElementLinks, listElementOptions, removeElementLink } from '../../api/services';
import { MAY_USE, type ElementKind, type ElementLink, type ElementNode } from '../../api/serviceTypes';
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
import { RemoveWithConfirm, useConfirmRemove } from '../RemoveWithConfirm';
import { SavedNotice } from '../SavedNotice';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { elementKindLabel, elementName } from './labels';
import { useServiceAccess } from './useServiceAccess';

// The words that depend on the element's kind.
const WORDS: Record<ElementKind, { intro: MessageKey; uses: MessageKey; usesNone: MessageKey; usedByNone: MessageKey; kindHint: MessageKey; removeQuestion: MessageKey; noteHint: MessageKey }> = {
  service: { intro: 'link.intro', uses: 'link.uses', usesNone: 'link.usesNone', usedByNone: 'link.usedByNone', kindHint: 'link.kindHint', removeQuestion: 'link.removeQuestion', noteHint: 'link.noteHint' },
  application: {
    intro: 'link.intro.application',
    uses: 'link.uses.application',
    usesNone: 'link.usesNone.application',
    usedByNone: 'link.usedByNone.application',
    kindHint: 'link.kindHint.application',
    removeQuestion: 'link.removeQuestionAudit',
    noteHint: 'link.noteHintOther',
  },
  dataset: {
    intro: 'link.intro.dataset',
    uses: 'link.uses.dataset',
    usesNone: 'link.usesNone.dataset',
    usedByNone: 'link.usedByNone.dataset',
    kindHint: 'link.kindHint.dataset',
    removeQuestion: 'link.removeQuestionAudit',
    noteHint: 'link.noteHintOther',
  },
  host: {
    intro: 'link.intro.host',
    uses: 'link.uses.host',
    usesNone: 'link.usesNone.host',
    usedByNone: 'link.usedByNone.host',
    kindHint: 'link.kindHint.host',
    removeQuestion: 'link.removeQuestionAudit',
    noteHint: 'link.noteHintOther',
  },
  network: {
    intro: 'link.intro.network',
    uses: 'link.uses.network',
    usesNone: 'link.usesNone.network',
    usedByNone: 'link.usedByNone.network',
    kindHint: 'link.kindHint.network',
    removeQuestion: 'link.removeQuestionAudit',
    noteHint: 'link.noteHintOther',
  },
  facility: {
    intro: 'link.intro.facility',
    uses: 'link.uses.network',
    usesNone: 'link.usesNone.network',
    usedByNone: 'link.usedByNone.facility',
    kindHint: 'link.kindHint.network',
    removeQuestion: 'link.removeQuestionAudit',
    noteHint: 'link.noteHintOther',
  },
};

interface Props {
  kind: ElementKind;
  id: number;
  title: string; // the element's code or name, in the form's title
  ownerAgencyId: number | null; // null for facilities and the WAN: the superadmin's
  mayLink?: boolean; // who may add and remove; by default the superadmin or the owner agency's operator
  zone?: string;
  testIdPrefix?: string; // "svc" on the service page
  showImpactLink?: boolean;
  onChanged?: () => void; // a link was added or removed
}

// Who may keep the links of an element (the server decides anyway, 403).
export function useMayLink(ownerAgencyId: number | null): boolean {
  const access = useServiceAccess();
  return access.superadmin || (ownerAgencyId !== null && access.mayEdit(ownerAgencyId));
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

export function ElementLinksSection({ kind, id, title, ownerAgencyId, mayLink: given, zone, testIdPrefix = 'svc', showImpactLink = false, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const p = testIdPrefix;
  const words = WORDS[kind];
  const mayUse = MAY_USE[kind];
  const owner = useMayLink(ownerAgencyId);
  const mayLink = (given ?? owner) && mayUse.length > 0;
  const links = useLoad((signal) => listElementLinks(kind, id, { signal }), `${kind}:${id}`);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);

  const changed = (message: MessageKey) => {
    setDone(message);
    links.reload();
    onChanged?.();
  };

  const removal = useConfirmRemove((l: ElementLink) => removeElementLink(l.id), () => changed('link.removed'));

  const item = (l: ElementLink, other: ElementNode, removable: boolean) => (
    <li key={l.id} class="bp-link-list__item" data-testid={`${p}-link`} data-link-id={l.id} data-kind={other.kind} data-key={other.key}>
      <p class="body">
        <strong class={`svc-kind svc-kind--${other.kind}`}>{elementKindLabel(other.kind, i18n)}</strong> <ElementNodeName node={other} testId={`${p}-link-name`} />
      </p>
      {l.note && <p class="body bp-link-note">{l.note}</p>}
      <p class="body secondary bp-link-meta">{t('link.recordedBy', { user: l.created_by, at: formatDateTime(l.created_at, lang, zone) })}</p>
      {removable && (
        <RemoveWithConfirm
          state={removal}
          item={l}
          testId={`${p}-link-remove`}
          label={t('link.remove')}
          hiddenName={elementName(other, i18n)}
          question={t(words.removeQuestion)}
          yesLabel={t('link.removeYes')}
          onAsk={() => setDone(null)}
        />
      )}
    </li>
  );

  const isThis = (n: ElementNode) => n.kind === kind && n.id === id;

  return (
    <section class="section" aria-labelledby={`${p}-links-title`} data-testid={`${p}-links`}>
      <h2 class="heading-l" id={`${p}-links-title`}>
        {t('link.title')}
      </h2>
      <p class="body">{t(words.intro)}</p>
      {done && <SavedNotice testId={`${p}-link-done`} text={t(done)} />}
      {removal.error && (
        <>
          {removal.error.status === 403 && (
            <p class="body" data-testid={`${p}-link-forbidden`}>
              {t('link.forbidden')}
            </p>
          )}
          <ErrorBox error={removal.error} onRetry={removal.dismissError} />
        </>
      )}
      <LoadView loaded={links}>
        {(all) => {
          const uses = all.filter((l) => isThis(l.from));
          const usedBy = all.filter((l) => isThis(l.to) && !isThis(l.from));
          return (
            <>
              {mayUse.length > 0 && (
                <>
                  <h3 class="heading-m">
                    {t(words.uses)} <span class="heading-count">({uses.length})</span>
                  </h3>
                  {uses.length === 0 ? (
                    <p class="body secondary" data-testid={`${p}-uses-empty`}>
                      {t(words.usesNone)}
                    </p>
                  ) : (
                    <ul class="bp-link-list" data-testid={`${p}-uses`}>
                      {uses.map((l) => item(l, l.to, mayLink))}
                    </ul>
                  )}
                </>
              )}
              {mayLink &&
                (adding ? (
                  <LinkForm
                    kind={kind}
                    id={id}
                    title={title}
                    prefix={p}
                    kindHint={t(words.kindHint)}
                    noteHint={t(words.noteHint)}
                    onClose={() => setAdding(false)}
                    onAdded={() => {
                      setAdding(false);
                      changed('link.added');
                    }}
                  />
                ) : (
                  <OpenFormButton
                    label={t('link.add')}
                    testId={`${p}-link-add`}
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
                <p class="body secondary" data-testid={`${p}-used-by-empty`}>
                  {t(words.usedByNone)}
                </p>
              ) : (
                <ul class="bp-link-list" data-testid={`${p}-used-by`}>
                  {usedBy.map((l) => item(l, l.from, false))}
                </ul>
              )}
            </>
          );
        }}
      </LoadView>
      {showImpactLink && (
        <p class="body">
          <a class="link" href={impactPagePath(kind, id)} data-testid={`${p}-open-impact`}>
            {t('svc.showImpact')}
          </a>
        </p>
      )}
    </section>
  );
}

interface FormProps {
  kind: ElementKind;
  id: number;
  title: string;
  prefix: string;
  kindHint: string;
  noteHint: string;
  onClose: () => void;
  onAdded: () => void;
}

function LinkForm({ kind: fromKind, id: fromId, title, prefix, kindHint, noteHint, onClose, onAdded }: FormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const ids = { kind: `${prefix}-link-kind`, element: `${prefix}-link-element`, note: `${prefix}-link-note` };
  // The server's field names → the inputs.
  const fieldIds: Record<string, string> = { 'to.kind': ids.kind, 'to.id': ids.element, to: ids.element, 'from.kind': ids.kind, 'from.id': ids.element, note: ids.note };
  const choices = MAY_USE[fromKind];
  const [kind, setKind] = useState<ElementKind | ''>(choices.length === 1 ? choices[0] : '');
  const [element, setElement] = useState('');
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const { errors, focusKey, show, clear } = useFormErrors();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const found = ({ t }: I18n) =>
      fieldErrors([
        [ids.kind, kind ? null : t('link.error.kindMissing')],
        [ids.element, !kind || element ? null : t('link.error.elementMissing')],
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    setSending(true);
    const answer = await addElementLink({ kind: fromKind, id: fromId }, { kind, id: Number(element) }, note.trim());
    setSending(false);
    if (!answer.ok) {
      const error = answer.error;
      show((wording) => {
        if (error.status === 409) return fieldErrors([[ids.element, wording.t('link.duplicate')]]);
        const shown = apiFormErrors(error, wording, fieldIds);
        return error.status === 403 ? { ...shown, summary: [{ text: wording.t('link.forbidden') }, ...shown.summary] } : shown;
      });
      return;
    }
    clear();
    onAdded();
  };

  return (
    <FormPanel title={t('link.addTitle', { code: title })} testId={`${prefix}-link-form-panel`}>
      <form class="form" onSubmit={submit} noValidate data-testid={`${prefix}-link-form`}>
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RadioGroup
          id={ids.kind}
          legend={t('link.kind')}
          hint={kindHint}
          value={kind}
          onChange={(next) => {
            setKind(next as ElementKind);
            setElement('');
          }}
          options={choices.map((k) => ({ value: k, label: elementKindLabel(k, i18n) }))}
          error={errors.fields[ids.kind]}
        />
        {kind && (
          <ElementChoice
            key={kind}
            id={ids.element}
            prefix={prefix}
            kind={kind}
            exclude={kind === fromKind ? fromId : null}
            value={element}
            onChange={setElement}
            error={errors.fields[ids.element]}
          />
        )}
        <TextArea id={ids.note} label={t('link.noteOptional')} hint={noteHint} value={note} onInput={setNote} error={errors.fields[ids.note]} />
        <SaveCancelButtons saveLabel={t('link.save')} saveTestId={`${prefix}-link-save`} saving={sending} cancelTestId={`${prefix}-link-cancel`} onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

// The elements of one registry to choose from (the element itself left out).
function ElementChoice({
  id,
  prefix,
  kind,
  exclude,
  value,
  onChange,
  error,
}: {
  id: string;
  prefix: string;
  kind: ElementKind;
  exclude: number | null;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const options = useLoad((signal) => listElementOptions(kind, { signal }), kind);
  return (
    <LoadView loaded={options}>
      {(items) => {
        const choosable = items.filter((o) => o.id !== exclude);
        return choosable.length === 0 ? (
          <p class="body secondary" data-testid={`${prefix}-link-no-options`}>
            {t('link.noOptions')}
          </p>
        ) : (
          <SelectField
            id={id}
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
