// "Segera kedaluwarsa": the warranties and licences that have ended or end within the
// region's warning window, for the user's scope (an operator's own agency, otherwise the
// whole region): the counts, then the ended ones and those ending soon, soonest first,
// each naming the asset, its agency, what ends and when. A few are shown; the rest on
// request (the server answers at most 500; the register's filter shows every one). Disposed assets are never warned about (the server leaves them out).
import { useState } from 'preact/hooks';
import { assetPagePath, listExpiring } from '../../api/assets';
import type { ExpiringItem } from '../../api/assetTypes';
import { formatDay } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';
import { LoadView } from '../LoadView';
import { expiryText } from './labels';

const FEW = 6;

interface Props {
  agencyId: number | null; // an operator's agency; null: the region
  onShowInList: () => void; // narrows the list below to the expiring assets
}

export function ExpiringPanel({ agencyId, onShowInList }: Props) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => listExpiring(agencyId === null ? '' : String(agencyId), { signal }), String(agencyId));
  return (
    <section class="section panel asset-expiring" aria-labelledby="asset-expiring-title" data-testid="asset-expiring">
      <h2 class="heading-m" id="asset-expiring-title">
        {t('asset.expiring.title')}
      </h2>
      <LoadView loaded={loaded}>
        {(answer) => (
          <>
            <p class="body" data-testid="asset-expiring-totals">
              {t('asset.expiring.totals', { expired: answer.totals.expired, expiring: answer.totals.expiring, days: answer.warning_days })}
            </p>
            {answer.items.length === 0 ? (
              <p class="body secondary" data-testid="asset-expiring-none">
                {t('asset.expiring.none', { days: answer.warning_days })}
              </p>
            ) : (
              <>
                <ExpiringGroup title={t('asset.expiring.soon')} total={answer.totals.expiring} items={answer.items.filter((i) => i.status !== 'expired')} testId="asset-expiring-soon" />
                <ExpiringGroup title={t('asset.expiring.ended')} total={answer.totals.expired} items={answer.items.filter((i) => i.status === 'expired')} testId="asset-expiring-ended" />
                <p class="body">
                  <button type="button" class="link-button" onClick={onShowInList} data-testid="asset-expiring-filter">
                    {t('asset.expiring.showInList')}
                  </button>
                </p>
              </>
            )}
          </>
        )}
      </LoadView>
    </section>
  );
}

function ExpiringGroup({ title, total, items, testId }: { title: string; total: number; items: ExpiringItem[]; testId: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [all, setAll] = useState(false);
  if (total === 0) return null;
  // Ending soon: nearest first; ended: the most recently ended first.
  const sorted = testId === 'asset-expiring-ended' ? [...items].sort((a, b) => b.days_left - a.days_left) : items;
  const shown = all ? sorted : sorted.slice(0, FEW);
  return (
    <div data-testid={testId}>
      <h3 class="heading-s">
        {title} <span class="heading-count">({total})</span>
      </h3>
      <ul class="asset-expiring__list">
        {shown.map((i) => (
          <li key={`${i.asset_id}-${i.what}`} class="asset-expiring__item" data-testid="asset-expiring-item" data-asset-id={i.asset_id} data-what={i.what} data-status={i.status}>
            <a class="link asset-text" href={assetPagePath(i.asset_id)} data-testid="asset-expiring-name">
              {i.code} — {i.name}
            </a>
            <span class="cell-note">
              <strong class={`tag tag--${i.status === 'expired' ? 'red' : 'yellow'}`} data-testid="asset-expiring-when">
                {expiryText(i.what === 'licence' ? 'licence' : 'warranty', i.days_left, i18n)}
              </strong>{' '}
              <span class="secondary">
                {formatDay(i.until, lang)} · {i.owner_agency_name}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {items.length < total && (
        <p class="body secondary" data-testid={`${testId}-cut`}>
          {t('asset.expiring.cut', { shown: items.length, total })}
        </p>
      )}
      {items.length > FEW && (
        <p class="body">
          <button type="button" class="link-button" onClick={() => setAll(!all)} data-testid={`${testId}-all`}>
            {all ? t('asset.expiring.showFewer') : t('asset.expiring.showAll', { n: items.length })}
          </button>
        </p>
      )}
    </div>
  );
}
