// "Terkait dengan": the other records one record is linked to, by kind (server,
// application, dataset, risk, ticket …), each a link to its own page. Whoever may
// change the record chooses a kind, finds a record by its name (search) and links
// it, or removes a link after confirming. Shared by the records whose links work
// the same way (assets, security incidents); each gives its API calls, its kinds
// and where their pages are, its test-id prefix and its i18n area. The words are
// the area's own keys (`<area>.linksTitle`, `<area>.linkAdd`, …). Test ids:
// LinkList's, <prefix>-link, <prefix>-link-label, <prefix>-link-remove and the
// add form's <prefix>-link-form(-panel), -search, -none-found, -save, -cancel.
// The finding part (kind, words, search, records found) is also used on its own by
// forms that send their links with the record (useLinkFinder, LinkFinderFields).
import { useState } from 'preact/hooks';
import type { Result } from '../api/client';
import type { LinkCandidate } from '../api/recordPages';
import { fieldErrors } from '../forms/formErrors';
import { useSendForm } from '../hooks/useSendForm';
import { useI18n, type I18n } from '../i18n/useI18n';
import { ErrorSummary } from './ErrorSummary';
import { FormPanel } from './FormPanel';
import { LinkList } from './LinkList';
import { RemoveWithConfirm, useConfirmRemove } from './RemoveWithConfirm';
import { RadioGroup } from './form/RadioGroup';
import { SaveCancelButtons } from './form/SaveCancelButtons';
import { SearchField, SearchResults, useSearch } from './form/SearchChoice';

export interface RecordLink {
  id: number;
  kind: string;
  target_id: number;
}

// The i18n areas whose link keys this section uses.
type Area = 'asset' | 'security';

interface Props<L extends RecordLink, K extends string, T> {
  prefix: string; // test ids and field ids: <prefix>-link…
  area: Area;
  intro?: string;
  formTitle: string;
  links: L[];
  nameOf: (link: L) => string;
  kinds: readonly K[];
  kindLabel: (kind: string, i18n: I18n) => string;
  targetPath: (kind: string, id: number) => string | null;
  mayWrite: boolean;
  search: (kind: K, q: string) => Promise<Result<LinkCandidate[]>>;
  add: (kind: K, targetId: number) => Promise<Result<T>>;
  remove: (link: L) => Promise<Result<unknown>>;
  onRemoved: () => void;
  onAdded: (answer: T, etag?: string) => void;
}

export function RecordLinks<L extends RecordLink, K extends string, T>(props: Props<L, K, T>) {
  const { prefix, area, intro, links, nameOf, kindLabel, targetPath, mayWrite } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const [done, setDone] = useState<string | null>(null);
  const removal = useConfirmRemove(props.remove, () => {
    setDone(t(`${area}.linkRemoved`));
    props.onRemoved();
  });

  return (
    <LinkList
      prefix={prefix}
      title={t(`${area}.linksTitle`)}
      intro={intro}
      count={links.length}
      emptyText={t(`${area}.linksNone`)}
      done={done}
      removal={removal}
      mayAdd={mayWrite}
      addLabel={t(`${area}.linkAdd`)}
      onOpen={() => setDone(null)}
      form={(close) => (
        <LinkForm
          {...props}
          onClose={close}
          onAdded={(answer, etag) => {
            close();
            setDone(t(`${area}.linkAdded`));
            props.onAdded(answer, etag);
          }}
        />
      )}
    >
      {links.map((l) => {
        const path = targetPath(l.kind, l.target_id);
        const name = nameOf(l);
        return (
          <li key={l.id} class="bp-link-list__item" data-testid={`${prefix}-link`} data-kind={l.kind} data-target-id={l.target_id}>
            <p class="body">
              <strong class="tag tag--grey">{kindLabel(l.kind, i18n)}</strong>{' '}
              {path ? (
                <a class={`link ${prefix}-text`} href={path} data-testid={`${prefix}-link-label`}>
                  {name}
                </a>
              ) : (
                <span class={`${prefix}-text`} data-testid={`${prefix}-link-label`}>
                  {name}
                </span>
              )}
            </p>
            {mayWrite && (
              <RemoveWithConfirm
                state={removal}
                item={l}
                testId={`${prefix}-link-remove`}
                label={t(`${area}.linkRemove`)}
                hiddenName={name}
                question={t(`${area}.linkRemoveQuestion`)}
                yesLabel={t(`${area}.linkRemoveYes`)}
                onAsk={() => setDone(null)}
              />
            )}
          </li>
        );
      })}
    </LinkList>
  );
}

