// Small type checks for answers from the server, shared by the shape files.
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isStringOrNull = (v: unknown): v is string | null => v === null || isString(v);
export const isNumberOrNull = (v: unknown): v is number | null => v === null || isNumber(v);

// A list whose every item passes `check`.
export const isArrayOf = <T>(v: unknown, check: (item: unknown) => item is T): v is T[] => Array.isArray(v) && v.every(check);

// A page of items: every item passes `check`, next_cursor is a string or null.
export function isPageOf<T>(v: unknown, check: (item: unknown) => item is T): v is { items: T[]; next_cursor: string | null } {
  return (
    isObject(v) &&
    Array.isArray(v.items) &&
    v.items.every(check) &&
    (v.next_cursor === null || v.next_cursor === undefined || isString(v.next_cursor))
  );
}
