// The rating of an article as stars with its average and count in words ("4,5 dari 5 · 12
// penilaian"); the stars are decoration, the words are what a screen reader says.
import { useI18n } from '../../i18n/useI18n';
import { averageText } from './labels';

interface Props {
  average: number | null;
  count: number;
  testId?: string;
}

export function RatingStars({ average, count, testId }: Props) {
  const { t, lang } = useI18n();
  if (count === 0 || average === null)
    return (
      <span class="kb-rating secondary" data-testid={testId}>
        {t('knowledge.ratingNone')}
      </span>
    );
  const full = Math.round(average);
  return (
    <span class="kb-rating" data-testid={testId} data-average={average}>
      <span class="kb-stars" aria-hidden="true">
        {'★'.repeat(full)}
        <span class="kb-stars__empty">{'☆'.repeat(5 - full)}</span>
      </span>{' '}
      <span data-testid={testId ? `${testId}-text` : undefined}>{t('knowledge.ratingText', { average: averageText(average, lang), count })}</span>
    </span>
  );
}
