// A question with one answer from a few (GOV.UK "radios"): a fieldset whose
// legend is the question. The first radio carries the group's id, so the error
// summary can link to it.
import type { Option } from './SelectField';

interface Props {
  id: string;
  legend: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

export function RadioGroup({ id, legend, value, options, onChange, hint, error }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
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
        <div class="radios">
          {options.map((option, i) => {
            const optionId = i === 0 ? id : `${id}-${option.value}`;
            return (
              <div class="radios__item" key={option.value}>
                <input
                  class="radios__input"
                  type="radio"
                  id={optionId}
                  name={id}
                  value={option.value}
                  checked={value === option.value}
                  data-testid={`${id}-${option.value}`}
                  onChange={() => onChange(option.value)}
                />
                <label class="radios__label" for={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
