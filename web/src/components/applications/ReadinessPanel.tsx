// "Siap dioperasikan?": the checklist of the production gate (GET
// …/production-readiness) before anyone tries the move: every document the
// regulation requires, a latest test that passed, and the GCIO's approval where
// the regulation asks for it. Loaded again whenever the application changes.
import { getProductionReadiness } from '../../api/applications';
import type { Application } from '../../api/applicationTypes';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';
import { LoadView } from '../LoadView';
import { GapList } from './GapList';

export function ReadinessPanel({ application }: { application: Application }) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => getProductionReadiness(application.id, { signal }), `${application.id}:${application.version}`);
  return (
    <section class="section panel" aria-labelledby="app-readiness-title" data-testid="app-readiness">
      <h2 class="heading-m" id="app-readiness-title">
        {t('applications.readinessTitle')}
      </h2>
      <LoadView loaded={loaded}>
        {(readiness) =>
          readiness.ready ? (
            <p class="body" data-testid="app-ready">
              <strong class="tag tag--green">{t('applications.readyYes')}</strong> {t('applications.readyText')}
            </p>
          ) : (
            <>
              <p class="body" data-testid="app-not-ready">
                <strong class="tag tag--yellow">{t('applications.readyNo')}</strong> {t('applications.notReadyText', { n: readiness.gaps.length })}
              </p>
              <GapList gaps={readiness.gaps} testId="app-readiness-gaps" />
            </>
          )
        }
      </LoadView>
    </section>
  );
}
