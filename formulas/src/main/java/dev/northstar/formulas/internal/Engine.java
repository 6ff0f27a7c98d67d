package dev.northstar.formulas.internal;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import org.jspecify.annotations.Nullable;

/**
 * The aggregation engine: compiles a query against a table, accumulates row ranges into integer
 * group states (one range per thread), and merges them.
 */
public final class Engine {

  /** Rows processed per column pass: small enough for the buffers to stay in the L1 cache. */
  static final int CHUNK = 1024;

  private Engine() {}

  /**
   * Aggregates a table.
   *
   * @param query the query
   * @param table the table
   * @param threads the number of threads, 1 or more
   * @return the grouped states
   * @throws IllegalArgumentException if the table does not fit the query
   * @throws ArithmeticException if a sum overflows
   */
  public static GroupedStates aggregate(KpiQuery query, MetricTable table, int threads) {
    return aggregate(query, table, threads, SharedExecutor.INSTANCE);
  }

  /**
   * Aggregates a table in up to {@code parts} contiguous row ranges: range 0 on the calling thread,
   * the others as tasks of {@code executor}; their states are then merged. No thread is created
   * here.
   *
   * @param query the query
   * @param table the table
   * @param parts the most parts, 1 or more; fewer when the table has fewer than {@value #CHUNK}
   *     rows per part
   * @param executor runs the parts but the first
   * @return the grouped states
   * @throws IllegalArgumentException if the table does not fit the query
   * @throws ArithmeticException if a sum overflows
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a part
   */
  public static GroupedStates aggregate(
      KpiQuery query, MetricTable table, int parts, Executor executor) {
    ColumnStore store = TableAccess.columns(table);
    CompiledQuery compiled = CompiledQuery.compile(query, store);
    int rows = store.rows();
    int n = Math.max(1, Math.min(parts, rows / CHUNK));
    if (n == 1) {
      return toStates(accumulate(compiled, 0, rows));
    }
    List<CompletableFuture<Accumulator>> futures = new ArrayList<>();
    for (int p = 1; p < n; p++) {
      int from = (int) ((long) rows * p / n);
      int to = (int) ((long) rows * (p + 1) / n);
      futures.add(CompletableFuture.supplyAsync(() -> accumulate(compiled, from, to), executor));
    }
    Accumulator first = accumulate(compiled, 0, (int) ((long) rows / n));
    List<Accumulator> done = new ArrayList<>();
    done.add(first);
    for (CompletableFuture<Accumulator> f : futures) {
      done.add(join(f));
    }
    return merge(done);
  }

  /**
   * Returns how many parts to split a table into for an executor: a fork-join pool's parallelism, a
   * thread pool's maximum size (the calling thread runs one part too), or else the number of
   * processors.
   *
   * @param executor the executor
   * @return the number of parts, 1 to 256
   */
  public static int partsFor(Executor executor) {
    int parts;
    if (executor instanceof ForkJoinPool pool) {
      parts = pool.getParallelism();
    } else if (executor instanceof ThreadPoolExecutor pool) {
      parts =
          pool.getMaximumPoolSize() == Integer.MAX_VALUE
              ? Runtime.getRuntime().availableProcessors()
              : pool.getMaximumPoolSize() + 1;
    } else {
      parts = Runtime.getRuntime().availableProcessors();
    }
    return Math.max(1, Math.min(256, parts));
  }

