// The impact or dependency answer as text, grouped by kind (services first):
// each element with its agency, how far it is (directly, or through n steps),
// the path of links that reaches it, and a way to its own page or its own
// links. This is the full answer (the diagram may be capped).
import { elementPagePath, impactPagePath } from '../../api/services';
import { ELEMENT_KINDS, type ElementNode, type ImpactAnswer } from '../../api/serviceTypes';
import { useI18n } from '../../i18n/useI18n';
import { elementKindLabel, elementName } from './labels';

export function ImpactList({ answer, view }: { answer: ImpactAnswer; view: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const byKey = new Map(answer.nodes.map((n) => [n.key, n]));
  const nameOf = (key: string) => {
    const node = byKey.get(key);
    return node ? elementName(node, i18n) : key;
  };
  const groups = ELEMENT_KINDS.map((kind) => ({ kind, items: answer.by_kind[kind] ?? [] })).filter((g) => g.items.length > 0);
  const open = (n: ElementNode) => {
    if (n.hidden || n.missing) return <span class="secondary">{elementName(n, i18n)}</span>;
    const page = elementPagePath(n.kind, n.id) ?? `${impactPagePath(n.kind, n.id)}&view=${view}`;
    return (
      <a class="link" href={page} data-testid="impact-item-open">
        {elementName(n, i18n)}
      </a>
    );
  };
  return (
    <div data-testid="impact-list">
      {groups.map(({ kind, items }) => (
        <section key={kind} class="svc-group" data-testid={`impact-group-${kind}`} aria-labelledby={`impact-group-${kind}-title`}>
          <h3 class="heading-m" id={`impact-group-${kind}-title`}>
            <span class={`svc-kind svc-kind--${kind}`}>{elementKindLabel(kind, i18n)}</span> <span class="heading-count">({items.length})</span>
          </h3>
          <ul class="svc-impact-list">
            {items.map((n) => (
              <li key={n.key} data-testid="impact-item" data-key={n.key} data-depth={n.depth}>
                <p class="body">
                  <span data-testid="impact-item-name">{open(n)}</span>
                  {n.agency_short_name && <span class="secondary"> ({n.agency_short_name})</span>}
                  {' · '}
                  <span data-testid="impact-item-depth">{n.depth === 1 ? t('impact.depthDirect') : t('impact.depthVia', { n: n.depth ?? 0 })}</span>
                  {!n.hidden && !n.missing && (
                    <>
                      {' · '}
                      <a class="link" href={`${impactPagePath(n.kind, n.id)}&view=${view}`} data-testid="impact-item-links">
                        {t('link.openImpact')}
                        <span class="visually-hidden"> {elementName(n, i18n)}</span>
                      </a>
                    </>
                  )}
                </p>
                {n.path && n.path.length > 2 && (
                  <p class="body secondary svc-path" data-testid="impact-item-path">
                    {t('impact.path')}: {n.path.map(nameOf).join(' → ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
