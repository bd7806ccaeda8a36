// "Kompatibilitas dengan perangkat yang ada" (Kendari Pasal 19 ayat (8)): the statement
// that a new purchase works with the devices already in use — which of them, and how.
// Where the region's regulation requires it, a hardware asset cannot move to procurement
// without it (the article and its sentence from the profile are shown); elsewhere it is
// optional. Whoever may change the asset chooses the existing assets from the suggested
// ones (in use, same agency, same family of devices) or finds any asset in use by its
// code or name, and writes how they fit together. Sent with If-Match on the asset.
import { useState } from 'preact/hooks';
import { assetPagePath, getCompatibility, searchAssetsInUse, stateCompatibility } from '../../api/assets';
import type { Asset, CompatibilityAnswer, CompatibleAsset } from '../../api/assetTypes';
import { formatDay } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useLoad } from '../../hooks/useLoad';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { LoadView } from '../LoadView';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SearchField, SearchResults, useSearch } from '../form/SearchChoice';
import { TextArea } from '../form/TextArea';
import { SavedNotice } from '../SavedNotice';
import { categoryLabel } from './labels';
import { COMPATIBILITY_OPEN_ID } from './LifecyclePanel';

const IDS = { compatible_with: 'asset-compat-with', note: 'asset-compat-note', q: 'asset-compat-q', found: 'asset-compat-found' };

interface Props {
  asset: Asset;
  etag: string;
  mayEdit: boolean;
  onChanged: (asset: Asset, etag?: string) => void;
  onRequired: (required: boolean) => void; // tells the steps whether the gate applies here
  onStale: () => void;
}

export function CompatibilitySection({ asset, etag, mayEdit, onChanged, onRequired, onStale }: Props) {
  const { t } = useI18n();
  const loaded = useLoad(async (signal) => {
    const answer = await getCompatibility(asset.id, { signal });
    if (answer.ok) onRequired(answer.data.required);
    return answer;
  }, `${asset.id}|${asset.version}`);
  return (
    <section class="section" aria-labelledby="asset-compat-title" data-testid="asset-compat">
      <h2 class="heading-l" id="asset-compat-title">
        {t('asset.compat.title')}
      </h2>
      <LoadView loaded={loaded}>
        {(answer) => <CompatibilityView asset={asset} etag={etag} answer={answer} mayEdit={mayEdit} onChanged={onChanged} onStale={onStale} />}
      </LoadView>
    </section>
  );
}

function CompatibilityView({ asset, etag, answer, mayEdit, onChanged, onStale }: { answer: CompatibilityAnswer } & Omit<Props, 'onRequired'>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [editing, setEditing] = useState(false);
  const [doneAt, setDoneAt] = useState<number | null>(null); // the version the statement was saved as
  const statement = answer.statement;
  const gate = answer.required && asset.kind === 'hardware';

  return (
    <>
      {gate && answer.obligation ? (
        <div class="notice notice--info" data-testid="asset-compat-required">
          <p class="body">
            <strong>{t('asset.compat.required', { article: answer.obligation.article })}</strong>
          </p>
          {answer.obligation.text && <p class="body asset-text">{answer.obligation.text}</p>}
          {answer.obligation.citation && <p class="body secondary">{answer.obligation.citation}</p>}
        </div>
      ) : (
        <p class="body secondary" data-testid="asset-compat-optional">
          {t('asset.compat.optional')}
        </p>
      )}
      {doneAt === asset.version && <SavedNotice testId="asset-compat-done" text={t('asset.compat.saved')} />}
      {statement ? (
        <div data-testid="asset-compat-statement">
          <ul class="list">
            {statement.compatible_with.map((c) => (
              <li key={c.id} data-testid="asset-compat-item" data-asset-id={c.id}>
                <a class="link asset-text" href={assetPagePath(c.id)}>
                  {c.code} — {c.name}
                </a>{' '}
                <span class="secondary">({categoryLabel(c.category, i18n)})</span>
              </li>
            ))}
          </ul>
          <p class="body asset-text" data-testid="asset-compat-note">
            {statement.note}
          </p>
          <p class="body secondary">{t('asset.compat.statedBy', { user: statement.stated_by || '—', date: statement.stated_on ? formatDay(statement.stated_on, lang) : '—' })}</p>
        </div>
      ) : (
        <p class="body" data-testid="asset-compat-none">
          {t('asset.compat.none')}
        </p>
      )}
      {mayEdit && asset.stage !== 'disposed' &&
        (editing ? (
          <StatementForm
            asset={asset}
            etag={etag}
            answer={answer}
            onClose={() => setEditing(false)}
            onStale={onStale}
            onSaved={(next, nextEtag) => {
              setEditing(false);
              setDoneAt(next.version);
              onChanged(next, nextEtag);
            }}
          />
        ) : (
          <p class="body">
            <button
              type="button"
              id={COMPATIBILITY_OPEN_ID}
              class="button button--secondary"
              onClick={() => {
                setDoneAt(null);
                setEditing(true);
              }}
              data-testid={COMPATIBILITY_OPEN_ID}
            >
              {statement ? t('asset.compat.change') : t('asset.compat.state')}
            </button>
          </p>
        ))}
    </>
  );
}

