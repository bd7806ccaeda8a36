// How a region's kind and time zone read in the UI.
import type { MessageKey } from '../i18n/messages';

const KIND_KEYS = new Map<string, MessageKey>([
  ['kota', 'regionKind.kota'],
  ['kabupaten', 'regionKind.kabupaten'],
  ['provinsi', 'regionKind.provinsi'],
]);

// The message key for a kind we know, or null to show the raw value.
export function regionKindKey(kind: string): MessageKey | null {
  return KIND_KEYS.get(kind) ?? null;
}

// Indonesia's three zones have no daylight saving, so the short name is fixed.
const ZONE_ABBREVIATIONS = new Map<string, string>([
  ['Asia/Jakarta', 'WIB'],
  ['Asia/Pontianak', 'WIB'],
  ['Asia/Makassar', 'WITA'],
  ['Asia/Jayapura', 'WIT'],
]);

export function zoneAbbreviation(zone: string): string | null {
  return ZONE_ABBREVIATIONS.get(zone) ?? null;
}

export function formatTimeZone(zone: string): string {
  const short = ZONE_ABBREVIATIONS.get(zone);
  return short ? `${short} (${zone})` : zone;
}
