// A labelled text input (GOV.UK "text input") with an optional hint and the
// error message beside it; the input is described by both.
import type { InputHTMLAttributes } from 'preact';
import { FieldWrapper, controlAttributes } from './FieldWrapper';

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
  return (
    <FieldWrapper id={id} label={label} hint={hint} error={error}>
      <input
        {...inputProps}
        {...controlAttributes(id, hint, error, testId)}
        class={`input input--${width}${error ? ' input--error' : ''}`}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellcheck={false}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </FieldWrapper>
  );
}
