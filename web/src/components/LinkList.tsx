// A record's list of links to other records, as a section: its title with the count,
// what was just done, why a removal failed, the links (or "none yet"), and for whoever
// may link, the button that opens the form to add one. Each link's own words and its
// removal (RemoveWithConfirm) are the caller's. Test ids: <prefix>-links,
// <prefix>-link-done, <prefix>-links-empty, <prefix>-link-list, <prefix>-link-add.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ApiError } from '../api/client';
import { ErrorBox } from './ErrorBox';
import { OpenFormButton } from './OpenFormButton';
import { SavedNotice } from './SavedNotice';

interface Props {
  prefix: string;
  title: string;
  intro?: string;
  count: number;
  emptyText: string;
  done: string | null;
  removal: { error: ApiError | null; dismissError: () => void };
  mayAdd: boolean;
  addLabel: string;
  onOpen: () => void; // the add form opens (e.g. hide the earlier notice)
  form: (close: () => void) => ComponentChildren;
  children: ComponentChildren; // the <li> of each link
}

export function LinkList({ prefix, title, intro, count, emptyText, done, removal, mayAdd, addLabel, onOpen, form, children }: Props) {
  const [adding, setAdding] = useState(false);
  return (
    <section class="section" aria-labelledby={`${prefix}-links-title`} data-testid={`${prefix}-links`}>
      <h2 class="heading-l" id={`${prefix}-links-title`}>
        {title}
        <span class="heading-count"> ({count})</span>
      </h2>
      {intro && <p class="body">{intro}</p>}
      {done && <SavedNotice testId={`${prefix}-link-done`} text={done} />}
      {removal.error && <ErrorBox error={removal.error} onRetry={removal.dismissError} />}
      {count === 0 ? (
        <p class="body secondary" data-testid={`${prefix}-links-empty`}>
          {emptyText}
        </p>
      ) : (
        <ul class="bp-link-list" data-testid={`${prefix}-link-list`}>
          {children}
        </ul>
      )}
      {mayAdd &&
        (adding ? (
          form(() => setAdding(false))
        ) : (
          <OpenFormButton
            label={addLabel}
            testId={`${prefix}-link-add`}
            onClick={() => {
              onOpen();
              setAdding(true);
            }}
          />
        ))}
    </section>
  );
}