function LinkForm<L extends RecordLink, K extends string, T>(props: Props<L, K, T> & { onClose: () => void }) {
  const { prefix, area, formTitle, links, kinds, kindLabel, onClose } = props;
  const { t } = useI18n();
  const IDS = { kind: `${prefix}-link-kind`, q: `${prefix}-link-q`, target_id: `${prefix}-link-target` };
  const found = useLinkFinder(props.search, (kind) => links.filter((l) => l.kind === kind).map((l) => l.target_id));
  const { kind, target } = found;
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const submit = send({
    check: ({ t }: I18n) =>
      fieldErrors([
        [IDS.kind, kind ? null : t(`${area}.error.linkKindMissing`)],
        [IDS.target_id, target ? null : t(`${area}.error.linkTargetMissing`)],
      ]),
    request: () => props.add(kind as K, Number(target)),
    onSent: (answer, etag) => props.onAdded(answer, etag),
  });

  return (
    <FormPanel title={formTitle} testId={`${prefix}-link-form-panel`}>
      <form class="form" onSubmit={submit} noValidate data-testid={`${prefix}-link-form`}>
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <LinkFinderFields
          found={found}
          area={area}
          ids={IDS}
          testIdPrefix={`${prefix}-link`}
          kinds={kinds}
          kindLabel={kindLabel}
          kindError={errors.fields[IDS.kind]}
          targetError={errors.fields[IDS.target_id]}
        />
        <SaveCancelButtons saveLabel={t(`${area}.linkSave`)} saveTestId={`${prefix}-link-save`} saving={sending} cancelTestId={`${prefix}-link-cancel`} onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

// Finding a record to link: the kind chosen, the words, the search (leaving out the
// records already linked or chosen) and the one picked from what was found.
export function useLinkFinder<K extends string>(
  run: (kind: K, q: string) => Promise<Result<LinkCandidate[]>>,
  taken: (kind: K) => number[],
  pickSingle = false, // when the search finds one record, pick it
) {
  const [kind, setKindState] = useState<K | ''>('');
  const [q, setQ] = useState('');
  const [target, setTarget] = useState('');
  const finder = useSearch<LinkCandidate>();
  const setKind = (k: K) => {
    setKindState(k);
    finder.clear();
    setTarget('');
  };
  const search = async () => {
    if (!kind) return;
    const left = new Set(taken(kind));
    const items = await finder.run(
      () => run(kind, q),
      (data) => data.filter((c) => !left.has(c.id)),
    );
    if (items && !items.some((c) => String(c.id) === target)) setTarget(pickSingle && items.length === 1 ? String(items[0]!.id) : '');
  };
  const picked = () => (finder.found ?? []).find((c) => String(c.id) === target);
  return { kind, setKind, q, setQ, target, setTarget, finder, search, picked };
}

export type LinkFinder<K extends string> = ReturnType<typeof useLinkFinder<K>>;

// A record found, as it is offered and kept: its name and, when it has one, its agency.
export const candidateLabel = (c: LinkCandidate) => (c.agency ? `${c.label} (${c.agency})` : c.label);

// The kind (radio buttons), the words with the search button, and the records found
// to choose from. The words are the area's `<area>.linkKind`, `.linkSearch`, ….
export function LinkFinderFields<K extends string>(props: {
  found: LinkFinder<K>;
  area: Area | 'change';
  ids: { kind: string; q: string; target_id: string };
  testIdPrefix: string; // <testIdPrefix>-search, <testIdPrefix>-none-found
  kinds: readonly K[];
  kindLabel: (kind: string, i18n: I18n) => string;
  kindError?: string;
  targetError?: string;
}) {
  const { found, area, ids, testIdPrefix, kindLabel } = props;
  const { kind, finder } = found;
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <RadioGroup
        id={ids.kind}
        legend={t(`${area}.linkKind`)}
        value={kind}
        onChange={(k) => found.setKind(k as K)}
        options={props.kinds.map((k) => ({ value: k, label: kindLabel(k, i18n) }))}
        error={props.kindError}
      />
      {kind && (
        <SearchField
          id={ids.q}
          label={t(`${area}.linkSearch`, { kind: kindLabel(kind, i18n).toLowerCase() })}
          hint={t(`${area}.linkSearchHint`)}
          value={found.q}
          onInput={found.setQ}
          searching={finder.searching}
          onSearch={() => void found.search()}
          buttonLabel={t(`${area}.linkSearchButton`)}
          buttonTestId={`${testIdPrefix}-search`}
        />
      )}
      <SearchResults
        id={ids.target_id}
        legend={t(`${area}.linkChoose`)}
        search={finder}
        onRetry={() => void found.search()}
        options={(finder.found ?? []).slice(0, 30).map((c) => ({ value: String(c.id), label: candidateLabel(c) }))}
        value={found.target}
        onChange={found.setTarget}
        error={props.targetError}
        noneText={t(`${area}.linkNoneFound`)}
        noneTestId={`${testIdPrefix}-none-found`}
      />
    </>
  );
}
