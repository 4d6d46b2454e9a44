/** Small statistics helpers for the Monte Carlo. */

/**
 * Percentile of a sample, linear interpolation between order statistics (Hyndman & Fan type 7,
 * the default of R and NumPy). `p` in [0, 1]. Reorders `sample` in place: selecting the two
 * order statistics costs O(n), where sorting 10,000 draws for each of 90 materials would cost
 * more than the rest of the summary.
 */
export function percentileInPlace(sample: Float64Array, p: number): number {
  const n = sample.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  select(sample, lo);
  const a = sample[lo] as number;
  if (lo + 1 >= n) return a;
  // After the selection everything past `lo` is ≥ a: the next order statistic is their minimum.
  let b = sample[lo + 1] as number;
  for (let i = lo + 2; i < n; i++) if ((sample[i] as number) < b) b = sample[i] as number;
  return a + (h - lo) * (b - a);
}

/**
 * Moves the k-th smallest value to a[k], smaller ones before it and larger ones after (Wirth's
 * selection, Algorithms + Data Structures = Programs, 1976): expected linear time.
 */
function select(a: Float64Array, k: number): void {
  let l = 0;
  let r = a.length - 1;
  while (l < r) {
    const pivot = a[k] as number;
    let i = l;
    let j = r;
    do {
      while ((a[i] as number) < pivot) i++;
      while (pivot < (a[j] as number)) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) l = i;
    if (k < i) r = j;
  }
}

export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s / values.length;
}
