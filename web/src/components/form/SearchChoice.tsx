// Finding a record to choose, inside a form: words typed in a field (Enter searches
// rather than sending the form before a record is chosen) and a search button; then
// the records found as radios, or "none found" in plain words, or the reason the
// search failed with a way to try again.
import { useState } from 'preact/hooks';
import type { ApiError, Result } from '../../api/client';
import { ErrorBox } from '../ErrorBox';
import { RadioGroup } from './RadioGroup';
import type { Option } from './SelectField';
import { TextField } from './TextField';

export interface Search<C> {
  found: C[] | null; // null until searched
  searching: boolean;
  error: ApiError | null;
  clear: () => void;
  run: <D>(request: () => Promise<Result<D>>, pick: (data: D) => C[]) => Promise<C[] | null>;
}

export function useSearch<C>(): Search<C> {
  const [found, setFound] = useState<C[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async <D,>(request: () => Promise<Result<D>>, pick: (data: D) => C[]) => {
    if (searching) return null;
    setSearching(true);
    const answer = await request();
    setSearching(false);
    if (!answer.ok) {
      setError(answer.error);
      return null;
    }
    setError(null);
    const items = pick(answer.data);
    setFound(items);
    return items;
  };
  return { found, searching, error, clear: () => setFound(null), run };
}

interface FieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput: (value: string) => void;
  searching: boolean;
  onSearch: () => void;
  buttonLabel: string;
  buttonTestId: string;
}

export function SearchField({ id, label, hint, value, onInput, searching, onSearch, buttonLabel, buttonTestId }: FieldProps) {
  return (
    <>
      <TextField
        id={id}
        label={label}
        hint={hint}
        value={value}
        onInput={onInput}
        autoComplete="off"
        inputProps={{
          maxLength: 200,
          onKeyDown: (event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              onSearch();
            }
          },
        }}
      />
      <p class="body">
        <button type="button" class="button button--secondary" disabled={searching} onClick={onSearch} data-testid={buttonTestId}>
          {buttonLabel}
        </button>
      </p>
    </>
  );
}

interface ChoiceProps {
  id: string; // the choice's field id (the error summary links to it)
  legend: string;
  search: Pick<Search<unknown>, 'found' | 'error'>;
  onRetry: () => void;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
  noneText: string;
  noneTestId: string;
  errorTestId?: string; // the error shown before anything was searched
}

export function SearchResults({ id, legend, search, onRetry, options, value, onChange, error, noneText, noneTestId, errorTestId }: ChoiceProps) {
  return (
    <>
      {search.error && <ErrorBox error={search.error} onRetry={onRetry} />}
      {search.found !== null &&
        (search.found.length === 0 ? (
          <p class="body" data-testid={noneTestId} id={id} tabIndex={-1}>
            {noneText}
          </p>
        ) : (
          <RadioGroup id={id} legend={legend} value={value} onChange={onChange} options={options} error={error} />
        ))}
      {search.found === null && error && (
        <p class="error-message" data-testid={errorTestId} id={id} tabIndex={-1}>
          {error}
        </p>
      )}
    </>
  );
}
