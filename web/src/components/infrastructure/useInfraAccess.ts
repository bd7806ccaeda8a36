// What the signed-in user may do in the infrastructure registry (docs/registries-
// contract.md, "Infrastructure"): everyone but citizens reads; the superadmin (the
// ICT office) does everything; an agency operator reports their own agency's LAN
// diagrams and backups, registers domains, websites and e-mail addresses of their
// own agency, and registers hosts and the LAN only where the region's PD Mandiri TIK
// rule lets them (Madiun Pasal 45: the agency is PD Mandiri TIK with that grant, or
// it is the ICT office). Leadership and auditors read only. This only hides what
// cannot be used; the server decides (403).
import { useEffect, useState } from 'preact/hooks';
import { getOrganisation } from '../../api/organisation';
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface InfraAccess {
  known: boolean; // false while an operator's agency is being asked for
  superadmin: boolean;
  operator: boolean;
  ownAgencyId: number | null;
  // The article of the PD Mandiri TIK rule, when it keeps this operator from hosts or the LAN.
  selfSufficiencyArticle: string | null;
  mayReport: (agencyId: number) => boolean; // LAN diagrams, backups, the agency's names
  mayManageHosts: (agencyId: number) => boolean;
  mayManageLan: (agencyId: number) => boolean;
  mayCreateHost: boolean;
}

interface OperatorRights {
  servers: boolean;
  lan: boolean;
  article: string | null;
}

export function useInfraAccess(): InfraAccess {
  const { superadmin, operator, ownAgencyId } = useAgencyAccess();
  const [rights, setRights] = useState<OperatorRights | null>(null);
  useEffect(() => {
    if (ownAgencyId === null) return;
    const controller = new AbortController();
    void getOrganisation({ signal: controller.signal }).then((answer) => {
      if (controller.signal.aborted) return;
      if (!answer.ok) {
        setRights({ servers: true, lan: true, article: null }); // the server decides
        return;
      }
      const rule = answer.data.self_sufficiency;
      const agency = answer.data.agencies.find((a) => a.id === ownAgencyId);
      const ictOffice = !!agency?.roles.includes('ict_office');
      if (!rule || ictOffice) {
        setRights({ servers: true, lan: true, article: null });
        return;
      }
      const may = (grant: string) => !!agency && (agency.may_do_itself.includes(grant) || (agency.ict_self_sufficient && rule.grants.includes(grant)));
      setRights({ servers: may('manage_servers'), lan: may('manage_lan'), article: rule.article });
    });
    return () => controller.abort();
  }, [ownAgencyId]);

  const own = (agencyId: number) => operator && agencyId === ownAgencyId;
  const servers = superadmin || (operator && !!rights?.servers);
  return {
    known: ownAgencyId === null || rights !== null,
    superadmin,
    operator,
    ownAgencyId,
    selfSufficiencyArticle: operator && rights && (!rights.servers || !rights.lan) ? rights.article : null,
    mayReport: (agencyId) => superadmin || own(agencyId),
    mayManageHosts: (agencyId) => superadmin || (own(agencyId) && !!rights?.servers),
    mayManageLan: (agencyId) => superadmin || (own(agencyId) && !!rights?.lan),
    mayCreateHost: servers,
  };
}
