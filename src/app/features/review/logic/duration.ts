/** A length of time in the largest two units that matter to a reader: 3 d 4 h, 2 h 15 min, 40 min. */
export type DurationParts =
  | { unit: 'minutes'; count: number }
  | { unit: 'hours'; hours: number; minutes: number }
  | { unit: 'days'; days: number; hours: number };

export function durationParts(seconds: number): DurationParts {
  const minutesTotal = Math.max(0, Math.round(seconds / 60));
  if (minutesTotal < 60) return { unit: 'minutes', count: minutesTotal };
  const hoursTotal = Math.floor(minutesTotal / 60);
  if (hoursTotal < 24) return { unit: 'hours', hours: hoursTotal, minutes: minutesTotal % 60 };
  return { unit: 'days', days: Math.floor(hoursTotal / 24), hours: hoursTotal % 24 };
}
