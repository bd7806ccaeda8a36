// Words for the data catalogue's codes (classification, update frequency, data
// key, access mode, agreement state) and the colour of their badges.
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

type TagColour = 'blue' | 'green' | 'grey' | 'red' | 'yellow';

const CLASSIFICATION: Record<string, [MessageKey, TagColour]> = {
  public: ['datasets.class.public', 'green'],
  internal: ['datasets.class.internal', 'blue'],
  restricted: ['datasets.class.restricted', 'yellow'],
  secret: ['datasets.class.secret', 'red'],
};

const FREQUENCY: Record<string, MessageKey> = {
  daily: 'datasets.freq.daily',
  weekly: 'datasets.freq.weekly',
  monthly: 'datasets.freq.monthly',
  quarterly: 'datasets.freq.quarterly',
  semiannual: 'datasets.freq.semiannual',
  yearly: 'datasets.freq.yearly',
  irregular: 'datasets.freq.irregular',
};

const DATA_KEY: Record<string, MessageKey> = {
  none: 'datasets.key.none',
  nik: 'datasets.key.nik',
  nip: 'datasets.key.nip',
  other: 'datasets.key.other',
};

const ACCESS_MODE: Record<string, MessageKey> = {
  read_only: 'sharing.mode.read_only',
  api: 'sharing.mode.api',
  file_transfer: 'sharing.mode.file_transfer',
  database_link: 'sharing.mode.database_link',
};

const STATE: Record<string, [MessageKey, TagColour]> = {
  draft: ['sharing.state.draft', 'grey'],
  scheduled: ['sharing.state.scheduled', 'blue'],
  active: ['sharing.state.active', 'green'],
  expired: ['sharing.state.expired', 'red'],
  ended: ['sharing.state.ended', 'grey'],
};

const word = (found: MessageKey | undefined, code: string, { t }: I18n) => (found ? t(found) : code);

export const classificationLabel = (c: string, i18n: I18n) => word(CLASSIFICATION[c]?.[0], c, i18n);
export const classificationColour = (c: string): TagColour => CLASSIFICATION[c]?.[1] ?? 'grey';
export const frequencyLabel = (f: string, i18n: I18n) => word(FREQUENCY[f], f, i18n);
export const dataKeyLabel = (k: string, i18n: I18n) => word(DATA_KEY[k], k, i18n);
export const accessModeLabel = (m: string, i18n: I18n) => word(ACCESS_MODE[m], m, i18n);
export const agreementStateLabel = (s: string, i18n: I18n) => word(STATE[s]?.[0], s, i18n);
export const agreementStateColour = (s: string): TagColour => STATE[s]?.[1] ?? 'grey';
