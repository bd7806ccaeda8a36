// A labelled text input (GOV.UK "text input") with an optional hint and the
// error message beside it; the input is described by both.
import type { InputHTMLAttributes } from 'preact';
import { FieldWrapper, fieldIds } from './FieldWrapper';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  error?: string;
  type?: 'text' | 'password' | 'number' | 'date';
  autoComplete?: string;
  width?: 'full' | 'half' | 'short';
  testId?: string;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
}

export function TextField(props: Props) {
  const { id, label, value, onInput, hint, error, type = 'text', autoComplete, width = 'full', testId, inputProps } = props;
  const { describedBy } = fieldIds(id, hint, error);
  return (
    <FieldWrapper id={id} label={label} hint={hint} error={error}>
      <input
        {...inputProps}
        class={`input input--${width}${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellcheck={false}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        data-testid={testId ?? id}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </FieldWrapper>
  );
}
