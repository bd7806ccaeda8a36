// The SLA targets: for each kind of ticket and priority, how many business minutes
// until the first response and until the resolution (docs/service-desk-contract.md
// "SLA"), shown also as hours or working days. The ICT office changes them (saved
// with If-Match; a 412 keeps what was typed). New targets apply to tickets opened afterwards.
import { useState } from 'preact/hooks';
import { getSlaTargets, saveSlaTargets } from '../../api/serviceDesk';
import { TICKET_KINDS, TICKET_PRIORITIES, type SlaTarget, type SlaTargets } from '../../api/serviceDeskTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useLoad } from '../../hooks/useLoad';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { LoadView } from '../LoadView';
import { SavedNotice } from '../SavedNotice';
import { kindLabel, priorityLabel } from './deskLabels';
import { businessMinutesInWords } from './reportFormat';

const ORDER = (items: SlaTarget[]) =>
  [...items].sort(
    (a, b) =>
      TICKET_KINDS.indexOf(a.kind as (typeof TICKET_KINDS)[number]) - TICKET_KINDS.indexOf(b.kind as (typeof TICKET_KINDS)[number]) ||
      TICKET_PRIORITIES.indexOf(a.priority as (typeof TICKET_PRIORITIES)[number]) - TICKET_PRIORITIES.indexOf(b.priority as (typeof TICKET_PRIORITIES)[number]),
  );

export function SlaTargetsSection({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => getSlaTargets({ signal }));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section class="section" aria-labelledby="sd-sla-targets-title" data-testid="sd-sla-targets">
      <h2 class="heading-l" id="sd-sla-targets-title">
        {t('sdSettings.slaTitle')}
      </h2>
      <p class="body">{t('sdSettings.slaIntro')}</p>
      {saved && <SavedNotice testId="sd-sla-saved" text={t('sdSettings.slaSaved')} />}
      <LoadView loaded={loaded}>
        {(targets, etag) =>
          editing ? (
            <SlaTargetsForm
              targets={targets}
              etag={etag ?? `"${targets.version}"`}
              onSaved={() => {
                setEditing(false);
                setSaved(true);
                loaded.reload();
              }}
              onClose={() => setEditing(false)}
            />
          ) : (
            <>
              <SlaTable items={ORDER(targets.items)} />
              {mayEdit && (
                <p class="body">
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => {
                      setSaved(false);
                      setEditing(true);
                    }}
                    data-testid="sd-sla-edit"
                  >
                    {t('sdSettings.slaEdit')}
                  </button>
                </p>
              )}
            </>
          )
        }
      </LoadView>
    </section>
  );
}

