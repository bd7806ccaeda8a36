// Download links for a record's exports: JSON (everything, as the API gives it)
// and XLSX (for the people who keep plans and budgets in spreadsheets).
import { useI18n } from '../i18n/useI18n';

interface Props {
  basePath: string; // e.g. /api/v1/master-plans/3 → …/export.json, …/export.xlsx
  testId?: string;
}

export function ExportLinks({ basePath, testId = 'export-links' }: Props) {
  const { t } = useI18n();
  return (
    <p class="body export-links" data-testid={testId}>
      {t('export.label')}{' '}
      <a href={`${basePath}/export.xlsx`} download data-testid={`${testId}-xlsx`}>
        {t('export.xlsx')}
      </a>
      {' · '}
      <a href={`${basePath}/export.json`} download data-testid={`${testId}-json`}>
        {t('export.json')}
      </a>
    </p>
  );
}
