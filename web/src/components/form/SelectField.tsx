// A labelled drop-down (GOV.UK "select") with an optional hint and error.
import { FieldWrapper, fieldIds } from './FieldWrapper';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  testId?: string;
}

export function SelectField({ id, label, value, options, onChange, hint, error, testId }: Props) {
  const { describedBy } = fieldIds(id, hint, error);
  return (
    <FieldWrapper id={id} label={label} hint={hint} error={error}>
      <select
        class={`select${error ? ' select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        data-testid={testId ?? id}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldWrapper>
  );
}
