// A risk level as a coloured badge that also says its name (never colour alone):
// "4 · Tinggi (17)" on the level's colour from the region's criteria.
import { textOn } from './criteria';

interface Props {
  level: number;
  name: string;
  colour: string;
  magnitude?: number | null;
  testId?: string;
}

export function LevelBadge({ level, name, colour, magnitude, testId }: Props) {
  return (
    <strong class="risk-level" style={{ background: colour, color: textOn(colour) }} data-testid={testId} data-level={level}>
      {name}
      {magnitude !== undefined && magnitude !== null && <span class="risk-level__magnitude"> ({magnitude})</span>}
    </strong>
  );
}
