// What the indicator page's parts share: what the signed-in user may do there (worked out
// once from the campaign's team, as the server will decide it) and a few words.
import type { IndicatorDetail } from '../../api/evaluationIndicatorTypes';
import type { I18n } from '../../i18n/useI18n';

export interface IndicatorRights {
  open: boolean; // the campaign is open (not signed off)
  teamRole: string | null; // the user's role in the assessor team, null when not on it
  ownAgencyId: number | null; // an agency operator's agency
  mayScore: boolean;
  mayVerify: boolean;
  mayAddEvidence: boolean;
  mayAsk: boolean;
}

// An assessor may act for any agency; an agency operator only for their own.
export const mayActForAgency = (rights: IndicatorRights, agencyId: number | null): boolean =>
  rights.open && (rights.teamRole !== null || (rights.ownAgencyId !== null && agencyId === rights.ownAgencyId));

export function gapText(view: IndicatorDetail, { t }: I18n): string {
  if (view.gap === null || view.level === null) return t('evalInd.gapUnknown');
  return view.gap > 0 ? t('evalInd.gapBelow', { n: String(view.gap) }) : t('evalInd.gapMet');
}

export function levelLabel(view: IndicatorDetail, level: number | null, { t }: I18n): string {
  if (level === null) return t('evalInd.noLevel');
  const named = view.levels.find((l) => l.value === level);
  return named ? t('evalInd.levelNamed', { n: String(level), name: named.name }) : String(level);
}
