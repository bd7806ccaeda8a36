// The words and colours of the compliance pages: a status as a tag (always with its
// text, never colour alone), the kinds of subject a duty binds, and the server's
// bilingual texts and shares in the reader's language (shared with the competency pages).
import type { Status } from '../../api/compliance';
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

export { inLanguage, shareText } from '../../components/competencies/competencyWords';

const STATUS_KEYS: Record<Status, MessageKey> = {
  overdue: 'compliance.status.overdue',
  not_met: 'compliance.status.not_met',
  due_soon: 'compliance.status.due_soon',
  met: 'compliance.status.met',
  not_applicable: 'compliance.status.not_applicable',
};

export const statusLabel = (s: Status, { t }: I18n) => t(STATUS_KEYS[s]);

export const statusColour = (s: Status) =>
  s === 'overdue' || s === 'not_met' ? 'red' : s === 'due_soon' ? 'yellow' : s === 'met' ? 'green' : 'grey';

const SUBJECT_KEYS: Record<string, MessageKey> = {
  region: 'compliance.subject.region',
  agency: 'compliance.subject.agency',
  application: 'compliance.subject.application',
  dataset: 'compliance.subject.dataset',
  host: 'compliance.subject.host',
  network: 'compliance.subject.network',
  service: 'compliance.subject.service',
  website: 'compliance.subject.website',
  employee: 'compliance.subject.employee',
  committee: 'compliance.subject.committee',
  position: 'compliance.subject.position',
};

export const subjectKindLabel = (kind: string, { t }: I18n) => (SUBJECT_KEYS[kind] ? t(SUBJECT_KEYS[kind]!) : kind.replace(/_/g, ' '));
