// A labelled file input that uploads the chosen file at once (POST /api/v1/files) and
// then holds the stored file: its name, size and a link to download it. The record's
// form sends only the file's sha256. Errors (a type not accepted, a file too large, no
// connection) appear beside the field in plain words; choosing again replaces the file.
import { useState } from 'preact/hooks';
import { DOCUMENT_TYPES, uploadFile, type StoredFile } from '../../api/files';
import { describeError } from '../../errors/describe';
import { formatFileSize } from '../../format/fileSize';
import { useI18n } from '../../i18n/useI18n';
import { FieldWrapper, controlAttributes } from './FieldWrapper';

interface Props {
  id: string;
  label: string;
  value: StoredFile | null;
  onChange: (file: StoredFile | null) => void;
  hint?: string;
  error?: string; // from the record's form (e.g. "choose the signed document")
  accept?: string;
  testId?: string;
}

export function FileField({ id, label, value, onChange, hint, error, accept = DOCUMENT_TYPES, testId }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const shownError = uploadError ?? error;

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    const answer = await uploadFile(file);
    setUploading(false);
    if (!answer.ok) {
      setUploadError(describeError(answer.error, i18n));
      input.value = '';
      return;
    }
    onChange(answer.data);
  };

  return (
    <FieldWrapper id={id} label={label} hint={hint} error={shownError}>
      {value && (
        <p class="body file-field__current" data-testid={`${testId ?? id}-current`}>
          <a href={value.url} download={value.name}>
            {value.name}
          </a>{' '}
          <span class="secondary">({formatFileSize(value.size_bytes, lang)})</span>
        </p>
      )}
      <input
        {...controlAttributes(id, hint, shownError, testId)}
        class={`file-input${shownError ? ' input--error' : ''}`}
        type="file"
        accept={accept}
        disabled={uploading}
        onChange={(e) => void choose(e.currentTarget as HTMLInputElement)}
      />
      {uploading && (
        <p class="body secondary" role="status" data-testid={`${testId ?? id}-uploading`}>
          {t('file.uploading')}
        </p>
      )}
    </FieldWrapper>
  );
}
