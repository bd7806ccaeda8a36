// /risiko/kriteria (the ICT office): the region's risk criteria (Formulir 2.6-2.10) — the
// risk appetite of each category for positive and negative risks, the level bands with
// their names, ranges and colours, and the cells of the 5×5 analysis matrix. Saving
// recomputes every risk of the region on the server. Its refusals (422) name the exact
// cell or field (e.g. matrix[2][3], levels[1].from), shown beside that input; 412 keeps
// what was typed.
import { getRiskCriteria, updateRiskCriteria } from '../../api/risks';
import type { CriteriaAnswer, RiskCriteria } from '../../api/riskTypes';
import { ConflictBox } from '../../components/ConflictBox';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadView } from '../../components/LoadView';
import { SavedNotice } from '../../components/SavedNotice';
import { TextField } from '../../components/form/TextField';
import { LevelBadge } from '../../components/risk/LevelBadge';
import { RiskPageHeading } from '../../components/risk/RiskNav';
import { MatrixTable } from '../../components/risk/MatrixTable';
import { bandOf } from '../../components/risk/criteria';
import { fieldErrors } from '../../forms/formErrors';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useState } from 'preact/hooks';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

type Values = {
  categories: Array<{ key: string; name: string; appetite_positive: string; appetite_negative: string }>;
  levels: Array<{ level: number; name: string; from: string; to: string; colour: string; colour_name: string }>;
  matrix: string[][];
};

const valuesOf = (c: RiskCriteria): Values => ({
  categories: c.categories.map((x) => ({ key: x.key, name: x.name, appetite_positive: String(x.appetite_positive), appetite_negative: String(x.appetite_negative) })),
  levels: [...c.levels].sort((a, b) => a.level - b.level).map((b) => ({ level: b.level, name: b.name, from: String(b.from), to: String(b.to), colour: b.colour, colour_name: b.colour_name ?? '' })),
  matrix: c.matrix.map((row) => row.map(String)),
});

const PREFIX = 'risk-criteria';
const catId = (i: number, f: string) => `${PREFIX}-cat-${i}-${f}`;
const levelId = (i: number, f: string) => `${PREFIX}-level-${i}-${f}`;
const cellId = (l: number, i: number) => `${PREFIX}-cell-${l}-${i}`;

function fieldIds(c: RiskCriteria): Record<string, string> {
  const ids: Record<string, string> = {};
  c.categories.forEach((_, i) => {
    for (const f of ['name', 'appetite_positive', 'appetite_negative']) ids[`categories[${i}].${f}`] = catId(i, f);
    ids[`categories[${i}]`] = catId(i, 'name');
  });
  c.levels.forEach((_, i) => {
    for (const f of ['name', 'from', 'to', 'colour']) ids[`levels[${i}].${f}`] = levelId(i, f);
    ids[`levels[${i}]`] = levelId(i, 'name');
  });
  for (let l = 0; l < 5; l += 1) for (let i = 0; i < 5; i += 1) ids[`matrix[${l}][${i}]`] = cellId(l, i);
  return ids;
}

const WHOLE = /^\d{1,2}$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

function check(v: Values, { t }: I18n) {
  const entries: Array<[string, string | null]> = [];
  const n = (s: string) => (WHOLE.test(s.trim()) && Number(s) >= 1 && Number(s) <= 25 ? null : t('risk.criteria.error.oneTo25'));
  v.categories.forEach((c, i) => {
    entries.push([catId(i, 'name'), c.name.trim() ? null : t('risk.criteria.error.nameMissing')]);
    entries.push([catId(i, 'appetite_positive'), n(c.appetite_positive)]);
    entries.push([catId(i, 'appetite_negative'), n(c.appetite_negative)]);
  });
  v.levels.forEach((b, i) => {
    entries.push([levelId(i, 'name'), b.name.trim() ? null : t('risk.criteria.error.nameMissing')]);
    entries.push([levelId(i, 'from'), n(b.from)]);
    entries.push([levelId(i, 'to'), n(b.to)]);
    entries.push([levelId(i, 'colour'), COLOUR.test(b.colour.trim()) ? null : t('risk.criteria.error.colour')]);
  });
  v.matrix.forEach((row, l) => row.forEach((cell, i) => entries.push([cellId(l, i), n(cell)])));
  return fieldErrors(entries);
}

