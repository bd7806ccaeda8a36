// A labelled drop-down (GOV.UK "select") with an optional hint and error.
import { FieldWrapper, controlAttributes } from './FieldWrapper';

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
  return (
    <FieldWrapper id={id} label={label} hint={hint} error={error}>
      <select
        {...controlAttributes(id, hint, error, testId)}
        value={value}
        class={`select${error ? ' select--error' : ''}`}
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
