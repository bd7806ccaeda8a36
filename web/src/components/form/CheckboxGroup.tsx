// A question with any number of answers (GOV.UK "checkboxes"). The first box
// carries the group's id, so the error summary can link to it.
import { FieldWrapper } from './FieldWrapper';
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
  const toggle = (value: string, on: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? on : values.includes(v)));
    onChange(next);
  };
  return (
    <FieldWrapper as="fieldset" id={id} label={legend} hint={hint} error={error}>
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
    </FieldWrapper>
  );
}
