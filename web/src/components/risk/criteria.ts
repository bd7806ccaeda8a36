// The region's risk criteria applied in the browser, with the same lookup as the
// server (PermenPANRB 5/2020, Formulir 2.9-2.10): the magnitude (Besaran Risiko) is
// the matrix cell of the likelihood and impact levels, the level (Level Risiko) the
// band holding it, and a risk is treated when its magnitude reaches the appetite
// (Selera Risiko) of its category for its polarity. Used only to preview what the
// server will decide; after saving, the server's values are shown.
import type { LevelBand, RiskCriteria } from '../../api/riskTypes';

export function magnitudeOf(criteria: RiskCriteria, likelihood: number, impact: number): number | null {
  const value = criteria.matrix[likelihood - 1]?.[impact - 1];
  return typeof value === 'number' ? value : null;
}

export function bandOf(criteria: RiskCriteria, magnitude: number | null): LevelBand | null {
  if (magnitude === null) return null;
  return criteria.levels.find((b) => magnitude >= b.from && magnitude <= b.to) ?? null;
}

export function bandByLevel(criteria: RiskCriteria, level: number | null): LevelBand | null {
  if (level === null) return null;
  return criteria.levels.find((b) => b.level === level) ?? null;
}

export function appetiteOf(criteria: RiskCriteria, category: string, polarity: string): number | null {
  const c = criteria.categories.find((x) => x.key === category);
  if (!c) return null;
  return polarity === 'positive' ? c.appetite_positive : c.appetite_negative;
}

export interface Preview {
  magnitude: number;
  band: LevelBand | null;
  appetite: number | null;
  treat: boolean | null; // null until category and polarity are known
}

export function previewOf(criteria: RiskCriteria, likelihood: number, impact: number, category: string, polarity: string): Preview | null {
  const magnitude = magnitudeOf(criteria, likelihood, impact);
  if (magnitude === null) return null;
  const appetite = category && polarity ? appetiteOf(criteria, category, polarity) : null;
  return { magnitude, band: bandOf(criteria, magnitude), appetite, treat: appetite === null ? null : magnitude >= appetite };
}

// Black or white text, whichever reads better on the level's colour.
export function textOn(colour: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!m) return '#0b0c0c';
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 0.35 ? '#0b0c0c' : '#ffffff';
}
