// Removing an item of a list (a link, most often) after the user confirms: the
// "Hapus" button turns into a question with "Ya, hapus" and "Batal". One item of
// the list asks at a time; a refusal from the server stays shown until dismissed.
import { useState } from 'preact/hooks';
import type { ApiError, Result } from '../api/client';
import { useI18n } from '../i18n/useI18n';

export interface ConfirmRemove<T> {
  confirming: number | null; // the id of the item whose removal is being asked
  removing: boolean;
  error: ApiError | null;
  dismissError: () => void;
  ask: (id: number) => void;
  cancel: () => void;
  remove: (item: T) => Promise<void>;
}

// request removes the item on the server; onRemoved runs once it is gone.
export function useConfirmRemove<T extends { id: number }>(request: (item: T) => Promise<Result<unknown>>, onRemoved: () => void): ConfirmRemove<T> {
  const [confirming, setConfirming] = useState<number | null>(null);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const remove = async (item: T) => {
    if (removing) return;
    setRemoving(true);
    const answer = await request(item);
    setRemoving(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setConfirming(null);
    onRemoved();
  };

  return {
    confirming,
    removing,
    error,
    dismissError: () => setError(null),
    ask: (id) => {
      setError(null);
      setConfirming(id);
    },
    cancel: () => setConfirming(null),
    remove,
  };
}

interface Props<T> {
  state: ConfirmRemove<T>;
  item: T;
  testId: string; // the button; the question is testId-confirm, its yes testId-yes
  label: string; // the button's words
  hiddenName: string; // which item, for screen readers
  question: string;
  yesLabel: string;
  onAsk?: () => void; // before the question shows (e.g. hide an earlier notice)
}

export function RemoveWithConfirm<T extends { id: number }>({ state, item, testId, label, hiddenName, question, yesLabel, onAsk }: Props<T>) {
  const { t } = useI18n();
  if (state.confirming === item.id)
    return (
      <div class="confirm" role="alert" data-testid={`${testId}-confirm`}>
        <p class="body">{question}</p>
        <div class="button-group">
          <button type="button" class="button button--warning" disabled={state.removing} onClick={() => void state.remove(item)} data-testid={`${testId}-yes`}>
            {yesLabel}
          </button>
          <button type="button" class="link-button" onClick={state.cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  return (
    <p class="body">
      <button
        type="button"
        class="link-button link-button--danger"
        onClick={() => {
          onAsk?.();
          state.ask(item.id);
        }}
        data-testid={testId}
      >
        {label}
        <span class="visually-hidden"> {hiddenName}</span>
      </button>
    </p>
  );
}
