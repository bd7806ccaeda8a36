// The filter above a list (a search landmark): its fields, "apply" and, once a filter
// is in force, "clear". The page keeps what is typed apart from what is applied
// (hooks/useListFilter.ts), so the list changes only when the user asks.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/useI18n';

interface Props {
  label: string; // names the search landmark and heads the form
  testId: string; // the form; its buttons are `${testId}-apply` and `${testId}-clear`
  filtered: boolean; // a filter is in force: offer to clear it
  onApply: () => void;
  onClear: () => void;
  children: ComponentChildren; // the fields
}

export function FilterForm({ label, testId, filtered, onApply, onClear, children }: Props) {
  const { t } = useI18n();
  return (
    <form
      class="filter"
      role="search"
      aria-label={label}
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      <h3 class="heading-s">{label}</h3>
      <div class="filter__fields">{children}</div>
      <div class="button-group">
        <button type="submit" class="button button--secondary" data-testid={`${testId}-apply`}>
          {t('common.applyFilter')}
        </button>
        {filtered && (
          <button type="button" class="link-button" data-testid={`${testId}-clear`} onClick={onClear}>
            {t('common.clearFilter')}
          </button>
        )}
      </div>
    </form>
  );
}
