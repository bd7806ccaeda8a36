// A question with any number of answers (GOV.UK "checkboxes"). The first box
// carries the group's id, so the error summary can link to it.
import type { Option } from './SelectField';

interface Props {
  id: string;
  legend: string;
  values: string[];
  options: Array<Option & { hint?: string }>;
  onChange: (values: string[]) => void;
  hint?: string;
  error?: string;
}

export function CheckboxGroup({ id, legend, values, options, onChange, hint, error }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, on: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? on : values.includes(v)));
    onChange(next);
  };
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy} data-testid={id}>
        <legend class="fieldset__legend">{legend}</legend>
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
        <div class="checkboxes">
          {options.map((option, i) => {
            const optionId = i === 0 ? id : `${id}-${option.value}`;
            const optionHintId = option.hint ? `${optionId}-item-hint` : undefined;
            return (
              <div class="checkboxes__item" key={option.value}>
                <input
                  class="checkboxes__input"
                  type="checkbox"
                  id={optionId}
                  name={id}
                  value={option.value}
                  checked={values.includes(option.value)}
                  aria-describedby={optionHintId}
                  data-testid={`${id}-${option.value}`}
                  onChange={(e) => toggle(option.value, (e.currentTarget as HTMLInputElement).checked)}
                />
                <label class="checkboxes__label" for={optionId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div class="field-hint checkboxes__hint" id={optionHintId}>
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
