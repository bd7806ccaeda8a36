// A secret the server shows once only (a new API token, a temporary password):
// the value in large type, a warning to copy it now, and a copy button. It
// takes focus when it appears so the user cannot miss it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/useI18n';

interface Props {
  title: string;
  secret: string;
  warning: string; // e.g. "copy it now, it will not be shown again"
  testId: string; // on the secret itself
}

export function OneTimeSecret({ title, secret, warning, testId }: Props) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), [secret]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed'); // e.g. not a secure context: the user selects it by hand
    }
  };

  return (
    <div class="secret-panel" role="region" aria-label={title} tabIndex={-1} ref={panel} data-testid="one-time-secret">
      <h2 class="secret-panel__title">{title}</h2>
      <p class="warning-text" data-testid="secret-warning">
        <strong class="warning-text__icon" aria-hidden="true">
          !
        </strong>
        <strong class="warning-text__text">
          <span class="visually-hidden">{t('common.warning')}: </span>
          {warning}
        </strong>
      </p>
      <p class="secret-panel__value">
        <code data-testid={testId} onClick={(e) => selectText(e.currentTarget as HTMLElement)}>
          {secret}
        </code>
      </p>
      <p class="body">
        <button type="button" class="button button--secondary" onClick={copy} data-testid="copy-secret">
          {t('secret.copy')}
        </button>
      </p>
      <p class="hint" role="status" data-testid="copy-status">
        {copied === 'yes' ? t('secret.copied') : copied === 'failed' ? t('secret.copyFailed') : ''}
      </p>
    </div>
  );
}

function selectText(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
