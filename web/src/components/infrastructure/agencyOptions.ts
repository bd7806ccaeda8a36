// Agencies as the options of a select: "Name (Short)", with a first "choose" option.
import type { Agency } from '../../api/identityTypes';

export function agencyOptions(agencies: Agency[], first: string | null) {
  const options = agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }));
  return first === null ? options : [{ value: '', label: first }, ...options];
}

export function agencyName(agencies: Agency[], id: number | null): string {
  const agency = agencies.find((a) => a.id === id);
  return agency ? `${agency.name} (${agency.short_name})` : '—';
}
