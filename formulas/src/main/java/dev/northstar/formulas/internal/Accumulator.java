package dev.northstar.formulas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates ranges of rows into the {@link Layout} state of their groups ({@link StateArray}):
 * chooses, once per query, the kernels that may take a range, most specialised first, and gives
 * each range to the first that takes it. Nothing is allocated per row or per chunk, and nothing is
 * boxed.
 *
 * <p>"No totals" below means neither totals nor levels.
 *
 * <ul>
 *   <li>One plain KPI by one dimension and a time bucket, no totals: {@link InlineProvenKernel} if
 *       the range's sums are proven to fit, else {@link InlineCheckedKernel}.
 *   <li>One plain KPI's mean of ratios by one dimension and a time bucket, no totals: {@link
 *       InlineMeanKernel}.
 *   <li>Plain KPIs by dense group, no totals: {@link ProvenChunksKernel} if proven, else the
 *       per-chunk path.
 *   <li>Otherwise the per-chunk path, {@link ChunkedKernel}: {@link FusedKernel} for each plain
 *       ratio of sums, {@link FusedMeanKernel} for each plain mean of ratios, {@link GeneralKernel}
 *       for the others and for a chunk that overflowed, {@link TotalKernel} for each total, {@link
 *       LevelKernel} for each stock level.
 * </ul>
 */
final class Accumulator {

  private final CompiledQuery c;
  private final boolean meanOfRatios;
  private final StateArray states;

  /** The kernels to try on a range, in order; the last takes every range. */
  private final List<AccumulationKernel> kernels = new ArrayList<>();

  Accumulator(CompiledQuery c, GroupIndexer indexer, boolean meanOfRatios) {
    this.c = c;
    this.meanOfRatios = meanOfRatios;
    int kpis = c.numerators.length;
    this.states =
        new StateArray(indexer, Layout.stride(kpis, c.totalColumns.length, c.levelColumns.length));
    @Nullable PlainRatio[] plain = new @Nullable PlainRatio[kpis];
    boolean allPlain = kpis > 0 && !meanOfRatios;
    for (int k = 0; k < kpis; k++) {
      plain[k] = PlainRatio.of(c, k);
      allPlain &= plain[k] != null;
    }
    ChunkedKernel chunked = new ChunkedKernel(c, meanOfRatios, plain, states);
    boolean noTotals = c.totalColumns.length == 0 && c.levelColumns.length == 0;
    PlainRatio first = kpis == 1 && !meanOfRatios ? plain[0] : null;
    if (first != null && noTotals && indexer.isSingleDimensionByBucket()) {
      kernels.add(new InlineProvenKernel(c.store, first, states));
      kernels.add(new InlineCheckedKernel(first, states, chunked.general(0)));
      return;
    }
    PlainRatio mean = kpis == 1 && meanOfRatios ? plain[0] : null;
    if (mean != null && noTotals && indexer.isSingleDimensionByBucket()) {
      kernels.add(new InlineMeanKernel(c, mean, states));
      return;
    }
    if (allPlain && noTotals && indexer.isDense()) {
      kernels.add(new ProvenChunksKernel(c.store, nonNull(plain), states));
    }
    kernels.add(chunked);
  }

  private static PlainRatio[] nonNull(@Nullable PlainRatio[] plain) {
    PlainRatio[] out = new PlainRatio[plain.length];
    for (int k = 0; k < plain.length; k++) {
      PlainRatio p = plain[k];
      if (p == null) {
        throw new IllegalStateException("KPI " + k + " is not a plain ratio of sums");
      }
      out[k] = p;
    }
    return out;
  }

  long[] state() {
    return states.slots();
  }

  CompiledQuery compiled() {
    return c;
  }

  GroupIndexer indexer() {
    return states.indexer();
  }

  boolean meanOfRatios() {
    return meanOfRatios;
  }

  int stride() {
    return states.stride();
  }

  /** Returns the kernels that ran so far. */
  Set<Kernel> kernelsRun() {
    return states.kernelsRun();
  }

  /** Adds rows {@code [from, to)}. */
  void run(int from, int to) {
    for (AccumulationKernel kernel : kernels) {
      if (kernel.add(from, to)) {
        return;
      }
    }
    throw new IllegalStateException("no kernel took rows " + from + " to " + to);
  }
}
