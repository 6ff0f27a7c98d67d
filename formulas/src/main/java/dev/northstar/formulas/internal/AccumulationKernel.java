package dev.northstar.formulas.internal;

/**
 * One accumulation loop: adds rows into the {@link Layout} state of their groups ({@link
 * StateArray}), directly or through {@link CompactSums#fold}, and records its {@link Kernel} there
 * when it does. {@link Accumulator} gives each range of rows to the first kernel that takes it.
 *
 * <p>Kernels of the whole query ({@link InlineProvenKernel}, {@link InlineCheckedKernel}, {@link
 * ProvenChunksKernel}, {@link ChunkedKernel}) take any range. Kernels of one KPI or total ({@link
 * FusedKernel}, {@link GeneralKernel}, {@link TotalKernel}) take one chunk of at most {@link
 * Engine#CHUNK} rows whose group ids {@link StateArray#assign} has just put in {@link
 * StateArray#chunkIds()}.
 */
interface AccumulationKernel {

  /**
   * Adds rows {@code [from, to)} into the state, or nothing.
   *
   * @param from the first row
   * @param to the row after the last
   * @return true if the rows were added; false if nothing was, because the kernel cannot prove or
   *     check that its sums fit (the caller then gives the rows to a checked kernel)
   * @throws ArithmeticException if a sum overflows, naming what and where
   */
  boolean add(int from, int to);
}
