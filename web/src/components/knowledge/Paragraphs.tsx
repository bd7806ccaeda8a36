// An article's text in paragraphs: an empty line separates two paragraphs (the contract's
// plain text), a single line break stays a line break.
export function Paragraphs({ text, testId }: { text: string; testId: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <div class="kb-body" data-testid={testId}>
      {paragraphs.map((p, i) => (
        <p key={i} class="body kb-text">
          {p}
        </p>
      ))}
    </div>
  );
}
