// Above a list: for those who may add a record, the button that opens the create form
// (and then the form itself); for everyone else, a line saying the list is for reading.
import type { ComponentChildren } from 'preact';
import { OpenFormButton } from './OpenFormButton';

interface Props {
  mayCreate: boolean;
  open: boolean; // the form is shown
  onOpen: () => void;
  openLabel: string;
  openTestId: string;
  readOnly: string; // what the others are told
  readOnlyTestId: string;
  children: ComponentChildren; // the form
}

export function CreateOrReadOnly({ mayCreate, open, onOpen, openLabel, openTestId, readOnly, readOnlyTestId, children }: Props) {
  if (!mayCreate)
    return (
      <p class="body secondary" data-testid={readOnlyTestId}>
        {readOnly}
      </p>
    );
  return open ? <>{children}</> : <OpenFormButton label={openLabel} testId={openTestId} onClick={onOpen} />;
}
