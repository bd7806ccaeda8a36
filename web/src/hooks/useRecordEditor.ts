// What a section listing records (positions, people) remembers about its
// add/change form, shared so both sections behave alike: whether the form is
// open and for which record (null: a new one), and the name of the record just
// saved, for the success notice. Opening a form hides the previous notice.
import { useState } from 'preact/hooks';

export interface RecordEditor<T> {
  open: { record: T | null } | null; // null: no form open
  savedName: string | null;
  edit: (record: T) => void;
  add: () => void;
  close: () => void;
  saved: (name: string) => void; // closes the form and shows the notice
}

export function useRecordEditor<T>(): RecordEditor<T> {
  const [open, setOpen] = useState<{ record: T | null } | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);
  const openFor = (record: T | null) => {
    setSavedName(null);
    setOpen({ record });
  };
  return {
    open,
    savedName,
    edit: (record) => openFor(record),
    add: () => openFor(null),
    close: () => setOpen(null),
    saved: (name) => {
      setOpen(null);
      setSavedName(name);
    },
  };
}
