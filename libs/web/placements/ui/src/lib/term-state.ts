/** How a stay stands against its term: colour class and the words that say the same. */
export type TermState = 'free' | 'ok' | 'ending' | 'overdue' | 'inactive';

/** `endingSoon` as the API says it, by the alert threshold an administrator sets. */
export function termState(
  occupied: boolean,
  term: { daysLeft: number; endingSoon: boolean } | null | undefined,
  active = true,
): TermState {
  if (!active) return 'inactive';
  if (!occupied || !term) return occupied ? 'ok' : 'free';
  if (term.daysLeft < 0) return 'overdue';
  return term.endingSoon ? 'ending' : 'ok';
}
