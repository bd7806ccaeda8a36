// A record found to link to: its name and, when it has one, its agency's short name.
export interface LinkCandidate {
  id: number;
  label: string;
  agency: string;
}

// The page of a record that another record links to (an asset's, an incident's or a
// change's links), by the link's kind; null for a kind with no page of its own.
export function linkedRecordPath(kind: string, id: number): string | null {
  switch (kind) {
    case 'host':
      return `/elemen/infrastruktur/server/${id}`;
    case 'application':
      return `/elemen/aplikasi/${id}`;
    case 'dataset':
      return `/elemen/data/${id}`;
    case 'risk':
      return `/risiko/${id}`;
    case 'ticket':
      return `/tiket/${id}`;
    case 'asset':
      return `/aset/${id}`;
    default:
      return null;
  }
}
