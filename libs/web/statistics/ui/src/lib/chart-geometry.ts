/** A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= max) ?? 10;
  return step * power;
}

/** Evenly spaced tick values from 0 to `max`, inclusive. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

/** Bar widths in px for values on a scale from 0 to niceMax(largest). */
export function barWidths(values: readonly number[], width: number): number[] {
  const max = niceMax(Math.max(0, ...values));
  return values.map((value) => Math.max(0, (value / max) * width));
}

/** SVG `points` of a series across `width` x `height`, y growing upwards from the bottom. */
export function linePoints(values: readonly number[], width: number, height: number, max: number): string {
  if (values.length === 0) {
    return '';
  }
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((value, i) => {
      const x = values.length > 1 ? i * step : width / 2;
      const y = height - (Math.max(0, value) / max) * height;
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Colours distinguishable on white and by most colour-blind readers (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
