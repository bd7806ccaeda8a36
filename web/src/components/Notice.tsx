// A short message after something happened (GOV.UK "notification banner"):
// 'success' for a change that worked, 'info' for something to know.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  kind?: 'success' | 'info';
  title?: string;
  children: ComponentChildren;
  testId?: string;
  focus?: boolean; // take focus when shown (after an action the user took)
}

export function Notice({ kind = 'info', title, children, testId, focus = false }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) box.current?.focus();
  }, [focus]);
  return (
    <div
      class={`notice notice--${kind}`}
      role={kind === 'success' ? 'alert' : 'region'}
      aria-label={title}
      tabIndex={-1}
      ref={box}
      data-testid={testId}
    >
      {title && <h2 class="notice__title">{title}</h2>}
      <div class="notice__content">{children}</div>
    </div>
  );
}
