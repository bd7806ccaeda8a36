// Whether an agency operator may move their own applications into development
// (Madiun Pasal 45, Pasal 23 ayat (5)): in a region whose regulation has PD Mandiri
// TIK, only an agency granted `develop_applications` may; otherwise the ICT office
// makes that move. Asked once, for operators only; the superadmin may always. This
// only hides a button the server would refuse (403, citing the article).
import { useEffect, useState } from 'preact/hooks';
import { getOrganisation } from '../../api/organisation';

export interface DevelopmentRule {
  article: string; // e.g. "Pasal 45"
  office: string; // the ICT office that makes the move
}

export function useDevelopmentRule(ownAgencyId: number | null): DevelopmentRule | null {
  const [rule, setRule] = useState<DevelopmentRule | null>(null);
  useEffect(() => {
    if (ownAgencyId === null) return;
    const controller = new AbortController();
    void getOrganisation({ signal: controller.signal }).then((answer) => {
      if (controller.signal.aborted || !answer.ok) return;
      const { self_sufficiency: selfSufficiency, agencies } = answer.data;
      const own = agencies.find((a) => a.id === ownAgencyId);
      if (!selfSufficiency || !own || own.may_do_itself.includes('develop_applications')) return;
      const office = agencies.find((a) => a.roles.includes('ict_office'));
      setRule({ article: selfSufficiency.article, office: office ? office.name : '' });
    });
    return () => controller.abort();
  }, [ownAgencyId]);
  return rule;
}
