// A moment typed as a day and a time of day in the region's zone (e.g. when an
// incident was detected, when a notice was sent) turned into the instant the API
// takes, and back. Indonesia keeps no daylight saving, so the day's start plus
// the hours is exact.
import { startOfDayInZone } from '../../format/dateTime';

const TIME = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;

export const isTimeOfDay = (text: string) => TIME.test(text.trim());

// null when the day or the time is not a valid one.
export function instantOf(date: string, time: string, zone: string | undefined): string | null {
  const match = TIME.exec(time.trim());
  const start = startOfDayInZone(date, zone);
  if (!match || !start) return null;
  return new Date(Date.parse(start) + (Number(match[1]) * 60 + Number(match[2])) * 60000).toISOString();
}

// The day (YYYY-MM-DD) and time (HH:MM) of an instant in the zone.
export function partsOf(instant: Date, zone: string | undefined): { date: string; time: string } {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone || 'Asia/Jakarta',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(instant);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
  } catch {
    const iso = instant.toISOString();
    return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
  }
}