interface FormProps {
  asset: Asset;
  etag: string;
  answer: CompatibilityAnswer;
  onClose: () => void;
  onStale: () => void;
  onSaved: (asset: Asset, etag?: string) => void;
}

function StatementForm({ asset, etag, answer, onClose, onStale, onSaved }: FormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [known, setKnown] = useState<CompatibleAsset[]>(() => {
    const all = [...(answer.statement?.compatible_with ?? []), ...answer.candidates];
    return all.filter((c, i) => all.findIndex((d) => d.id === c.id) === i && c.id !== asset.id);
  });
  const [chosen, setChosen] = useState<string[]>(() => (answer.statement?.compatible_with ?? []).map((c) => String(c.id)));
  const [note, setNote] = useState(answer.statement?.note ?? '');
  const [q, setQ] = useState('');
  const finder = useSearch<CompatibleAsset>();
  // The server names a refused choice by its place in the list (compatible_with.0, …).
  const ids = { ...IDS, ...Object.fromEntries(chosen.map((_, i) => [`compatible_with.${i}`, IDS.compatible_with])) };
  const { errors, focusKey, sending, conflict, send } = useSendForm(ids);

  const search = () =>
    void finder.run(
      () => searchAssetsInUse(q),
      (data) => data.items.filter((a) => a.id !== asset.id).map((a) => ({ id: a.id, code: a.code, name: a.name, category: a.category })),
    );
  const add = (id: string) => {
    const found = finder.found?.find((c) => String(c.id) === id);
    if (!found) return;
    if (!known.some((c) => c.id === found.id)) setKnown([...known, found]);
    if (!chosen.includes(id)) setChosen([...chosen, id]);
    finder.clear();
    setQ('');
  };

  const submit = send({
    check: ({ t }: I18n) =>
      fieldErrors([
        [IDS.note, !note.trim() ? t('asset.error.compatNoteMissing') : note.trim().length > 2000 ? t('asset.error.tooLong', { n: 2000 }) : null],
      ]),
    request: () => stateCompatibility(asset.id, { compatible_with: chosen.map(Number), note: note.trim() }, etag),
    onSent: (next, nextEtag) => onSaved(next, nextEtag),
  });

  return (
    <FormPanel title={t('asset.compat.formTitle')} testId="asset-compat-form-panel">
      {conflict && <ConflictBox onReload={onStale} testId="asset-compat-conflict" />}
      <form class="form" onSubmit={submit} noValidate data-testid="asset-compat-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {known.length === 0 ? (
          <p class="body secondary" data-testid="asset-compat-no-candidates" id={IDS.compatible_with} tabIndex={-1}>
            {t('asset.compat.noCandidates')}
          </p>
        ) : (
          <CheckboxGroup
            id={IDS.compatible_with}
            legend={t('asset.compat.choose')}
            hint={t('asset.compat.chooseHint')}
            values={chosen}
            onChange={setChosen}
            options={known.map((c) => ({ value: String(c.id), label: `${c.code} — ${c.name} (${categoryLabel(c.category, i18n)})` }))}
            error={errors.fields[IDS.compatible_with]}
          />
        )}
        <SearchField
          id={IDS.q}
          label={t('asset.compat.search')}
          hint={t('asset.compat.searchHint')}
          value={q}
          onInput={setQ}
          searching={finder.searching}
          onSearch={search}
          buttonLabel={t('asset.compat.searchButton')}
          buttonTestId="asset-compat-search"
        />
        <SearchResults
          id={IDS.found}
          legend={t('asset.compat.found')}
          search={finder}
          onRetry={search}
          options={(finder.found ?? []).slice(0, 30).map((c) => ({ value: String(c.id), label: `${c.code} — ${c.name}` }))}
          value=""
          onChange={add}
          noneText={t('asset.compat.noneFound')}
          noneTestId="asset-compat-none-found"
        />
        <TextArea id={IDS.note} label={t('asset.compat.note')} hint={t('asset.compat.noteHint')} value={note} onInput={setNote} error={errors.fields[IDS.note]} />
        <SaveCancelButtons saveLabel={t('asset.compat.save')} saveTestId="asset-compat-save" saving={sending} cancelTestId="asset-compat-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
