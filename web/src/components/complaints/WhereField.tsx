// "Which service or agency is it about": one drop-down with the region's public
// services (each with its agency) and, below them, the agencies themselves, for
// a complaint that names no single service. The value is "service:<id>" or
// "agency:<id>", or empty before choosing.
import type { ComplaintOptions } from '../../api/complaintTypes';
import { useI18n } from '../../i18n/useI18n';
import { FieldWrapper, controlAttributes } from '../form/FieldWrapper';

interface Props {
  id: string;
  options: ComplaintOptions;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

export function WhereField({ id, options, value, onChange, error }: Props) {
  const { t } = useI18n();
  const hint = t('complaint.whereHint');
  const shortName = new Map(options.agencies.map((a) => [a.id, a.short_name]));
  return (
    <FieldWrapper id={id} label={t('complaint.where')} hint={hint} error={error}>
      <select
        {...controlAttributes(id, hint, error)}
        value={value}
        class={`select complaint-select${error ? ' select--error' : ''}`}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{t('complaint.whereChoose')}</option>
        {options.services.length > 0 && (
          <optgroup label={t('complaint.whereServices')}>
            {options.services.map((s) => (
              <option key={`s${s.id}`} value={`service:${s.id}`}>
                {shortName.has(s.agency_id) ? `${s.name} (${shortName.get(s.agency_id)})` : s.name}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('complaint.whereAgencies')}>
          {options.agencies.map((a) => (
            <option key={`a${a.id}`} value={`agency:${a.id}`}>
              {a.name} ({a.short_name})
            </option>
          ))}
        </optgroup>
      </select>
    </FieldWrapper>
  );
}
