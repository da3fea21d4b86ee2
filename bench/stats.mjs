/** The statistics every benchmark reports: medians and percentiles of its samples. */

/** The middle sample (the mean of the two middle ones for an even count). */
export function median(values) {
  return quantile(values, 0.5)
}

/** The q-quantile (0..1) of the samples, interpolated between the two nearest. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low)
}
