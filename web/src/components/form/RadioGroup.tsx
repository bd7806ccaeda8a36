// A question with one answer from a few (GOV.UK "radios"): a fieldset whose
// legend is the question. The first radio carries the group's id, so the error
// summary can link to it.
import { FieldWrapper } from './FieldWrapper';
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
  return (
    <FieldWrapper as="fieldset" id={id} label={legend} hint={hint} error={error}>
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
    </FieldWrapper>
  );
}
