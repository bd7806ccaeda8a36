// The articles a Tier 1 operator chose ("Gunakan artikel ini") while writing a ticket, kept in
// this tab's session storage under the user (useDraft) until the new ticket's page has offered
// to link them as used, or the operator declined. `at` is when the first was chosen: only a
// ticket opened after it is offered them.
import { useDraft } from '../../hooks/useDraft';

export interface ChosenArticle {
  id: number;
  title: string;
}

export interface ChosenArticles {
  items: ChosenArticle[];
  at: string; // ISO time of the first choice, '' when none
  has: (id: number) => boolean;
  choose: (id: number, title: string) => void;
  forget: (id: number) => void;
  clear: () => void;
}

export function useChosenArticles(): ChosenArticles {
  const [value, update, reset] = useDraft('knowledge.chosen', { items: [] as ChosenArticle[], at: '' });
  return {
    items: value.items,
    at: value.at,
    has: (id) => value.items.some((a) => a.id === id),
    choose: (id, title) => {
      if (value.items.some((a) => a.id === id)) return;
      update({ items: [...value.items, { id, title }], at: value.at || new Date().toISOString() });
    },
    forget: (id) => {
      const items = value.items.filter((a) => a.id !== id);
      if (items.length === 0) reset();
      else update({ items });
    },
    clear: reset,
  };
}
