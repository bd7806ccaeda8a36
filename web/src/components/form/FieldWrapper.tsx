// The frame every form field shares (GOV.UK "form group"): the label (or, for a
// group of boxes, a fieldset and its legend), the optional hint and the error
// message, with the ids the control points at through aria-describedby.
import type { ComponentChildren } from 'preact';

// The ids of the hint and the error, and the aria-describedby that joins them.
export function fieldIds(id: string, hint?: string, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

// The attributes every control inside a FieldWrapper carries: its id and name,
// the hint and error it is described by, and the test id.
export function controlAttributes(id: string, hint?: string, error?: string, testId?: string) {
  return {
    id,
    name: id,
    'aria-describedby': fieldIds(id, hint, error).describedBy,
    'aria-invalid': error ? true : undefined,
    'data-testid': testId ?? id,
  };
}

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  // 'label': a <label for={id}> above a single control;
  // 'fieldset': a fieldset (described by hint and error) with a legend, around a group.
  as?: 'label' | 'fieldset';
  children: ComponentChildren;
}

export function FieldWrapper({ id, label, hint, error, as = 'label', children }: Props) {
  const { hintId, errorId, describedBy } = fieldIds(id, hint, error);
  const messages = (
    <>
      {hint && (
        <div class="field-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p class="error-message" id={errorId} data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      {as === 'fieldset' ? (
        <fieldset class="fieldset" aria-describedby={describedBy} data-testid={id}>
          <legend class="fieldset__legend">{label}</legend>
          {messages}
          {children}
        </fieldset>
      ) : (
        <>
          <label class="label" for={id}>
            {label}
          </label>
          {messages}
          {children}
        </>
      )}
    </div>
  );
}
