// The panel a section opens to add or change one of its records (a person, a
// position): its heading takes focus and scrolls into view when it opens, so
// keyboard and screen-reader users land on the form.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function FormPanel({ title, testId, children }: { title: string; testId: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <div class="panel" data-testid={testId}>
      <h3 class="heading-m" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {children}
    </div>
  );
}
