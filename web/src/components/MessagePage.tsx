// The body of a page that only says something (not allowed, not found): the
// heading, the paragraphs given as children, and the link back to the start.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/useI18n';

interface Props {
  title: string;
  testId: string; // on the heading
  children: ComponentChildren;
}

export function MessagePage({ title, testId, children }: Props) {
  const { t } = useI18n();
  return (
    <>
      <h1 class="heading-xl" data-testid={testId}>
        {title}
      </h1>
      {children}
      <p class="body">
        <a class="link" href="/">
          {t('notFound.home')}
        </a>
      </p>
    </>
  );
}
