/**
 * Largest-remainder rounding: whole cents for each part such that they add up to exactly `totalCents`,
 * each part rounded down or up. Parts that are exactly zero stay zero.
 */
export function apportionCents(parts: number[], totalCents: number): number[] {
  // The epsilon absorbs floating-point noise such as 33.33333333333334 * 3 > 100.
  const exact = parts.map((part) => part * 100);
  const cents = exact.map((value) => Math.floor(value + 1e-9));
  let left = totalCents - cents.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - cents[index] }))
    .filter(({ remainder }) => remainder > 1e-9)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    cents[index] += 1;
    left -= 1;
  }
  return cents;
}
