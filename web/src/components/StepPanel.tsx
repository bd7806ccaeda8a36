// A record's next workflow steps as a panel: its title, a conflict (412) box, the
// error summary, an optional note, then either a button for each step the server
// allows now or, once one is chosen, its form (the step's fields, given as
// children) with the step's button and "cancel". Test ids: <prefix>-actions,
// -actions-conflict, -actions-error, <prefix>-action-<step>, -action-form (with
// data-action), -action-submit, -action-cancel.
import type { ComponentChildren } from 'preact';
import type { SummaryItem } from '../forms/formErrors';
import { useI18n } from '../i18n/useI18n';
import { ConflictBox } from './ConflictBox';
import { ErrorSummary } from './ErrorSummary';

interface Props<A extends string> {
  prefix: string;
  title: string;
  conflict: boolean;
  onStale: () => void;
  errors: SummaryItem[];
  focusKey: unknown;
  note?: ComponentChildren; // said above the buttons
  actions: readonly A[];
  open: A | null;
  label: (action: A) => string;
  buttonClass?: (action: A) => string; // default: a primary button
  onChoose: (action: A) => void;
  heading?: boolean; // the chosen step's name heads its form
  hint: (action: A) => string;
  submitClass?: (action: A) => string;
  sending: boolean;
  onSubmit: (action: A) => void;
  onCancel: () => void;
  children?: ComponentChildren; // the chosen step's fields
}

export function StepPanel<A extends string>(props: Props<A>) {
  const { prefix, open, label } = props;
  const { t } = useI18n();
  return (
    <section class="section panel" aria-labelledby={`${prefix}-actions-title`} data-testid={`${prefix}-actions`}>
      <h2 class="heading-m" id={`${prefix}-actions-title`}>
        {props.title}
      </h2>
      {props.conflict && <ConflictBox onReload={props.onStale} testId={`${prefix}-actions-conflict`} />}
      <ErrorSummary items={props.errors} focusKey={props.focusKey} testId={`${prefix}-actions-error`} />
      {props.note}
      {open === null ? (
        <div class="button-group">
          {props.actions.map((a) => (
            <button key={a} type="button" class={props.buttonClass ? props.buttonClass(a) : 'button'} onClick={() => props.onChoose(a)} data-testid={`${prefix}-action-${a}`}>
              {label(a)}
            </button>
          ))}
        </div>
      ) : (
        <form
          class="form"
          noValidate
          data-testid={`${prefix}-action-form`}
          data-action={open}
          onSubmit={(event) => {
            event.preventDefault();
            props.onSubmit(open);
          }}
        >
          {props.heading && <h3 class="heading-s">{label(open)}</h3>}
          <p class="body">{props.hint(open)}</p>
          {props.children}
          <div class="button-group">
            <button type="submit" class={props.submitClass ? props.submitClass(open) : 'button'} disabled={props.sending} data-testid={`${prefix}-action-submit`}>
              {label(open)}
            </button>
            <button type="button" class="link-button" onClick={props.onCancel} data-testid={`${prefix}-action-cancel`}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
