// Bulk registration from a spreadsheet (docs/registries-contract.md, "Import"): the
// server checks every row first and writes all or nothing. `dryRun` only checks.
import { apiUpload, type Result } from './client';
import { isNumber, isObject } from './checks';
import { fileWithType } from './files';

export interface ImportAnswer {
  rows: number;
  created?: number[]; // ids, after a real import
  valid?: boolean; // after a check only
}

function isImportAnswer(v: unknown): v is ImportAnswer {
  return isObject(v) && isNumber(v.rows);
}

export const SPREADSHEET_TYPES =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export function importSpreadsheet(endpoint: string, file: File, dryRun: boolean): Promise<Result<ImportAnswer>> {
  return apiUpload(`${endpoint}${dryRun ? '?dry_run=true' : ''}`, fileWithType(file), isImportAnswer);
}
