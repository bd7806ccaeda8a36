// /pd-mandiri-tik (everyone but citizens): the PD Mandiri TIK workflow where the
// region's regulation has one (Perwali Madiun 39/2021 Pasal 45); elsewhere the
// page says the regulation has none. Shows the rule (criteria, who assesses and
// who decides, what the status allows), the agencies that hold the status, and
// the assessments with their history; the ICT office (superadmin) assesses
// ("Nilai PD"), proposes and withdraws; the chair of the deciding body decides
// ("Tetapkan"). Words follow the regulation (region.terms).
import { useEffect, useState } from 'preact/hooks';
import type { User } from '../api/identityTypes';
import { getOrganisation } from '../api/organisation';
import type { Assessment, Organisation, SelfSufficiencyRule } from '../api/organisationTypes';
import { getPerson } from '../api/people';
import { listAssessments } from '../api/selfSufficiency';
import { AssessmentCard, type Actor } from '../components/AssessmentCard';
import { AssessmentForm } from '../components/AssessmentForm';
import { LoadView } from '../components/LoadView';
import { MessagePage } from '../components/MessagePage';
import { Notice } from '../components/Notice';
import { formatDay } from '../format/dateTime';
import { grantLabel, memberRoleLabel, term } from '../format/organisation';
import { useLoad } from '../hooks/useLoad';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/messages';
import { regionDetail } from '../state/region';
import { session } from '../state/session';
import { useStore } from '../state/store';

export function SelfSufficiencyPage() {
  const { t, lang } = useI18n();
  const loaded = useLoad((signal) => getOrganisation({ signal }));
  const organisation = loaded.state.phase === 'ready' ? loaded.state.data : null;
  const word = organisation ? term(organisation.region.terms, 'ict_self_sufficient', lang) : t('nav.selfSufficiency');
  usePageTitle(word);
  useEffect(() => {
    if (organisation) regionDetail.set(organisation.region);
  }, [organisation?.region]);

  return (
    <LoadView loaded={loaded}>
      {(org) =>
        org.self_sufficiency ? (
          <SelfSufficiencyView organisation={org} rule={org.self_sufficiency} reloadOrganisation={loaded.reload} />
        ) : (
          <MessagePage title={word} testId="self-sufficiency-none">
            <p class="body" data-testid="self-sufficiency-none-detail">
              {t('selfSufficiency.notInRegulation', {
                regulation: org.region.citation?.short ?? t('organisation.noRegulation'),
                term: word,
              })}
            </p>
            <p class="body">{t('selfSufficiency.notInRegulationHelp')}</p>
          </MessagePage>
        )
      }
    </LoadView>
  );
}

interface ViewProps {
  organisation: Organisation;
  rule: SelfSufficiencyRule;
  reloadOrganisation: () => void;
}

type Done = { message: MessageKey; agency: string } | null;

const DONE_KEYS: Record<'created' | 'proposed' | 'granted' | 'refused' | 'withdrawn', MessageKey> = {
  created: 'selfSufficiency.done.created',
  proposed: 'selfSufficiency.done.proposed',
  granted: 'selfSufficiency.done.granted',
  refused: 'selfSufficiency.done.refused',
  withdrawn: 'selfSufficiency.done.withdrawn',
};

