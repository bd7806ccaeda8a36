// The top of a registry list page: back to the element registries (/elemen), and the
// title under the caption "Elemen SPBE".
import { useI18n } from '../i18n/useI18n';

interface Props {
  backLabel: string;
  backTestId: string;
  title: string;
  titleTestId: string;
}

export function RegistryHeading({ backLabel, backTestId, title, titleTestId }: Props) {
  const { t } = useI18n();
  return (
    <>
      <p class="back">
        <a class="link" href="/elemen" data-testid={backTestId}>
          {backLabel}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('elements.title')}</span>
        <span data-testid={titleTestId}>{title}</span>
      </h1>
    </>
  );
}
