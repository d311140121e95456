/** How a stay stands against its term: colour class and the words that say the same. */
export type TermState = 'free' | 'ok' | 'ending' | 'overdue' | 'inactive';

export function termState(
  occupied: boolean,
  daysLeft: number | null | undefined,
  active = true,
  endingDays = 7,
): TermState {
  if (!active) return 'inactive';
  if (!occupied || daysLeft === null || daysLeft === undefined) return occupied ? 'ok' : 'free';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= endingDays ? 'ending' : 'ok';
}
