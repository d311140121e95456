/** A response time split for display: whole days, hours and minutes. */
export function splitMinutes(total: number): { days: number; hours: number; minutes: number } {
  const safe = Math.max(0, Math.floor(total));
  return { days: Math.floor(safe / 1440), hours: Math.floor((safe % 1440) / 60), minutes: safe % 60 };
}
