// A labelled drop-down (GOV.UK "select") with an optional hint and error.
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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for={id}>
        {label}
      </label>
      {hint && (
        <div class="field-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p class="error-message" id={errorId} data-testid={`${id}-error`}>
          {error}
        </p>
      )}
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
    </div>
  );
}
