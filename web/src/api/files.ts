// Uploaded files (docs/registries-contract.md, "Files"): a file is uploaded once and
// records then refer to it by its SHA-256.
import { apiUpload, type RequestOptions, type Result } from './client';
import { isNumber, isObject, isString } from './checks';

export interface StoredFile {
  sha256: string;
  name: string;
  media_type: string;
  size_bytes: number;
  uploaded_by: string;
  uploaded_at: string;
  url: string;
}

export function isStoredFile(v: unknown): v is StoredFile {
  return (
    isObject(v) &&
    isString(v.sha256) &&
    isString(v.name) &&
    isString(v.media_type) &&
    isNumber(v.size_bytes) &&
    isString(v.url)
  );
}

// What the file picker offers; the server checks the bytes as well.
export const DOCUMENT_TYPES =
  '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.odt,.ods,.vsdx,.zip,.gz,.txt,.csv,application/pdf,image/png,image/jpeg';

// Browsers leave the type empty for some files (.vsdx, .gz): named from the extension.
const BY_EXTENSION: Record<string, string> = {
  vsdx: 'application/vnd.ms-visio.drawing',
  gz: 'application/gzip',
  csv: 'text/csv',
  zip: 'application/zip',
};

export function fileWithType(file: File): Blob {
  if (file.type) return file;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const type = BY_EXTENSION[extension];
  return type ? new Blob([file], { type }) : file;
}

export function uploadFile(file: File, options: RequestOptions = {}): Promise<Result<StoredFile>> {
  return apiUpload(`/api/v1/files?name=${encodeURIComponent(file.name)}`, fileWithType(file), isStoredFile, options);
}
