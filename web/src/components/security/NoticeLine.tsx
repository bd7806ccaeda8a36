// One notice of an incident in one plain sentence, coloured by its state: an
// overdue one in red with how long past the limit ("belum dikirim, lewat batas
// 26 jam"), a late one with how late, a pending one with the time left.
import type { IncidentNotice, NoticeKind } from '../../api/securityTypes';
import { useI18n } from '../../i18n/useI18n';
import { noticeWords } from './labels';

interface Props {
  kind: NoticeKind;
  notice: IncidentNotice;
  compact?: boolean; // in a list: a line, no tag
}

export function NoticeLine({ kind, notice, compact = false }: Props) {
  const i18n = useI18n();
  const words = noticeWords(kind, notice, i18n);
  return (
    <span
      class={`sec-notice sec-notice--${words.state}${compact ? '' : ' sec-notice--block'}`}
      data-testid={`sec-notice-${kind}`}
      data-state={words.state}
    >
      {words.text}
    </span>
  );
}
