// "Dokumen aplikasi": one row per document kind the region's regulation requires
// before production (GET …/documents, in the profile's order), each with the
// article that asks for it, its current file (to download) and, for whoever may
// change the application, a file field: the file is uploaded at once and then
// attached as that kind (POST …/documents); a newer upload replaces the current
// one, the older stays listed under "earlier uploads".
import { useState } from 'preact/hooks';
import { addApplicationDocument, getApplicationDocuments } from '../../api/applications';
import type { Application, ApplicationDocument, RequiredDocument } from '../../api/applicationTypes';
import type { StoredFile } from '../../api/files';
import { apiFormErrors } from '../../forms/formErrors';
import { formatDateTime } from '../../format/dateTime';
import { formatFileSize } from '../../format/fileSize';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';
import { FileField } from '../form/FileField';
import { LoadView } from '../LoadView';
import { inLanguage } from './applicationWords';

interface Props {
  application: Application;
  mayChange: boolean;
  zone?: string;
  onAttached: () => void; // the application's version moved on: load it again
}

export function DocumentsSection({ application, mayChange, zone, onAttached }: Props) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => getApplicationDocuments(application.id, { signal }), `${application.id}:${application.version}`);
  const retired = application.lifecycle === 'retired';
  return (
    <section class="section" aria-labelledby="app-docs-title" data-testid="app-documents">
      <h2 class="heading-l" id="app-docs-title">
        {t('applications.documentsTitle')}
      </h2>
      <LoadView loaded={loaded}>
        {(docs) =>
          docs.required.length === 0 ? (
            <p class="body secondary" data-testid="app-docs-none-required">
              {t('applications.documentsNoneRequired')}
            </p>
          ) : (
            <>
              <p class="body">{t('applications.documentsIntro')}</p>
              <ul class="app-docs">
                {docs.required.map((r) => (
                  <DocumentRow key={r.kind} application={application} required={r} mayChange={mayChange && !retired} zone={zone} onAttached={onAttached} />
                ))}
              </ul>
              <EarlierUploads items={docs.items.filter((d) => !d.current)} zone={zone} />
            </>
          )
        }
      </LoadView>
    </section>
  );
}

function FileLink({ doc, zone }: { doc: ApplicationDocument; zone?: string }) {
  const { t, lang } = useI18n();
  return (
    <>
      {doc.file ? (
        <a href={doc.file.url} download={doc.file.name} data-testid="app-doc-file">
          {doc.file.name}
        </a>
      ) : (
        <a href={`/api/v1/files/${doc.file_sha256}`} download data-testid="app-doc-file">
          {doc.file_sha256.slice(0, 12)}
        </a>
      )}{' '}
      {doc.file && <span class="secondary">({formatFileSize(doc.file.size_bytes, lang)})</span>}
      <span class="cell-note secondary">{t('applications.uploadedByAt', { user: doc.uploaded_by, at: formatDateTime(doc.uploaded_at, lang, zone) })}</span>
    </>
  );
}

function DocumentRow({ application, required, mayChange, zone, onAttached }: { application: Application; required: RequiredDocument; mayChange: boolean; zone?: string; onAttached: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [file, setFile] = useState<StoredFile | null>(null);
  const [attaching, setAttaching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const fieldId = `app-doc-${required.kind}`;

  const attach = async (chosen: StoredFile | null) => {
    setFile(chosen);
    setSaved(false);
    setError(null);
    if (!chosen) return;
    setAttaching(true);
    const answer = await addApplicationDocument(application.id, required.kind, chosen.sha256);
    setAttaching(false);
    if (!answer.ok) {
      setError(apiFormErrors(answer.error, i18n).summary.map((s) => s.text).join(' '));
      return;
    }
    setFile(null);
    setSaved(true);
    onAttached();
  };

  return (
    <li class="app-docs__item" data-testid="app-doc" data-kind={required.kind} data-present={required.current ? 'yes' : 'no'}>
      <h3 class="heading-s" data-testid="app-doc-label">
        {inLanguage(required.label, i18n)}
      </h3>
      {required.citations.length > 0 && (
        <p class="body secondary" data-testid="app-doc-article">
          {required.citations.map((c) => `${c.article} ${c.regulation}`).join('; ')}
        </p>
      )}
      <p class="body" data-testid="app-doc-current">
        {required.current ? (
          <>
            <strong class="tag tag--green">{t('applications.docPresent')}</strong> <FileLink doc={required.current} zone={zone} />
          </>
        ) : (
          <strong class="tag tag--yellow" data-testid="app-doc-missing">
            {t('applications.docMissing')}
          </strong>
        )}
      </p>
      {mayChange && (
        <FileField
          id={fieldId}
          label={required.current ? t('applications.docReplace') : t('applications.docUpload')}
          hint={t('applications.docHint')}
          value={file}
          onChange={(chosen) => void attach(chosen)}
          error={error ?? undefined}
        />
      )}
      {attaching && (
        <p class="body secondary" role="status" data-testid="app-doc-attaching">
          {t('applications.docAttaching')}
        </p>
      )}
      {saved && !attaching && (
        <p class="body" role="status" data-testid="app-doc-saved">
          {t('applications.docSaved')}
        </p>
      )}
    </li>
  );
}

function EarlierUploads({ items, zone }: { items: ApplicationDocument[]; zone?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (items.length === 0) return null;
  return (
    <details class="details" data-testid="app-docs-earlier">
      <summary class="details__summary">{t('applications.docsEarlier', { n: items.length })}</summary>
      <div class="details__text">
        <ul class="list">
          {items.map((d) => (
            <li key={d.id} data-testid="app-doc-earlier">
              <strong>{inLanguage(d.kind_label, i18n)}</strong>: <FileLink doc={d} zone={zone} />
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
