// The map of business processes as a readable list (GET …/map): per agency its
// processes, and under each process how it connects to other processes, said
// from its own side ("menerima masukan dari DISDUKCAPIL-01 …"). The organisation
// bureau coordinates these connections (Kendari Pasal 9 ayat (3)).
import { getProcessMap, processPagePath } from '../../api/businessProcesses';
import type { MapEdge, MapNode } from '../../api/businessProcessTypes';
import { linkPhrase, processStatusColour, processStatusLabel } from '../../format/businessProcess';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';
import { LoadView } from '../LoadView';

export function ProcessMapList() {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad((signal) => getProcessMap({ signal }));
  return (
    <section class="section" aria-labelledby="bp-map-title" data-testid="bp-map">
      <h2 class="heading-l" id="bp-map-title">
        {t('businessProcess.mapTitle')}
      </h2>
      <p class="body">{t('businessProcess.mapIntro')}</p>
      <LoadView loaded={loaded}>
        {(map) => {
          const nodes = new Map<number, MapNode>(map.nodes.map((n) => [n.id, n]));
          const edgesOf = (id: number): Array<{ edge: MapEdge; other: MapNode | undefined; direction: 'out' | 'in' }> =>
            map.edges
              .filter((e) => e.from === id || e.to === id)
              .map((e) => (e.from === id ? { edge: e, other: nodes.get(e.to), direction: 'out' as const } : { edge: e, other: nodes.get(e.from), direction: 'in' as const }));
          if (map.agencies.length === 0)
            return (
              <p class="body secondary" data-testid="bp-map-empty">
                {t('businessProcess.none')}
              </p>
            );
          return (
            <ul class="bp-map" data-testid="bp-map-list">
              {map.agencies.map((a) => (
                <li key={a.agency_id} class="bp-map__agency" data-testid="bp-map-agency" data-agency-id={a.agency_id}>
                  <h3 class="heading-s">
                    {a.agency_name} ({a.agency_short_name})
                  </h3>
                  <ul class="list">
                    {a.process_ids.map((id) => {
                      const node = nodes.get(id);
                      if (!node) return null;
                      const links = edgesOf(id);
                      return (
                        <li key={id} data-testid="bp-map-process" data-process-id={id}>
                          <a class="link" href={processPagePath(id)}>
                            {node.code} — {node.name}
                          </a>{' '}
                          <strong class={`tag tag--${processStatusColour(node.status)}`}>{processStatusLabel(node.status, i18n)}</strong>
                          {links.length === 0 ? (
                            <span class="cell-note secondary">{t('businessProcess.mapNoLinks')}</span>
                          ) : (
                            <ul class="bp-map__links">
                              {links.map(({ edge, other, direction }) => (
                                <li key={`${edge.id}-${direction}`} data-testid="bp-map-link">
                                  {linkPhrase(edge.kind, direction, i18n)}{' '}
                                  {other ? (
                                    <a class="link" href={processPagePath(other.id)}>
                                      {other.code} — {other.name}
                                    </a>
                                  ) : (
                                    '—'
                                  )}
                                  {other && other.agency_id !== a.agency_id && ` (${other.agency_short_name})`}
                                  {edge.note && <span class="cell-note secondary">{edge.note}</span>}
                                </li>
                              ))}
                            </ul>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          );
        }}
      </LoadView>
    </section>
  );
}
