package dev.northstar.formulas.internal;

/**
 * The loops that {@link Accumulator} chooses between, named so that tests can tell which ran. Each
 * adds rows into the same {@link Layout} state; {@link ReferenceKernel} is their plain reference.
 */
enum Kernel {
  /**
   * One fused KPI by one dimension and a bucket, no totals, sums proven to fit a long: one
   * unchecked loop ({@link ProvenSums}).
   */
  INLINE_PROVEN,
  /** The same shape without the proof: one loop per chunk with an overflow check and undo. */
  INLINE_CHECKED,
  /** Several plain KPIs by a dense group index, no totals, proven: {@link ProvenChunks}. */
  PROVEN_CHUNKS,
  /** A plain KPI's numerator and denominator added in one checked loop per chunk. */
  FUSED,
  /**
   * Group ids per chunk, then each KPI's terms into buffers and checked additions: every other
   * shape, and the fallback of a chunk that overflowed a fused loop.
   */
  GENERAL
}
