// "Previous" and "Next" for lists the server pages with next_cursor.
import { useI18n } from '../i18n/useI18n';

interface Props {
  page: number; // 1-based
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  testId?: string;
}

export function Pager({ page, hasPrevious, hasNext, onPrevious, onNext, testId = 'pager' }: Props) {
  const { t } = useI18n();
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav class="pager" aria-label={t('pager.label')} data-testid={testId}>
      {hasPrevious && (
        <button type="button" class="pager__link" onClick={onPrevious} data-testid="pager-previous">
          <span aria-hidden="true">‹ </span>
          {t('pager.previous')}
        </button>
      )}
      <span class="pager__page" data-testid="pager-page">
        {t('pager.page', { page })}
      </span>
      {hasNext && (
        <button type="button" class="pager__link" onClick={onNext} data-testid="pager-next">
          {t('pager.next')}
          <span aria-hidden="true"> ›</span>
        </button>
      )}
    </nav>
  );
}