const toCriteria = (base: RiskCriteria, v: Values): RiskCriteria => ({
  ...base,
  categories: base.categories.map((c, i) => ({
    ...c,
    name: v.categories[i]!.name.trim(),
    appetite_positive: Number(v.categories[i]!.appetite_positive),
    appetite_negative: Number(v.categories[i]!.appetite_negative),
  })),
  levels: v.levels.map((b) => ({ level: b.level, name: b.name.trim(), from: Number(b.from), to: Number(b.to), colour: b.colour.trim().toLowerCase(), ...(b.colour_name.trim() ? { colour_name: b.colour_name.trim() } : {}) })),
  matrix: v.matrix.map((row) => row.map(Number)),
});

export function RiskCriteriaPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('risk.criteria.editTitle'));
  const loaded = useLoad((signal) => getRiskCriteria({ signal }));
  const [saved, setSaved] = useState(false);
  return (
    <>
      <RiskPageHeading current="criteria" title={t('risk.criteria.editTitle')} intro={t('risk.criteria.editIntro')} testId="risk-criteria-heading" />
      {saved && <SavedNotice testId="risk-criteria-saved" text={t('risk.criteria.saved')} />}
      <LoadView loaded={loaded}>
        {(answer, etag) => <CriteriaForm key={answer.version} answer={answer} etag={etag ?? `"${answer.version}"`} onSaved={(next, nextEtag) => { loaded.replace(next, nextEtag); setSaved(true); }} />}
      </LoadView>
    </>
  );
}

