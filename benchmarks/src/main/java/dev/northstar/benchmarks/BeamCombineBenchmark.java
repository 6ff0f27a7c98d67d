package dev.northstar.benchmarks;

import dev.northstar.beam.KpiAccumulator;
import dev.northstar.beam.KpiCombineFn;
import dev.northstar.beam.PartialAggregateCoder;
import dev.northstar.beam.RowWriter;
import dev.northstar.benchmarks.Posts.Post;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.PartialAggregate;
import dev.northstar.formulas.table.MetricTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the Beam module's {@link KpiCombineFn} outside any runner: the group-by of {@link
 * GroupByBenchmark} (engagement rate by reach by platform and day, 2,920 groups) over {@link #ROWS}
 * post records, against the in-process engine on the same records in the same run.
 *
 * <ul>
 *   <li>{@code addInput}: a fresh accumulator, {@code addInput} of every record (the accumulator
 *       folds its buffer every {@code foldEvery} rows: 4,096, or 65,536, the default), then {@code
 *       compact}: ns/row.
 *   <li>{@code inProcessFromRows} (the baseline): {@code query.run(MetricTable.fromRows(records,
 *       mapping))} on the same records: ns/row.
 *   <li>{@code inProcessColumnar}: {@code query.run(table)} on a table built once: ns/row.
 *   <li>{@code merge}: {@code mergeAccumulators} of {@link #accumulators} accumulators of one
 *       {@code 1/accumulators} share of the rows each (every one holds nearly all 2,920 groups): ns
 *       per merged accumulator.
 *   <li>{@code encode} / {@code decode}: one accumulator of all the rows through the accumulator
 *       coder (its {@link PartialAggregateCoder}): ns per accumulator. The encoded size is printed
 *       by the setup ({@code encoded: ... bytes}).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BeamCombineBenchmark {

  /** The rows of the measured data; the per-row scores are for this count. */
  static final int ROWS = 1_000_000;

  /** The accumulators merged by {@link #merge()}; the score is per accumulator. */
  static final int MERGED = 16;

  /** How a post is written into the accumulator's row: the columns of {@link Posts#MAPPING}. */
  static final RowWriter<Post> WRITER =
      (post, row) ->
          row.dimension(0, post.platform())
              .date(post.date())
              .stored(0, post.likes())
              .stored(1, post.comments())
              .stored(2, post.shares())
              .stored(3, post.reach());

  /** Fewer rows for a smoke run only; the per-row scores assume {@link #ROWS}. */
  @Param({"1000000"})
  int rows = ROWS;

  /** Fewer accumulators for a smoke run only; the score assumes {@link #MERGED}. */
  @Param({"16"})
  int accumulators = MERGED;

  private KpiQuery query = Posts.errByPlatformAndDay();
  private KpiCombineFn<Post> fn = KpiCombineFn.of(query, Posts.MAPPING.schema(), WRITER);
  private Coder<KpiAccumulator> coder = accumulatorCoder(fn);
  private List<Post> records = List.of();
  private MetricTable table = new Posts(0).table();
  private KpiAccumulator[] parts = new KpiAccumulator[0];
  private KpiAccumulator whole = fn.createAccumulator();
  private byte[] encoded = new byte[0];

  @Setup(Level.Trial)
  public void setUp() {
    Posts posts = new Posts(rows);
    query = Posts.errByPlatformAndDay();
    fn = KpiCombineFn.of(query, Posts.MAPPING.schema(), WRITER);
    coder = accumulatorCoder(fn);
    records = posts.records();
    table = posts.table();
    parts = new KpiAccumulator[accumulators];
    int per = rows / accumulators;
    for (int a = 0; a < accumulators; a++) {
      int to = a == accumulators - 1 ? rows : (a + 1) * per;
      // Compacted: merging reads their partials and leaves them unchanged.
      parts[a] = fn.compact(accumulate(fn, records.subList(a * per, to)));
    }
    whole = fn.compact(accumulate(fn, records));
    encoded = encode();
    int groups = whole.partial().groupCount();
    System.out.printf(
        "%nencoded: %,d bytes for %,d groups (%.1f bytes a group); one share of %d: %,d bytes%n",
        encoded.length,
        groups,
        encoded.length / (double) groups,
        accumulators,
        encode(parts[0]).length);
  }

  /** The accumulator's buffer size for {@link #addInput}: a smaller one and the default. */
  @State(Scope.Benchmark)
  public static class Fold {
    @Param({"4096", "65536"})
    int foldEvery = KpiCombineFn.DEFAULT_FOLD_EVERY;
  }

  /** Adds every record to a fresh accumulator and aggregates its last buffer. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public KpiAccumulator addInput(Fold fold) {
    KpiCombineFn<Post> f = fn.withFoldEvery(fold.foldEvery);
    return f.compact(accumulate(f, records));
  }

  /** The baseline: the in-process engine on a table built from the same records. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public KpiTable inProcessFromRows() {
    return query.run(MetricTable.fromRows(records, Posts.MAPPING));
  }

  /** The in-process engine on a columnar table of the same rows built once. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public KpiTable inProcessColumnar() {
    return query.run(table);
  }

  /**
   * Merges {@link #accumulators} accumulators into a fresh one (Beam merges into the first
   * accumulator it is given; the others are only read).
   */
  @Benchmark
  @OperationsPerInvocation(MERGED)
  public PartialAggregate merge() {
    List<KpiAccumulator> all = new ArrayList<>(parts.length + 1);
    all.add(fn.createAccumulator());
    Collections.addAll(all, parts);
    return fn.mergeAccumulators(all).partial();
  }

  /** Encodes the accumulator of every row. */
  @Benchmark
  public byte[] encode() {
    return encode(whole);
  }

  /** Decodes the accumulator of every row. */
  @Benchmark
  public KpiAccumulator decode() {
    try {
      return coder.decode(new ByteArrayInputStream(encoded));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The function's accumulator coder; it depends on neither the registry nor the input coder. */
  private static Coder<KpiAccumulator> accumulatorCoder(KpiCombineFn<Post> fn) {
    return fn.getAccumulatorCoder(CoderRegistry.createDefault(), SerializableCoder.of(Post.class));
  }

  private static KpiAccumulator accumulate(KpiCombineFn<Post> fn, List<Post> posts) {
    KpiAccumulator acc = fn.createAccumulator();
    for (int i = 0; i < posts.size(); i++) {
      acc = fn.addInput(acc, posts.get(i));
    }
    return acc;
  }

  private byte[] encode(KpiAccumulator acc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length + 64);
    try {
      coder.encode(acc, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
