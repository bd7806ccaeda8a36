// The impact or dependency answer drawn as inline SVG: one column per depth (the
// chosen element on the left), one box per element whose shape, colour and text
// label say its kind (never colour alone), and an arrow for each link pointing
// at what is used; a host's placement in a data centre is a dashed arrow. Hidden
// datasets are grey "Dataset terbatas" boxes. Big answers are capped (the
// closest elements first) and the page says so; the text list beside it is the
// accessible alternative, so the drawing itself is one labelled image.
import type { ElementNode, ImpactAnswer } from '../../api/serviceTypes';
import { ELEMENT_KINDS } from '../../api/serviceTypes';
import { useI18n } from '../../i18n/useI18n';
import { elementKindLabel, elementName } from './labels';

export const DIAGRAM_CAP = 150;

const BOX_W = 210;
const BOX_H = 48;
const GAP_X = 70;
const GAP_Y = 16;
const PAD = 12;
const HEAD = 30;

const kindRank = (kind: string) => {
  const i = (ELEMENT_KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? ELEMENT_KINDS.length : i;
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

// The outline of a box of each kind, inside (0,0)-(w,h).
export function KindShape({ kind, hidden, w = BOX_W, h = BOX_H }: { kind: string; hidden?: boolean; w?: number; h?: number }) {
  const cls = `svc-node svc-node--${hidden ? 'hidden' : kind}`;
  const s = 10; // slant / corner size
  switch (kind) {
    case 'service':
      return <rect class={cls} x={1} y={1} width={w - 2} height={h - 2} rx={h / 2 - 1} />;
    case 'dataset':
      return <polygon class={cls} points={`${s + 1},1 ${w - 1},1 ${w - s - 1},${h - 1} 1,${h - 1}`} />;
    case 'host':
      return (
        <g>
          <rect class={cls} x={1} y={1} width={w - 2} height={h - 2} />
          <line class="svc-node__mark" x1={1} y1={h - 9} x2={w - 1} y2={h - 9} />
        </g>
      );
    case 'network':
      return <polygon class={cls} points={`${s + 1},1 ${w - s - 1},1 ${w - 1},${h / 2} ${w - s - 1},${h - 1} ${s + 1},${h - 1} 1,${h / 2}`} />;
    case 'facility':
      return (
        <g>
          <rect class={cls} x={1} y={1} width={w - 2} height={h - 2} />
          <rect class="svc-node__bar" x={1} y={1} width={w - 2} height={7} />
        </g>
      );
    default: // application
      return <rect class={cls} x={1} y={1} width={w - 2} height={h - 2} rx={4} />;
  }
}

interface Placed {
  node: ElementNode;
  x: number;
  y: number;
}

export function ImpactDiagram({ answer }: { answer: ImpactAnswer }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ordered = [...answer.nodes].sort(
    (a, b) => (a.depth ?? 0) - (b.depth ?? 0) || kindRank(a.kind) - kindRank(b.kind) || (a.name ?? '').localeCompare(b.name ?? '') || a.id - b.id,
  );
  const shown = ordered.slice(0, DIAGRAM_CAP + 1); // the start and up to the cap of reached elements
  const reached = ordered.length - 1;
  const columns: ElementNode[][] = [];
  for (const node of shown) (columns[node.depth ?? 0] ??= []).push(node);
  // Fewer crossings: each column after the first in the order of its neighbours in the column before.
  const rowOf = new Map<string, number>();
  const neighbours = new Map<string, string[]>();
  for (const e of answer.edges) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  columns.forEach((column, depth) => {
    if (!column) return;
    if (depth > 0) {
      const weight = (node: ElementNode) => {
        const rows = (neighbours.get(node.key) ?? []).map((k) => rowOf.get(k)).filter((r): r is number => r !== undefined);
        return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.MAX_SAFE_INTEGER;
      };
      const weights = new Map(column.map((n) => [n.key, weight(n)]));
      column.sort((a, b) => weights.get(a.key)! - weights.get(b.key)! || kindRank(a.kind) - kindRank(b.kind));
    }
    column.forEach((node, row) => rowOf.set(node.key, row));
  });
  const placed = new Map<string, Placed>();
  let rows = 0;
  columns.forEach((column, depth) => {
    (column ?? []).forEach((node, row) => placed.set(node.key, { node, x: PAD + depth * (BOX_W + GAP_X), y: HEAD + row * (BOX_H + GAP_Y) }));
    rows = Math.max(rows, column?.length ?? 0);
  });
  const width = PAD * 2 + columns.length * BOX_W + Math.max(0, columns.length - 1) * GAP_X + 30;
  const height = HEAD + rows * (BOX_H + GAP_Y) + PAD;
  const edges = answer.edges.filter((e) => placed.has(e.from) && placed.has(e.to));
  const startName = elementName(answer.start, i18n);

  const edgePath = (from: Placed, to: Placed) => {
    const fy = from.y + BOX_H / 2;
    const ty = to.y + BOX_H / 2;
    if (from.x > to.x) return `M${from.x},${fy} C${from.x - GAP_X / 2},${fy} ${to.x + BOX_W + GAP_X / 2},${ty} ${to.x + BOX_W + 2},${ty}`;
    if (from.x < to.x) return `M${from.x + BOX_W},${fy} C${from.x + BOX_W + GAP_X / 2},${fy} ${to.x - GAP_X / 2},${ty} ${to.x - 2},${ty}`;
    // The same column (a link between elements at one depth, or a loop back): around the right side.
    const bend = from.x + BOX_W + 26;
    return `M${from.x + BOX_W},${fy} C${bend},${fy} ${bend},${ty} ${to.x + BOX_W + 2},${ty}`;
  };

  return (
    <div data-testid="impact-diagram-box">
      {reached > DIAGRAM_CAP && (
        <p class="body" role="status" data-testid="impact-capped">
          {t('impact.diagramCapped', { shown: DIAGRAM_CAP, total: reached })}
        </p>
      )}
      <p class="body secondary">{t('impact.diagramHint')}</p>
      <div class="svc-diagram" tabIndex={0} role="region" aria-label={t('impact.diagramLabel', { name: startName })}>
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={t('impact.diagramLabel', { name: startName })}
          data-testid="impact-diagram"
          data-nodes={shown.length}
        >
          <defs>
            <marker id="svc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" class="svc-arrow" />
            </marker>
          </defs>
          {columns.map((_, depth) => (
            <text key={`h${depth}`} class="svc-column" x={PAD + depth * (BOX_W + GAP_X)} y={18}>
              {depth === 0 ? t('impact.columnStart') : t('impact.column', { n: depth })}
            </text>
          ))}
          {edges.map((e, i) => (
            <path
              key={`e${i}`}
              class={`svc-edge${e.placement ? ' svc-edge--placement' : ''}`}
              d={edgePath(placed.get(e.from)!, placed.get(e.to)!)}
              marker-end="url(#svc-arrow)"
              data-testid="impact-edge"
              data-from={e.from}
              data-to={e.to}
            />
          ))}
          {[...placed.values()].map(({ node, x, y }) => {
            const name = elementName(node, i18n);
            return (
              <g
                key={node.key}
                transform={`translate(${x},${y})`}
                class={node.depth === 0 ? 'svc-start' : undefined}
                data-testid="impact-node"
                data-key={node.key}
                data-kind={node.kind}
                data-hidden={node.hidden ? 'true' : 'false'}
              >
                <title>{`${elementKindLabel(node.kind, i18n)}: ${name}${node.agency_short_name ? ` (${node.agency_short_name})` : ''}`}</title>
                <KindShape kind={node.kind} hidden={node.hidden || node.missing} />
                <text class="svc-node__kind" x={16} y={17}>
                  {clip(`${elementKindLabel(node.kind, i18n)}${node.agency_short_name ? ` · ${node.agency_short_name}` : ''}`, 32)}
                </text>
                <text class="svc-node__name" x={16} y={34} data-testid="impact-node-name">
                  {clip(name, 22)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <DiagramLegend />
    </div>
  );
}

function DiagramLegend() {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div class="svc-legend" data-testid="impact-legend">
      <h3 class="heading-s">{t('impact.legend')}</h3>
      <ul class="svc-legend__list">
        {ELEMENT_KINDS.map((kind) => (
          <li key={kind}>
            <svg width={44} height={22} viewBox="0 0 44 22" aria-hidden="true">
              <KindShape kind={kind} w={44} h={22} />
            </svg>{' '}
            {elementKindLabel(kind, i18n)}
          </li>
        ))}
        <li>
          <svg width={44} height={22} viewBox="0 0 44 22" aria-hidden="true">
            <KindShape kind="dataset" hidden w={44} h={22} />
          </svg>{' '}
          {t('link.hidden')}
        </li>
      </ul>
      <p class="body secondary">{t('impact.placement')}</p>
    </div>
  );
}
