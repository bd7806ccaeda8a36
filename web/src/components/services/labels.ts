// Plain words for the values of services and element links: kinds, statuses,
// channels, integration states, element kinds, and the name of an element at the
// end of a link (a hidden dataset or a deleted record said as such).
import type { ElementNode } from '../../api/serviceTypes';
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

const known = (prefix: string, value: string, { t }: I18n): string => {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text && text !== key ? text : value;
};

export const serviceKindLabel = (kind: string, i18n: I18n) => known('svc.kind', kind, i18n);
export const serviceKindHint = (kind: string, i18n: I18n) => known('svc.kindHint', kind, i18n);
export const serviceStatusLabel = (status: string, i18n: I18n) => known('svc.status', status, i18n);
export const channelLabel = (channel: string, i18n: I18n) => known('svc.channel', channel, i18n);
export const integrationLabel = (state: string, i18n: I18n) => known('svc.integration', state, i18n);
export const elementKindLabel = (kind: string, i18n: I18n) => known('element.kind', kind, i18n);

export const serviceStatusColour = (status: string) => (status === 'active' ? 'green' : status === 'retired' ? 'grey' : 'blue');
export const integrationColour = (state: string) => (state === 'coordinated' ? 'green' : state === 'awaiting_coordination' ? 'yellow' : 'grey');

export function elementName(node: ElementNode, i18n: I18n): string {
  if (node.hidden) return i18n.t('link.hidden');
  if (node.missing || !node.name) return i18n.t('link.missing');
  return node.name;
}
