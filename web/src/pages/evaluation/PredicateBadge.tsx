// An index value with its predicate as a coloured tag ("2,95 Baik"); the words carry the meaning.
import { useI18n } from '../../i18n/useI18n';
import { indexText, predicateColour } from './evaluationWords';

interface Props {
  value: string | null | undefined;
  predicate: string | null | undefined;
  testId: string;
}

export function PredicateBadge({ value, predicate, testId }: Props) {
  const { t, lang } = useI18n();
  if (!value) {
    return (
      <span class="secondary" data-testid={testId} data-value="">
        {t('evaluation.noIndex')}
      </span>
    );
  }
  return (
    <span class="ev-index" data-testid={testId} data-value={value}>
      <strong class="ev-index__value" data-testid={`${testId}-value`}>
        {indexText(value, lang)}
      </strong>{' '}
      {predicate && (
        <strong class={`tag tag--${predicateColour(predicate)}`} data-testid={`${testId}-predicate`}>
          {predicate}
        </strong>
      )}
    </span>
  );
}
