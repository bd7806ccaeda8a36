// Business processes (Proses Bisnis) in plain words: statuses with their tag
// colours, kinds, what a process still lacks before it can be submitted, and
// links between processes said from the side of the process being read
// ("menerima masukan dari", "memberi keluaran ke", "berbagi langkah dengan").
import type { MessageKey } from '../i18n/messages';
import type { I18n } from '../i18n/useI18n';
import type { TagColour } from './masterPlan';
import { humanize } from './organisation';

const STATUS: Record<string, [MessageKey, TagColour]> = {
  draft: ['businessProcess.status.draft', 'blue'],
  submitted: ['businessProcess.status.submitted', 'yellow'],
  coordinated: ['businessProcess.status.coordinated', 'green'],
};

export function processStatusLabel(status: string, { t }: I18n): string {
  const found = STATUS[status];
  return found ? t(found[0]) : humanize(status);
}

export const processStatusColour = (status: string): TagColour => STATUS[status]?.[1] ?? 'grey';

const KIND: Record<string, [MessageKey, MessageKey]> = {
  core: ['businessProcess.kind.core', 'businessProcess.kind.coreHint'],
  support: ['businessProcess.kind.support', 'businessProcess.kind.supportHint'],
};

export function processKindLabel(kind: string, { t }: I18n): string {
  const found = KIND[kind];
  return found ? t(found[0]) : humanize(kind);
}

export function processKindHint(kind: string, { t }: I18n): string {
  const found = KIND[kind];
  return found ? t(found[1]) : '';
}

const MISSING: Record<string, MessageKey> = {
  architecture_id: 'businessProcess.missing.architecture_id',
  steps: 'businessProcess.missing.steps',
};

export function missingLabel(field: string, { t }: I18n): string {
  const key = MISSING[field];
  return key ? t(key) : humanize(field);
}

const LINK_KIND: Record<string, MessageKey> = {
  input_from: 'businessProcess.linkKind.input_from',
  output_to: 'businessProcess.linkKind.output_to',
  shared_step: 'businessProcess.linkKind.shared_step',
};

// The kind as seen from the other end: "B takes input from A" is "A gives output to B".
export function mirroredKind(kind: string): string {
  if (kind === 'input_from') return 'output_to';
  if (kind === 'output_to') return 'input_from';
  return kind;
}

// What the process does in relation to the other ("menerima masukan dari"), from its own side:
// `direction` 'in' means the link was recorded on the other process.
export function linkPhrase(kind: string, direction: string, { t }: I18n): string {
  const seen = direction === 'in' ? mirroredKind(kind) : kind;
  const key = LINK_KIND[seen];
  return key ? t(key) : humanize(seen);
}
