/**
 * Round axis bounds and ticks (steps of 1, 2, 2,5 or 5 × 10ⁿ) around the values, so the
 * value axis reads 81, 82, 83… rather than 81,25, 81,9, 82,55. Not forced to zero: a line
 * chart shows change, and the table gives the exact values.
 */
export function niceScale(values: number[], targetTicks = 5): { domain: [number, number]; ticks: number[] } | null {
  if (values.length === 0) return null;
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, targetTicks - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  // Rounding to one digit below the step keeps 0.1 + 0.2 noise out of the labels (2,5 stays 2,5).
  const digits = Math.max(0, 1 - Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 2; i++) ticks.push(Number((lo + i * step).toFixed(digits)));
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}
