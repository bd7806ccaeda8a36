// "Saved" after a change the user made: a success notice that takes focus.
import { Notice } from './Notice';

export function SavedNotice({ text, testId }: { text: string; testId: string }) {
  return (
    <Notice kind="success" testId={testId} focus>
      <p class="notice__heading">{text}</p>
    </Notice>
  );
}
