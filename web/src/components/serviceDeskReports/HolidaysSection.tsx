// The region's public holidays (hari libur nasional, cuti bersama): the SLA clock
// does not run on them. The ICT office adds a day with its name, or removes one.
import { useState } from 'preact/hooks';
import { addHoliday, removeHoliday } from '../../api/serviceDesk';
import type { Holiday } from '../../api/serviceDeskTypes';
import { describeError } from '../../errors/describe';
import { formatDay, todayInZone } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { Notice } from '../Notice';
import { TextField } from '../form/TextField';

const IDS = { day: 'sd-holiday-day', name: 'sd-holiday-name' };

interface Props {
  holidays: Holiday[];
  zone: string;
  onChanged: () => void; // the calendar is loaded again
}

export function HolidaysSection({ holidays, zone, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [day, setDay] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const submit = send({
    check: ({ t }) =>
      fieldErrors([
        [IDS.day, /^\d{4}-\d{2}-\d{2}$/.test(day) ? null : t('sdSettings.error.holidayDay')],
        [IDS.name, !name.trim() ? t('sdSettings.error.holidayName') : name.trim().length > 200 ? t('sdSettings.error.holidayNameLong') : null],
      ]),
    request: () => addHoliday(day, name.trim()),
    // The day is already a holiday: said beside the date.
    explain: (error, shown) => (error.status === 409 && shown.summary[0] ? { summary: [{ ...shown.summary[0], fieldId: IDS.day }], fields: { [IDS.day]: shown.summary[0].text } } : shown),
    onSent: (added) => {
      setDay('');
      setName('');
      setDone(t('sdSettings.holidayAdded', { name: added.name, day: formatDay(added.day, lang) }));
      onChanged();
    },
  });

  const remove = async (holiday: Holiday) => {
    setRemoving(holiday.id);
    setRemoveError(null);
    const answer = await removeHoliday(holiday.id);
    setRemoving(null);
    if (!answer.ok) {
      setRemoveError(describeError(answer.error, i18n));
      return;
    }
    setDone(t('sdSettings.holidayRemoved', { name: holiday.name, day: formatDay(holiday.day, lang) }));
    onChanged();
  };

  // Days still to come first; the ones gone by folded away (newest first).
  const today = todayInZone(zone);
  const upcoming = holidays.filter((h) => h.day >= today).sort((a, b) => a.day.localeCompare(b.day));
  const past = holidays.filter((h) => h.day < today).sort((a, b) => b.day.localeCompare(a.day));
  return (
    <section class="section" aria-labelledby="sd-holidays-title" data-testid="sd-holidays">
      <h2 class="heading-l" id="sd-holidays-title">
        {t('sdSettings.holidaysTitle')}
        <span class="heading-count"> ({holidays.length})</span>
      </h2>
      <p class="body">{t('sdSettings.holidaysIntro')}</p>
      {done && (
        <Notice kind="success" testId="sd-holiday-done" focus>
          <p class="notice__heading">{done}</p>
        </Notice>
      )}
      {removeError && (
        <div class="error-summary" role="alert" data-testid="sd-holiday-remove-error">
          <p class="body">{removeError}</p>
        </div>
      )}
      {upcoming.length === 0 ? (
        <p class="body secondary" data-testid="sd-holidays-empty">
          {t('sdSettings.holidaysNone')}
        </p>
      ) : (
        <HolidayTable holidays={upcoming} removing={removing} onRemove={(h) => void remove(h)} />
      )}
      {past.length > 0 && (
        <details class="details" data-testid="sd-holidays-past">
          <summary class="details__summary">{t('sdSettings.holidaysPast', { n: past.length })}</summary>
          <div class="details__text">
            <HolidayTable holidays={past} removing={removing} onRemove={(h) => void remove(h)} />
          </div>
        </details>
      )}
      <form class="form panel" onSubmit={submit} noValidate data-testid="sd-holiday-form">
        <h3 class="heading-s">{t('sdSettings.holidayAdd')}</h3>
        <ErrorSummary items={errors.summary} focusKey={focusKey} testId="sd-holiday-errors" />
        <TextField id={IDS.day} label={t('sdSettings.holidayDay')} type="date" value={day} onInput={setDay} error={errors.fields[IDS.day]} width="half" />
        <TextField id={IDS.name} label={t('sdSettings.holidayName')} hint={t('sdSettings.holidayNameHint')} value={name} onInput={setName} error={errors.fields[IDS.name]} inputProps={{ maxLength: 200 }} />
        <div class="button-group">
          <button type="submit" class="button" disabled={sending} data-testid="sd-holiday-submit">
            {t('sdSettings.holidayAddSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function HolidayTable({ holidays, removing, onRemove }: { holidays: Holiday[]; removing: number | null; onRemove: (holiday: Holiday) => void }) {
  const { t, lang } = useI18n();
  return (
    <table class="table table--stacked table--compact" data-testid="sd-holidays-table">
      <caption class="visually-hidden">{t('sdSettings.holidaysTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sdSettings.holidayDay')}</th>
          <th scope="col">{t('sdSettings.holidayName')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {holidays.map((h) => (
          <tr key={h.id} data-testid="sd-holiday" data-day={h.day}>
            <td data-label={t('sdSettings.holidayDay')} data-testid="sd-holiday-day-text">
              {formatDay(h.day, lang)}
            </td>
            <th scope="row" data-label={t('sdSettings.holidayName')} data-testid="sd-holiday-name-text">
              {h.name}
            </th>
            <td>
              <button type="button" class="link-button link-button--danger" disabled={removing !== null} onClick={() => onRemove(h)} data-testid="sd-holiday-remove">
                {t('sdSettings.holidayRemove')}
                <span class="visually-hidden"> {h.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