function SlaTable({ items }: { items: SlaTarget[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const minutes = (n: number) => (
    <>
      {t('sdSettings.minutes', { n })}
      {n >= 60 && <span class="cell-note secondary">{businessMinutesInWords(n, i18n)}</span>}
    </>
  );
  return (
    <table class="table table--stacked table--compact" data-testid="sd-sla-table-targets">
      <caption class="visually-hidden">{t('sdSettings.slaTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sdSettings.kind')}</th>
          <th scope="col">{t('sdSettings.priority')}</th>
          <th scope="col">{t('sdSettings.response')}</th>
          <th scope="col">{t('sdSettings.resolution')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.kind}.${item.priority}`} data-testid="sd-sla-target" data-kind={item.kind} data-priority={item.priority}>
            <th scope="row" data-label={t('sdSettings.kind')}>
              {kindLabel(item.kind, i18n)}
            </th>
            <td data-label={t('sdSettings.priority')}>{priorityLabel(item.priority, i18n)}</td>
            <td data-label={t('sdSettings.response')} data-testid="sd-sla-target-response">
              {minutes(item.response_minutes)}
            </td>
            <td data-label={t('sdSettings.resolution')} data-testid="sd-sla-target-resolution">
              {minutes(item.resolution_minutes)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Base {
  targets: SlaTargets;
  etag: string;
}
type Values = Record<string, string>; // `${kind}.${priority}.response|resolution` → minutes as typed

const valuesOf = (b: Base): Values =>
  Object.fromEntries(
    b.targets.items.flatMap((i) => [
      [`${i.kind}.${i.priority}.response`, String(i.response_minutes)],
      [`${i.kind}.${i.priority}.resolution`, String(i.resolution_minutes)],
    ]),
  );
const inputId = (key: string) => `sd-sla-${key.replace(/\./g, '-')}`;

function SlaTargetsForm({ targets, etag, onSaved, onClose }: { targets: SlaTargets; etag: string; onSaved: () => void; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  // The server names a target by its place in the list sent (items.3.resolution_minutes).
  const serverFields = Object.fromEntries(
    ORDER(targets.items).flatMap((i, k) => [
      [`items.${k}`, inputId(`${i.kind}.${i.priority}.response`)],
      [`items.${k}.response_minutes`, inputId(`${i.kind}.${i.priority}.response`)],
      [`items.${k}.resolution_minutes`, inputId(`${i.kind}.${i.priority}.resolution`)],
    ]),
  );
  const form = useVersionedForm<Base, Values>({ targets, etag }, valuesOf, serverFields);
  const { base, values, set, errors } = form;
  const items = ORDER(base.targets.items);
  const read = (key: string) => {
    const text = (values[key] ?? '').trim();
    return /^\d{1,6}$/.test(text) ? Number(text) : null;
  };
  const check = (wording: I18n) =>
    fieldErrors(
      items.flatMap((i) => {
        const name = `${kindLabel(i.kind, wording)}, ${priorityLabel(i.priority, wording)}`;
        const response = read(`${i.kind}.${i.priority}.response`);
        const resolution = read(`${i.kind}.${i.priority}.resolution`);
        return [
          [inputId(`${i.kind}.${i.priority}.response`), response === null || response < 1 ? wording.t('sdSettings.error.minutes', { what: name }) : null],
          [
            inputId(`${i.kind}.${i.priority}.resolution`),
            resolution === null || resolution < 1
              ? wording.t('sdSettings.error.minutes', { what: name })
              : response !== null && resolution < response
                ? wording.t('sdSettings.error.resolutionBeforeResponse', { what: name })
                : null,
          ],
        ] as Array<[string, string | null]>;
      }),
    );
  const save = form.save({
    check,
    send: () => {
      const next = items.map((i) => ({
        kind: i.kind,
        priority: i.priority,
        response_minutes: read(`${i.kind}.${i.priority}.response`) ?? i.response_minutes,
        resolution_minutes: read(`${i.kind}.${i.priority}.resolution`) ?? i.resolution_minutes,
      }));
      const same = next.every((n, k) => n.response_minutes === items[k]!.response_minutes && n.resolution_minutes === items[k]!.resolution_minutes);
      return same ? null : saveSlaTargets(next, base.etag);
    },
    onSaved: () => onSaved(),
  });
  const reloadLatest = () => form.reload(getSlaTargets(), (latest, latestEtag) => ({ targets: latest, etag: latestEtag ?? `"${latest.version}"` }));

  const cell = (key: string, label: string) => (
    <div class={`form-group sd-sla-input${errors.fields[inputId(key)] ? ' form-group--error' : ''}`}>
      <label class="visually-hidden" for={inputId(key)}>
        {label}
      </label>
      {errors.fields[inputId(key)] && (
        <p class="error-message" id={`${inputId(key)}-error`}>
          {errors.fields[inputId(key)]}
        </p>
      )}
      <input
        id={inputId(key)}
        name={inputId(key)}
        class={`input input--short${errors.fields[inputId(key)] ? ' input--error' : ''}`}
        inputMode="numeric"
        value={values[key] ?? ''}
        aria-invalid={errors.fields[inputId(key)] ? true : undefined}
        aria-describedby={errors.fields[inputId(key)] ? `${inputId(key)}-error` : undefined}
        data-testid={inputId(key)}
        onInput={(e) => set({ [key]: (e.currentTarget as HTMLInputElement).value })}
      />
      <span class="cell-note secondary">{(read(key) ?? 0) >= 60 ? businessMinutesInWords(read(key)!, i18n) : ''}</span>
    </div>
  );

  return (
    <form class="form" onSubmit={save} noValidate data-testid="sd-sla-form">
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="sd-sla-conflict" />}
      <ErrorSummary items={errors.summary} focusKey={form.focusKey} testId="sd-sla-errors" />
      <p class="body">{t('sdSettings.slaEditHint')}</p>
      <table class="table table--stacked table--compact">
        <caption class="visually-hidden">{t('sdSettings.slaTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sdSettings.kind')}</th>
            <th scope="col">{t('sdSettings.priority')}</th>
            <th scope="col">{t('sdSettings.responseMinutes')}</th>
            <th scope="col">{t('sdSettings.resolutionMinutes')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => {
            const name = `${kindLabel(i.kind, i18n)}, ${priorityLabel(i.priority, i18n)}`;
            return (
              <tr key={`${i.kind}.${i.priority}`}>
                <th scope="row" data-label={t('sdSettings.kind')}>
                  {kindLabel(i.kind, i18n)}
                </th>
                <td data-label={t('sdSettings.priority')}>{priorityLabel(i.priority, i18n)}</td>
                <td data-label={t('sdSettings.responseMinutes')}>{cell(`${i.kind}.${i.priority}.response`, `${t('sdSettings.responseMinutes')}: ${name}`)}</td>
                <td data-label={t('sdSettings.resolutionMinutes')}>{cell(`${i.kind}.${i.priority}.resolution`, `${t('sdSettings.resolutionMinutes')}: ${name}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="button-group">
        <button type="submit" class="button" disabled={form.saving} data-testid="sd-sla-save">
          {t('sdSettings.slaSave')}
        </button>
        <button type="button" class="link-button" onClick={onClose} data-testid="sd-sla-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
