// A labelled box for a few lines of text (GOV.UK "textarea") with an optional
// hint and the error message beside it.
import { FieldWrapper, controlAttributes } from './FieldWrapper';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
  testId?: string;
}

export function TextArea({ id, label, value, onInput, hint, error, rows = 3, testId }: Props) {
  return (
    <FieldWrapper id={id} label={label} hint={hint} error={error}>
      <textarea
        {...controlAttributes(id, hint, error, testId)}
        rows={rows}
        value={value}
        class={`textarea${error ? ' textarea--error' : ''}`}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </FieldWrapper>
  );
}
