// The frame of a page that shows one record by its id (a plan, a version, a
// process): the link back to its list, the record loaded with its ETag, the page
// title once it is known, and `view` given what a view needs to change it.
import type { ComponentChildren } from 'preact';
import type { RequestOptions, Result } from '../api/client';
import { useLoad } from '../hooks/useLoad';
import { usePageTitle } from '../hooks/usePageTitle';
import { LoadView } from './LoadView';

export interface RecordViewProps<T> {
  record: T;
  etag: string; // as loaded, or the record's version when the server gave none
  onChanged: (record: T, etag?: string) => void;
  reload: () => void;
}

interface Props<T extends { version: number }> {
  id: number;
  load: (id: number, options?: RequestOptions) => Promise<Result<T>>;
  titleOf: (record: T) => string;
  loadingTitle: string;
  back: { href: string; label: string; testId: string };
  view: (props: RecordViewProps<T>) => ComponentChildren;
}

export function RecordPage<T extends { version: number }>({ id, load, titleOf, loadingTitle, back, view }: Props<T>) {
  const loaded = useLoad((signal) => load(id, { signal }), String(id));
  usePageTitle(loaded.state.phase === 'ready' ? titleOf(loaded.state.data) : loadingTitle);
  return (
    <>
      <p class="back">
        <a class="link" href={back.href} data-testid={back.testId}>
          {back.label}
        </a>
      </p>
      <LoadView loaded={loaded}>
        {(record, etag) => view({ record, etag: etag ?? `"${record.version}"`, onChanged: loaded.replace, reload: loaded.reload })}
      </LoadView>
    </>
  );
}
