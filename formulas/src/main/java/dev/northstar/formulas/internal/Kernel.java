package dev.northstar.formulas.internal;

/**
 * The names of the accumulation kernels ({@link AccumulationKernel}), recorded in {@link
 * StateArray} when one adds rows, so that tests can tell which ran. Each adds rows into the same
 * {@link Layout} state; {@link ReferenceKernel} is their plain reference.
 */
enum Kernel {
  /**
   * One plain KPI by one dimension and a bucket, no totals, sums proven to fit a long: one
   * unchecked loop over the range ({@link InlineProvenKernel}).
   */
  INLINE_PROVEN,
  /**
   * The same shape without the proof: one loop per chunk with an overflow check and undo ({@link
   * InlineCheckedKernel}).
   */
  INLINE_CHECKED,
  /**
   * One plain KPI's mean of ratios by one dimension and a bucket, no totals: one checked loop over
   * the range, ids computed inline ({@link InlineMeanKernel}).
   */
  INLINE_MEAN,
  /** Several plain KPIs by a dense group index, no totals, proven: {@link ProvenChunksKernel}. */
  PROVEN_CHUNKS,
  /**
   * A plain KPI's numerator and denominator added in one checked loop per chunk ({@link
   * FusedKernel}).
   */
  FUSED,
  /**
   * A plain KPI's mean of ratios, each row divided and added in one checked loop per chunk ({@link
   * FusedMeanKernel}).
   */
  FUSED_MEAN,
  /**
   * Group ids per chunk, then each KPI's terms into buffers and checked additions ({@link
   * GeneralKernel}, {@link TotalKernel}): every other shape, and the fallback of a chunk that
   * overflowed a fused or inline loop.
   */
  GENERAL
}
