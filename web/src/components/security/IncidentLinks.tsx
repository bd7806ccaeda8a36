// "Terkait dengan": the hosts, applications, datasets and risks an incident
// touched, each a link to its own page. Whoever may act on the incident finds a
// record by its name (search) and links it, or removes a link after confirming.
// A dataset linked makes the written notice to the data owner required.
import { addIncidentLink, removeIncidentLink, searchLinkCandidates } from '../../api/security';
import { LINK_KINDS, type Incident, type IncidentLink } from '../../api/securityTypes';
import { linkedRecordPath } from '../../api/recordPages';
import { useI18n } from '../../i18n/useI18n';
import { RecordLinks } from '../RecordLinks';
import { linkKindLabel } from './labels';

interface Props {
  incident: Incident;
  mayWrite: boolean;
  onChanged: (incident?: Incident, etag?: string) => void; // with the answer, or load again
}

export function IncidentLinks({ incident, mayWrite, onChanged }: Props) {
  const { t } = useI18n();
  return (
    <RecordLinks
      prefix="sec"
      area="security"
      formTitle={t('security.linkAddTitle', { number: incident.number })}
      links={incident.links}
      nameOf={(l: IncidentLink) => l.label}
      kinds={LINK_KINDS}
      kindLabel={linkKindLabel}
      targetPath={linkedRecordPath}
      mayWrite={mayWrite}
      search={searchLinkCandidates}
      add={(kind, targetId) => addIncidentLink(incident.id, kind, targetId)}
      remove={(l) => removeIncidentLink(incident.id, l.id)}
      onRemoved={() => onChanged()}
      onAdded={(next, etag) => onChanged(next, etag)}
    />
  );
}
