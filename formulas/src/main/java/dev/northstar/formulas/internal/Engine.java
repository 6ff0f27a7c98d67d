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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    ColumnStore store = TableAccess.columns(table);
    CompiledQuery compiled = CompiledQuery.compile(query, store);
    int rows = store.rows();
    int parts = Math.max(1, Math.min(threads, rows / CHUNK));
    if (parts == 1) {
      return accumulate(compiled, 0, rows);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            parts,
            r -> {
              Thread t = new Thread(r, "northstar-aggregate");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<GroupedStates>> futures = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        int from = (int) ((long) rows * p / parts);
        int to = (int) ((long) rows * (p + 1) / parts);
        futures.add(pool.submit(() -> accumulate(compiled, from, to)));
      }
      @Nullable GroupedStates result = null;
      for (Future<GroupedStates> f : futures) {
        GroupedStates part = join(f);
        result = result == null ? part : result.merge(part);
      }
      return java.util.Objects.requireNonNull(result, "no part was aggregated");
    } finally {
      pool.shutdownNow();
    }
  }

  private static GroupedStates join(Future<GroupedStates> f) {
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

  static GroupedStates accumulate(CompiledQuery c, int from, int to) {
    KpiQuery query = c.query;
    GroupIndexer indexer = new GroupIndexer(c, query.bucket().orElse(null));
    Accumulator acc = new Accumulator(c, indexer, query.method() == Aggregation.MEAN_OF_RATIOS);
    acc.run(from, to);
    return toStates(c, indexer, acc.state(), acc.stride());
  }

  private static GroupedStates toStates(
      CompiledQuery c, GroupIndexer indexer, long[] state, int stride) {
    KpiQuery query = c.query;
    List<Dimension> by = query.groupBy();
    int[] codes = new int[by.size()];
    TreeMap<GroupKey, long[]> groups = new TreeMap<>();
    int capacity = Math.min(indexer.capacity(), state.length / stride);
    for (int g = 0; g < capacity; g++) {
      int base = g * stride;
      if (state[base + Layout.ROWS] == 0) {
        continue;
      }
      LocalDate bucketStart = indexer.decode(g, codes);
      List<@Nullable String> values = new ArrayList<>(by.size());
      for (int k = 0; k < by.size(); k++) {
        values.add(codes[k] == ColumnStore.MISSING_CODE ? null : c.groupDictionaries[k][codes[k]]);
      }
      GroupKey key = GroupKey.of(by, values, query.bucket().orElse(null), bucketStart);
      groups.put(key, Arrays.copyOfRange(state, base, base + stride));
    }
    List<Units> num = new ArrayList<>();
    List<Units> den = new ArrayList<>();
    for (int k = 0; k < c.numerators.length; k++) {
      num.add(c.numerators[k].units());
      den.add(c.denominators[k].units());
    }
    return new GroupedStates(
        groups,
        num,
        den,
        Arrays.asList(c.totalUnits),
        query.method() == Aggregation.MEAN_OF_RATIOS);
  }
}