function CriteriaForm({ answer, etag, onSaved }: { answer: CriteriaAnswer; etag: string; onSaved: (a: CriteriaAnswer, etag?: string) => void }) {
  const { t } = useI18n();
  const ids = fieldIds(answer.criteria);
  const form = useVersionedForm<{ answer: CriteriaAnswer; etag: string }, Values>({ answer, etag }, (b) => valuesOf(b.answer.criteria), ids);
  const { values, set, errors } = form;
  const save = form.save({
    check: (wording) => check(values, wording),
    send: () => {
      const next = toCriteria(form.base.answer.criteria, values);
      return JSON.stringify(next) === JSON.stringify(form.base.answer.criteria) ? null : updateRiskCriteria(next, form.base.etag);
    },
    onSaved: (next, nextEtag) => onSaved(next, nextEtag),
  });
  const preview = (() => {
    try {
      return toCriteria(form.base.answer.criteria, values);
    } catch {
      return form.base.answer.criteria;
    }
  })();
  const setCat = (i: number, changes: Partial<Values['categories'][number]>) => set({ categories: values.categories.map((c, j) => (j === i ? { ...c, ...changes } : c)) });
  const setLevel = (i: number, changes: Partial<Values['levels'][number]>) => set({ levels: values.levels.map((b, j) => (j === i ? { ...b, ...changes } : b)) });
  const setCell = (l: number, i: number, value: string) => set({ matrix: values.matrix.map((row, a) => (a === l ? row.map((c, b) => (b === i ? value : c)) : row)) });

  return (
    <>
      {answer.is_default && (
        <p class="body" data-testid="risk-criteria-default">
          {t('risk.criteria.isDefault')}
        </p>
      )}
      {form.conflict && (
        <ConflictBox testId="risk-criteria-conflict" onReload={() => void form.reload(getRiskCriteria(), (latest, latestEtag) => ({ answer: latest, etag: latestEtag ?? `"${latest.version}"` }))} />
      )}
      {form.unsaved && (
        <p class="body" data-testid="risk-criteria-unsaved">
          {t('risk.context.unsaved')}
        </p>
      )}
      <form class="form" onSubmit={save} noValidate data-testid="risk-criteria-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <h2 class="heading-l">{t('risk.criteria.categories')}</h2>
        <p class="body secondary">{t('risk.criteria.appetiteHint')}</p>
        {values.categories.map((c, i) => (
          <fieldset key={c.key} class="fieldset risk-goal-row" data-testid="risk-criteria-category">
            <legend class="fieldset__legend">{c.name || c.key}</legend>
            <TextField id={catId(i, 'name')} label={t('risk.criteria.name')} value={c.name} onInput={(name) => setCat(i, { name })} error={errors.fields[catId(i, 'name')]} />
            <TextField id={catId(i, 'appetite_positive')} label={t('risk.criteria.appetitePositive')} value={c.appetite_positive} onInput={(x) => setCat(i, { appetite_positive: x })} error={errors.fields[catId(i, 'appetite_positive')]} width="short" inputProps={{ inputMode: 'numeric', maxLength: 2 }} />
            <TextField id={catId(i, 'appetite_negative')} label={t('risk.criteria.appetiteNegative')} value={c.appetite_negative} onInput={(x) => setCat(i, { appetite_negative: x })} error={errors.fields[catId(i, 'appetite_negative')]} width="short" inputProps={{ inputMode: 'numeric', maxLength: 2 }} />
          </fieldset>
        ))}

        <h2 class="heading-l">{t('risk.criteria.bands')}</h2>
        <p class="body secondary">{t('risk.criteria.bandsHint')}</p>
        {values.levels.map((b, i) => (
          <fieldset key={b.level} class="fieldset risk-goal-row" data-testid="risk-criteria-level">
            <legend class="fieldset__legend">
              <LevelBadge level={b.level} name={`${b.level} ${b.name}`} colour={COLOUR.test(b.colour) ? b.colour : '#ffffff'} />
            </legend>
            <TextField id={levelId(i, 'name')} label={t('risk.criteria.name')} value={b.name} onInput={(name) => setLevel(i, { name })} error={errors.fields[levelId(i, 'name')]} />
            <TextField id={levelId(i, 'from')} label={t('risk.criteria.from')} value={b.from} onInput={(from) => setLevel(i, { from })} error={errors.fields[levelId(i, 'from')]} width="short" inputProps={{ inputMode: 'numeric', maxLength: 2 }} />
            <TextField id={levelId(i, 'to')} label={t('risk.criteria.to')} value={b.to} onInput={(to) => setLevel(i, { to })} error={errors.fields[levelId(i, 'to')]} width="short" inputProps={{ inputMode: 'numeric', maxLength: 2 }} />
            <TextField id={levelId(i, 'colour')} label={t('risk.criteria.colour')} hint={t('risk.criteria.colourHint')} value={b.colour} onInput={(colour) => setLevel(i, { colour })} error={errors.fields[levelId(i, 'colour')]} width="half" inputProps={{ maxLength: 7 }} />
            <TextField id={levelId(i, 'colour_name')} label={t('risk.criteria.colourName')} value={b.colour_name} onInput={(colour_name) => setLevel(i, { colour_name })} width="half" />
          </fieldset>
        ))}

        <h2 class="heading-l">{t('risk.criteria.matrix')}</h2>
        <p class="body secondary">{t('risk.criteria.matrixHint')}</p>
        <div class="risk-heat">
          <MatrixTable
            testId="risk-criteria-matrix-form"
            cell={(l, i) => {
              const id = cellId(l - 1, i - 1);
              const value = values.matrix[l - 1]?.[i - 1] ?? '';
              const band = WHOLE.test(value) ? bandOf(preview, Number(value)) : null;
              return {
                colour: band?.colour ?? '#ffffff',
                content: (
                  <>
                    <label class="visually-hidden" for={id}>
                      {t('risk.criteria.cellLabel', { likelihood: l, impact: i })}
                    </label>
                    <input
                      id={id}
                      class={`input risk-matrix-input${errors.fields[id] ? ' input--error' : ''}`}
                      inputMode="numeric"
                      maxLength={2}
                      value={value}
                      aria-invalid={errors.fields[id] ? true : undefined}
                      data-testid={id}
                      onInput={(e) => setCell(l - 1, i - 1, (e.currentTarget as HTMLInputElement).value)}
                    />
                  </>
                ),
              };
            }}
          />
          {Object.entries(errors.fields)
            .filter(([id]) => id.startsWith(`${PREFIX}-cell-`))
            .map(([id, message]) => (
              <p key={id} class="error-message" data-testid="risk-criteria-cell-error">
                {t('risk.criteria.cellError', { likelihood: Number(id.split('-')[3]) + 1, impact: Number(id.split('-')[4]) + 1, message })}
              </p>
            ))}
        </div>
        <p class="body">{t('risk.criteria.saveWarning')}</p>
        <div class="button-group">
          <button type="submit" class="button" disabled={form.saving} data-testid="risk-criteria-save">
            {t('risk.criteria.save')}
          </button>
        </div>
      </form>
    </>
  );
}
