// The GOV.UK "error summary" at the top of a form: what went wrong, each item
// a link to the field to fix. It takes focus when it appears (or changes) so
// keyboard and screen-reader users hear it first.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/useI18n';
import type { SummaryItem } from '../forms/formErrors';

interface Props {
  items: SummaryItem[];
  testId?: string;
  focusKey?: unknown; // takes focus when this changes (default: when the items do)
}

export function ErrorSummary({ items, testId = 'error-summary', focusKey }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  // Before the browser paints: the summary holds focus the moment it is seen, so
  // nothing typed right after an error lands in a field that then loses focus.
  useLayoutEffect(() => {
    if (items.length > 0) box.current?.focus();
  }, [focusKey === undefined ? items : focusKey]);
  if (items.length === 0) return null;

  const focusField = (event: MouseEvent, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };

  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box} data-testid={testId}>
      <h2 class="error-summary__title">{t('error.title')}</h2>
      <ul class="error-summary__list">
        {items.map((item, i) => (
          <li key={`${item.fieldId ?? ''}-${i}`} data-testid="error-summary-item">
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={(e) => focusField(e, item.fieldId!)}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
