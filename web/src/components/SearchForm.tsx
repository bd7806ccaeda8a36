// A search by words above a list (a search landmark): one text field, the search
// button and, once a search is in force, "clear". It keeps what is typed; the list
// changes only when the user searches (onApply with the trimmed words) or clears
// (onApply with ''). Test ids: the form `testId`, its buttons `${testId}-apply` and
// `${testId}-clear`.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/useI18n';
import { TextField } from './form/TextField';

interface Props {
  id: string; // the text field
  testId: string;
  label: string; // names the landmark and the field
  hint: string;
  buttonLabel: string;
  applied: string; // the words in force
  onApply: (words: string) => void;
}

export function SearchForm({ id, testId, label, hint, buttonLabel, applied, onApply }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState(applied);
  return (
    <form
      class="filter"
      role="search"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onApply(query.trim());
      }}
      data-testid={testId}
    >
      <TextField id={id} label={label} hint={hint} value={query} onInput={setQuery} width="half" autoComplete="off" />
      <div class="button-group">
        <button type="submit" class="button button--secondary" data-testid={`${testId}-apply`}>
          {buttonLabel}
        </button>
        {applied && (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setQuery('');
              onApply('');
            }}
            data-testid={`${testId}-clear`}
          >
            {t('common.clearFilter')}
          </button>
        )}
      </div>
    </form>
  );
}