function SelfSufficiencyView({ organisation, rule, reloadOrganisation }: ViewProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { region, agencies } = organisation;
  const terms = region.terms;
  const word = term(terms, 'ict_self_sufficient', lang);
  const me = useStore(session);
  const user = me.phase === 'signedIn' ? me.user : null;
  const chair = useChair(organisation, rule, user);
  const assessments = useLoad((signal) => listAssessments({ signal }));
  const [done, setDone] = useState<Done>(null);

  const actor: Actor =
    user?.role === 'superadmin'
      ? 'ictOffice'
      : user?.role === 'leadership' && chair !== 'checking'
        ? chair === false
          ? 'otherLeader'
          : 'chair'
        : 'reader';
  const items = assessments.state.phase === 'ready' ? assessments.state.data.items : [];
  const open = new Set(items.filter((a) => a.status === 'assessed' || a.status === 'proposed').map((a) => a.agency_id));
  const candidates = agencies.filter((a) => !a.ict_self_sufficient && !open.has(a.id));
  const granted = agencies.filter((a) => a.ict_self_sufficient);
  const decider = t('selfSufficiency.decider', {
    title: rule.decided_by.title || memberRoleLabel(rule.decided_by.role, i18n),
    role: memberRoleLabel(rule.decided_by.role, i18n).toLocaleLowerCase(lang),
    body: rule.decided_by.body_name || rule.decided_by.body,
  });

  const changed = (assessment: Assessment, message: keyof typeof DONE_KEYS) => {
    setDone({ message: DONE_KEYS[message], agency: assessment.agency_name });
    if (assessments.state.phase === 'ready') {
      const others = assessments.state.data.items.filter((a) => a.id !== assessment.id);
      assessments.replace({ items: message === 'created' ? [assessment, ...others] : assessments.state.data.items.map((a) => (a.id === assessment.id ? assessment : a)) });
    }
    assessments.reload();
    if (message === 'granted') reloadOrganisation();
  };

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{region.citation ? `${region.citation.short}, ${rule.article}` : rule.article}</span>
        <span data-testid="self-sufficiency-heading">{word}</span>
      </h1>
      <p class="lead">
        {t('selfSufficiency.intro', {
          term: word,
          ictOffice: term(terms, 'ict_office', lang),
          decider,
          decree: rule.decree,
        })}
      </p>
      {done && (
        <Notice kind="success" testId="self-sufficiency-done" focus>
          <p class="notice__heading">{t(done.message, { agency: done.agency, term: word })}</p>
        </Notice>
      )}

      <h2 class="heading-l">{t('selfSufficiency.criteria')}</h2>
      <ol class="list" data-testid="self-sufficiency-criteria">
        {rule.criteria.map((c) => (
          <li key={c.key}>
            <span lang="id">{c.text}</span> <span class="secondary">({c.article})</span>
          </li>
        ))}
      </ol>
      {rule.grants.length > 0 && (
        <>
          <p class="body">{t('selfSufficiency.grants', { term: word })}</p>
          <ul class="list">
            {rule.grants.map((g) => (
              <li key={g}>{grantLabel(g, terms, i18n)}</li>
            ))}
          </ul>
        </>
      )}

      <h2 class="heading-l">{t('selfSufficiency.holders', { term: word })}</h2>
      {granted.length === 0 ? (
        <p class="body" data-testid="self-sufficient-none">
          {t('selfSufficiency.holdersNone', { term: word, agency: term(terms, 'agency', lang) })}
        </p>
      ) : (
        <ul class="list" data-testid="self-sufficient-agencies">
          {granted.map((a) => (
            <li key={a.id} data-testid="self-sufficient-agency" data-agency-id={a.id}>
              <a class="link" href={`/organisasi/pd/${a.id}`}>
                {a.name}
              </a>{' '}
              <span class="secondary">
                {t('agency.selfSufficientSince', {
                  decree: a.ict_self_sufficient_decree ?? '—',
                  date: a.ict_self_sufficient_since ? formatDay(a.ict_self_sufficient_since, lang) : '—',
                })}
              </span>
            </li>
          ))}
        </ul>
      )}

      {actor === 'ictOffice' && (
        <section class="section panel" aria-labelledby="assess-title">
          <h2 class="heading-l" id="assess-title">
            {t('assess.title')}
          </h2>
          <p class="body">{t('assess.intro', { ictOffice: term(terms, 'ict_office', lang), article: rule.article })}</p>
          <AssessmentForm rule={rule} candidates={candidates} selfSufficient={word} onCreated={(a) => changed(a, 'created')} />
        </section>
      )}

      <section class="section" aria-labelledby="assessments-title">
        <h2 class="heading-l" id="assessments-title">
          {t('assessment.title')}
        </h2>
        <LoadView loaded={assessments}>
          {({ items: all }) => {
            if (all.length === 0)
              return (
                <p class="body" data-testid="assessments-empty">
                  {t('assessment.none')}
                </p>
              );
            const openOnes = all.filter((a) => a.status === 'assessed' || a.status === 'proposed');
            const closed = all.filter((a) => !(a.status === 'assessed' || a.status === 'proposed'));
            const card = (a: Assessment) => (
              <AssessmentCard
                key={a.id}
                assessment={a}
                rule={rule}
                selfSufficient={word}
                actor={actor}
                zone={region.time_zone}
                onChanged={changed}
                onStale={assessments.reload}
              />
            );
            return (
              <>
                <h3 class="heading-m">{t('assessment.open', { count: openOnes.length })}</h3>
                {openOnes.length === 0 ? <p class="body">{t('assessment.noneOpen')}</p> : <div data-testid="assessments-open">{openOnes.map(card)}</div>}
                {closed.length > 0 && (
                  <>
                    <h3 class="heading-m">{t('assessment.closed', { count: closed.length })}</h3>
                    <div data-testid="assessments-closed">{closed.map(card)}</div>
                  </>
                )}
              </>
            );
          }}
        </LoadView>
      </section>
    </>
  );
}

// Whether the signed-in leadership user is the one who decides: their account is
// linked to the person holding the deciding position (the chair of the deciding
// body). true / false when known; 'checking' while asking; null when it could
// not be learnt (then the form is shown and the server decides, 403 if not).
function useChair(organisation: Organisation, rule: SelfSufficiencyRule, user: User | null): boolean | null | 'checking' {
  const [chair, setChair] = useState<boolean | null | 'checking'>('checking');
  const body = organisation.committees.find((c) => c.key === rule.decided_by.body);
  const holder = body?.members.find((m) => m.role === rule.decided_by.role)?.holder ?? null;
  const holderId = holder?.id ?? null;
  const userId = user?.role === 'leadership' ? user.id : null;
  useEffect(() => {
    if (userId === null) return;
    if (holderId === null) {
      setChair(false); // nobody holds the position: nobody can decide yet
      return;
    }
    setChair('checking');
    const controller = new AbortController();
    void getPerson(holderId, { signal: controller.signal }).then((answer) => {
      if (controller.signal.aborted) return;
      setChair(answer.ok ? answer.data.user_id === userId : null);
    });
    return () => controller.abort();
  }, [holderId, userId]);
  return chair;
}