  /**
   * Merges the parts' states. Dense group ids depend only on the compiled query, so dense parts
   * share one layout and merge slot by slot, without a key per group; the ids of the hashed layout
   * are in each part's order of first rows, so those parts merge by key.
   */
  private static GroupedStates merge(List<Accumulator> parts) {
    Accumulator into = parts.get(0);
    if (!into.indexer().isDense()) {
      GroupedStates result = toStates(into);
      for (int p = 1; p < parts.size(); p++) {
        result = result.merge(toStates(parts.get(p)));
      }
      return result;
    }
    CompiledQuery c = into.compiled();
    long[] state = into.state();
    int stride = into.stride();
    int groups = Math.min(into.indexer().capacity(), state.length / stride);
    boolean meanOfRatios = into.meanOfRatios();
    for (int p = 1; p < parts.size(); p++) {
      long[] from = parts.get(p).state();
      for (int g = 0; g < groups; g++) {
        int base = g * stride;
        if (from[base + Layout.ROWS] == 0) {
          continue;
        }
        try {
          Layout.merge(
              state,
              base,
              from,
              base,
              stride,
              c.numerators.length,
              c.levelColumns.length,
              meanOfRatios);
        } catch (ArithmeticException overflow) {
          throw new ArithmeticException(
              "merging partial aggregates "
                  + LongRange.OVERFLOWS
                  + " in group "
                  + keyOf(c, into.indexer(), g));
        }
      }
    }
    return toStates(into);
  }

  private static Accumulator join(CompletableFuture<Accumulator> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while aggregating", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  static Accumulator accumulate(CompiledQuery c, int from, int to) {
    KpiQuery query = c.query;
    GroupIndexer indexer = new GroupIndexer(c, query.bucket().orElse(null));
    Accumulator acc = new Accumulator(c, indexer, query.method() == Aggregation.MEAN_OF_RATIOS);
    acc.run(from, to);
    return acc;
  }

  /** The key of a group id. */
  static GroupKey keyOf(CompiledQuery c, GroupIndexer indexer, int group) {
    List<Dimension> by = c.query.groupBy();
    int[] codes = new int[by.size()];
    LocalDate bucketStart = indexer.decode(group, codes);
    List<@Nullable String> values = new ArrayList<>(by.size());
    for (int k = 0; k < by.size(); k++) {
      values.add(codes[k] == ColumnStore.MISSING_CODE ? null : c.groupDictionaries[k][codes[k]]);
    }
    return GroupKey.of(by, values, c.query.bucket().orElse(null), bucketStart);
  }

  /**
   * An accumulator's states as keyed groups. Dense ids are visited in key order, so the keys come
   * sorted and the map is built without comparing them; hashed ids are in order of first rows, so
   * those keys are sorted by the map.
   */
  private static GroupedStates toStates(Accumulator acc) {
    CompiledQuery c = acc.compiled();
    GroupIndexer indexer = acc.indexer();
    long[] state = acc.state();
    int stride = acc.stride();
    KpiQuery query = c.query;
    List<Units> num = new ArrayList<>();
    List<Units> den = new ArrayList<>();
    for (int k = 0; k < c.numerators.length; k++) {
      num.add(c.numerators[k].units());
      den.add(c.denominators[k].units());
    }
    List<Units> totals = Arrays.asList(c.totalUnits);
    List<Units> levels = Arrays.asList(c.levelUnits);
    boolean meanOfRatios = query.method() == Aggregation.MEAN_OF_RATIOS;
    if (indexer.isDense()) {
      int filled = 0;
      for (int base = Layout.ROWS; base < state.length; base += stride) {
        filled += state[base] == 0 ? 0 : 1;
      }
      List<GroupKey> keys = new ArrayList<>(filled);
      List<long[]> states = new ArrayList<>(filled);
      for (int g : indexer.denseIdsInKeyOrder(query.groupBy(), c.groupDictionaries)) {
        int base = g * stride;
        if (state[base + Layout.ROWS] != 0) {
          keys.add(keyOf(c, indexer, g));
          states.add(Arrays.copyOfRange(state, base, base + stride));
        }
      }
      return GroupedStates.ofAscending(keys, states, num, den, totals, levels, meanOfRatios);
    }
    TreeMap<GroupKey, long[]> groups = new TreeMap<>();
    int capacity = Math.min(indexer.capacity(), state.length / stride);
    for (int g = 0; g < capacity; g++) {
      int base = g * stride;
      if (state[base + Layout.ROWS] == 0) {
        continue;
      }
      groups.put(keyOf(c, indexer, g), Arrays.copyOfRange(state, base, base + stride));
    }
    return new GroupedStates(groups, num, den, totals, levels, meanOfRatios);
  }
}
