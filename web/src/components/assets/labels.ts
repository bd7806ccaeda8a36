// ICT asset codes in plain words, with tag colours: kinds, categories, stages (after
// Madiun Pasal 35 ayat (2): perencanaan, pengadaan, pengelolaan, penghapusan), the
// steps and their events, licence kinds, link kinds, and the warranty or licence end
// said as a civil servant would ("Garansi berakhir dalam 10 hari", "Lisensi habis 3 hari lalu").
import { ALL_CATEGORIES, ASSET_ACTIONS, ASSET_KINDS, ASSET_STAGES, LICENCE_KINDS, LINK_KINDS } from '../../api/assetTypes';
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

export type TagColour = 'green' | 'red' | 'yellow' | 'grey' | 'blue';

const known = (prefix: string, list: readonly string[], code: string): MessageKey | null => (list.includes(code) ? (`${prefix}.${code}` as MessageKey) : null);
const say = (key: MessageKey | null, code: string, { t }: I18n) => (key ? t(key) : code.replace(/_/g, ' '));

export const kindLabel = (kind: string, i18n: I18n) => say(known('asset.kind', ASSET_KINDS, kind), kind, i18n);
export const categoryLabel = (category: string, i18n: I18n) => say(known('asset.category', ALL_CATEGORIES, category), category, i18n);
export const stageLabel = (stage: string, i18n: I18n) => say(known('asset.stage', ASSET_STAGES, stage), stage, i18n);
export const licenceKindLabel = (kind: string, i18n: I18n) => say(known('asset.licenceKind', LICENCE_KINDS, kind), kind, i18n);
export const actionLabel = (action: string, i18n: I18n) => say(known('asset.action', ASSET_ACTIONS, action), action, i18n);
export const actionHint = (action: string, i18n: I18n) => say(known('asset.actionHint', ASSET_ACTIONS, action), '', i18n);
export const eventLabel = (action: string, i18n: I18n) => say(known('asset.event', ['create', ...ASSET_ACTIONS], action), action, i18n);
export const linkKindLabel = (kind: string, i18n: I18n) => say(known('asset.linkKind', LINK_KINDS, kind), kind, i18n);

const STAGE_COLOUR: Record<string, TagColour> = { planning: 'grey', procurement: 'blue', in_use: 'green', maintenance: 'yellow', disposed: 'red' };
export const stageColour = (stage: string): TagColour => STAGE_COLOUR[stage] ?? 'grey';

// A warranty or licence end: expired, within the region's warning window, or further away.
export type ExpiryState = 'expired' | 'expiring' | 'fine';

export function expiryState(daysLeft: number, warningDays: number | null): ExpiryState {
  if (daysLeft < 0) return 'expired';
  return daysLeft <= (warningDays ?? 90) ? 'expiring' : 'fine';
}

export function expiryText(what: 'warranty' | 'licence', daysLeft: number, { t }: I18n): string {
  const prefix = what === 'warranty' ? 'asset.expiry.warranty' : 'asset.expiry.licence';
  if (daysLeft < 0) return t(`${prefix}Expired` as MessageKey, { n: -daysLeft });
  if (daysLeft === 0) return t(`${prefix}Today` as MessageKey);
  return t(`${prefix}Left` as MessageKey, { n: daysLeft });
}
