// "Program keamanan informasi": the region's security programme after Peraturan
// BSSN 4/2021 — its scope (at least data and information, applications,
// infrastructure and the existing policy), the person in charge (the Sekda,
// Pasal 5), the process stages (Pasal 3) with a note and date each, the CSIRT and
// the hours within which an incident must be reported to the ICT office and
// notified in writing to the data owner. Everyone reads it; the ICT office changes
// it (If-Match: a 412 keeps what was typed).
import { useState } from 'preact/hooks';
import { getProgramme } from '../../api/security';
import type { Programme } from '../../api/securityTypes';
import { SCOPE_ITEMS } from '../../api/securityTypes';
import { formatDateTime, formatDay } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import { LoadView } from '../LoadView';
import { OpenFormButton } from '../OpenFormButton';
import { SavedNotice } from '../SavedNotice';
import { SummaryList } from '../SummaryList';
import { ProgrammeForm } from './ProgrammeForm';
import { programmeStageLabel, scopeLabel } from './labels';

export function ProgrammeSection({ manage }: { manage: boolean }) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => getProgramme({ signal }));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section class="section" aria-labelledby="sec-programme-title" data-testid="sec-programme">
      <h2 class="heading-l" id="sec-programme-title">
        {t('security.programmeTitle')}
      </h2>
      <p class="body">{t('security.programmeIntro')}</p>
      <LoadView loaded={loaded}>
        {(programme, etag) => (
          <>
            {saved && <SavedNotice testId="sec-programme-saved" text={t('security.programmeSaved')} />}
            {editing ? (
              <ProgrammeForm
                programme={programme}
                etag={etag ?? `"${programme.version}"`}
                onSaved={(next, nextEtag) => {
                  loaded.replace(next, nextEtag ?? `"${next.version}"`);
                  setEditing(false);
                  setSaved(true);
                }}
                onClose={() => setEditing(false)}
              />
            ) : (
              <>
                <ProgrammeView programme={programme} />
                {manage ? (
                  <OpenFormButton
                    label={t('security.programmeEdit')}
                    testId="sec-programme-edit"
                    onClick={() => {
                      setSaved(false);
                      setEditing(true);
                    }}
                  />
                ) : (
                  <p class="body secondary" data-testid="sec-programme-read-only">
                    {t('security.programmeReadOnly')}
                  </p>
                )}
              </>
            )}
          </>
        )}
      </LoadView>
    </section>
  );
}

function ProgrammeView({ programme }: { programme: Programme }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const scope = SCOPE_ITEMS.filter((k) => programme.scope[k]);
  const notFilled = (testId: string) => (
    <span class="secondary" data-testid={testId}>
      {t('security.notFilled')}
    </span>
  );
  const suggestion = programme.suggested_person_in_charge;
  return (
    <>
      {programme.version === 0 && (
        <p class="body" data-testid="sec-programme-new">
          {t('security.programmeNotSet')}
        </p>
      )}
      <SummaryList
        testId="sec-programme-summary"
        rows={[
          {
            key: 'scope',
            label: t('security.scopeTitle'),
            value: (
              <div data-testid="sec-programme-scope">
                {scope.length ? (
                  <ul class="list">
                    {scope.map((k) => (
                      <li key={k}>{scopeLabel(k, i18n)}</li>
                    ))}
                  </ul>
                ) : (
                  notFilled('sec-programme-scope-none')
                )}
                {programme.scope.description && <p class="body sec-text">{programme.scope.description}</p>}
              </div>
            ),
          },
          {
            key: 'person',
            label: t('security.personInCharge'),
            value: programme.person_in_charge ? (
              <span data-testid="sec-programme-person">{programme.person_in_charge.name}</span>
            ) : (
              <span data-testid="sec-programme-person">
                <span class="secondary">{t('security.personNone')}</span>
                {suggestion && <span class="cell-note">{t('security.personSuggested', { name: suggestion.name, position: suggestion.position_title })}</span>}
              </span>
            ),
          },
          {
            key: 'csirt',
            label: t('security.csirt'),
            value: (
              <div data-testid="sec-programme-csirt">
                {programme.csirt.name ? <p class="body">{programme.csirt.name}</p> : notFilled('sec-programme-csirt-none')}
                {programme.csirt.decree && <p class="body secondary">{t('security.csirtDecreeIs', { decree: programme.csirt.decree })}</p>}
                {programme.csirt.members.length > 0 && (
                  <ul class="list" data-testid="sec-programme-members">
                    {programme.csirt.members.map((m) => (
                      <li key={m.id}>{m.name}</li>
                    ))}
                  </ul>
                )}
              </div>
            ),
          },
          {
            key: 'hours',
            label: t('security.reportHours'),
            value: (
              <ul class="list" data-testid="sec-programme-hours">
                <li data-testid="sec-programme-hours-ict">{t('security.reportHoursIct', { h: programme.report_hours.ict_office })}</li>
                <li data-testid="sec-programme-hours-owner">{t('security.reportHoursOwner', { h: programme.report_hours.data_owner })}</li>
              </ul>
            ),
          },
          ...(programme.updated_at
            ? [{ key: 'updated', label: t('security.updatedAt'), value: formatDateTime(programme.updated_at, lang, zone) }]
            : []),
        ]}
      />
      <p class="body secondary">{t('security.reportHoursWhy')}</p>
      <h3 class="heading-m">{t('security.stagesTitle')}</h3>
      <ol class="sec-stage-list" data-testid="sec-programme-stages">
        {programme.stages.map((s) => (
          <li key={s.stage} class="sec-stage-list__item" data-testid="sec-programme-stage" data-stage={s.stage}>
            <p class="body">
              <strong>{programmeStageLabel(s.stage, i18n)}</strong>
              {s.date && <span class="secondary"> · {formatDay(s.date, lang)}</span>}
            </p>
            {s.note ? <p class="body sec-text">{s.note}</p> : <p class="body secondary">{t('security.notFilled')}</p>}
          </li>
        ))}
      </ol>
      {programme.citation && (
        <p class="body secondary" data-testid="sec-programme-citation">
          {t('security.basedOn', { citation: programme.citation.citation })}
        </p>
      )}
    </>
  );
}
