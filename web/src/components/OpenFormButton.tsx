// The secondary button that opens a form below it ("add a person", "change the
// agency"); shown while that form is closed.
export function OpenFormButton({ label, testId, onClick }: { label: string; testId: string; onClick: () => void }) {
  return (
    <p class="body">
      <button type="button" class="button button--secondary" onClick={onClick} data-testid={testId}>
        {label}
      </button>
    </p>
  );
}
