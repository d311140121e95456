/** A small seeded generator (mulberry32), so the demo data is the same on every machine. */
export class DemoRandom {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

const DAY = 86_400_000;

/** An instant `days` ago at the given Sofia-ish working hour (UTC+2/3 is close enough for a demo). */
export const daysAgo = (days: number, hour = 10): Date => {
  const at = new Date(Date.now() - days * DAY);
  at.setUTCHours(hour - 2, 0, 0, 0);
  return at;
};

export const isoDate = (at: Date): string => at.toISOString().slice(0, 10);
