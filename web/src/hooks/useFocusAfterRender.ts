// Moves focus to a field that the next render creates (a new row, the row that
// takes a removed one's place). The focus moves in the same task as the render,
// right after the DOM changed: a timer would fire later, and on a busy computer
// after the user already went on typing in another field, taking their keystrokes.
import { useLayoutEffect, useRef } from 'preact/hooks';

export function useFocusAfterRender(): (elementId: string) => void {
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (elementId: string) => {
    pending.current = elementId;
  };
}
