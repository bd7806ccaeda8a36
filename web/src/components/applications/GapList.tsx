// What an application still lacks before production, grouped by the article that
// asks for it: the article, the regulation's own sentence, and each gap under it
// in plain words. Gaps the regulation names no article for (a passing test in
// some regions) stand in a group of their own, without a citation.
import type { Citation, Gap } from '../../api/applicationTypes';
import { useI18n } from '../../i18n/useI18n';
import { inLanguage } from './applicationWords';

interface Group {
  key: string;
  citations: Citation[];
  gaps: Gap[];
}

function grouped(gaps: Gap[]): Group[] {
  const groups: Group[] = [];
  for (const gap of gaps) {
    const key = gap.citations.length ? gap.citations.map((c) => `${c.regulation}|${c.article}|${c.text}`).join('||') : `none:${gap.item}:${gap.document_kind ?? ''}`;
    const found = groups.find((g) => g.key === key);
    if (found) found.gaps.push(gap);
    else groups.push({ key, citations: gap.citations, gaps: [gap] });
  }
  return groups;
}

export function GapList({ gaps, testId }: { gaps: Gap[]; testId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <ul class="list app-gaps" data-testid={testId}>
      {grouped(gaps).map((group) => (
        <li key={group.key} class="app-gaps__item" data-testid="app-gap-group">
          {group.citations.map((c, j) => (
            <blockquote key={`${c.article}-${j}`} class="app-citation" data-testid="app-gap-citation">
              <p class="body">
                <strong data-testid="app-gap-article">
                  {c.article} {c.regulation}
                </strong>
              </p>
              <p class="body secondary">
                {t('applications.regulationSays')} “{c.text}”
              </p>
            </blockquote>
          ))}
          <ul class="list">
            {group.gaps.map((gap, i) => (
              <li key={`${gap.item}-${gap.document_kind ?? ''}-${i}`} data-testid="app-gap" data-item={gap.item} data-kind={gap.document_kind ?? ''}>
                {inLanguage(gap.message, i18n)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
