package dev.northstar.benchmarks;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Benchmark 3: other query shapes over the same rows and groups (platform by day), Northstar's
 * engine against a hand-written loop over the same primitive arrays. Nanoseconds per row.
 *
 * <ul>
 *   <li>{@code ratioOfSums}: the engagement rate by reach as a ratio of sums (as in {@link
 *       GroupByBenchmark}), the reference of this run.
 *   <li>{@code meanOfRatios}: the same KPI as the mean of the rows' ratios (rows without reach
 *       skipped).
 *   <li>{@code threeKpis}: engagement rate by reach, CTR ({@code clicks / impressions}) and CPC
 *       ({@code spend / clicks}) in one pass, as ratios of sums.
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
@OperationsPerInvocation(GroupByBenchmark.ROWS)
public class KpiShapesBenchmark {

  @Param({"ratioOfSums", "meanOfRatios", "threeKpis"})
  String shape = "ratioOfSums";

  @Param({"columnar", "primitiveLoop", "exactLoop"})
  String contender = "columnar";

  /** Fewer rows for a smoke run only; the per-row score assumes 10,000,000. */
  @Param({"10000000"})
  int rows = GroupByBenchmark.ROWS;

  private Posts posts = new Posts(0);
  private MetricTable table = new Posts(0).table();
  private KpiQuery query = Posts.errByPlatformAndDay();

  @Setup(Level.Trial)
  public void setUp() {
    // Checked here: aggregate() runs the hand-written loop for anything but "columnar".
    if (!List.of("columnar", "primitiveLoop", "exactLoop").contains(contender)) {
      throw new IllegalStateException(
          "unknown contender "
              + contender
              + "; this class has columnar, primitiveLoop and exactLoop");
    }
    posts = new Posts(rows);
    table = posts.table();
    KpiQuery.Builder b = KpiQuery.builder().groupBy(Dimension.PLATFORM).bucket(TimeBucket.DAY);
    switch (shape) {
      case "ratioOfSums" -> b.kpis(Posts.ERR_LCS);
      case "meanOfRatios" -> b.kpis(Posts.ERR_LCS).method(Aggregation.MEAN_OF_RATIOS);
      case "threeKpis" -> b.kpis(Posts.ERR_LCS, Kpis.CTR, Kpis.CPC);
      default -> throw new IllegalStateException("unknown shape " + shape);
    }
    query = b.build();
  }

  @Benchmark
  public Object aggregate() {
    if (contender.equals("columnar")) {
      return query.run(table);
    }
    return switch (shape) {
      case "ratioOfSums" -> GroupByBenchmark.primitiveLoop(posts);
      case "meanOfRatios" ->
          contender.equals("exactLoop") ? exactMeanOfRatiosLoop(posts) : meanOfRatiosLoop(posts);
      default -> threeKpisLoop(posts);
    };
  }

  /** Per group: the sum of the row ratios and the number of rows with reach. */
  static final class Means {
    final double[] sum;
    final long[] count;

    Means(double[] sum, long[] count) {
      this.sum = sum;
      this.count = count;
    }
  }

  static Means meanOfRatiosLoop(Posts p) {
    int groups = Posts.PLATFORMS.length * Posts.DAYS;
    double[] sum = new double[groups];
    long[] count = new long[groups];
    int[] platform = p.platform;
    int[] day = p.day;
    long[] likes = p.likes;
    long[] comments = p.comments;
    long[] shares = p.shares;
    long[] reach = p.reach;
    for (int i = 0; i < p.rows; i++) {
      long r = reach[i];
      if (r != 0) {
        int g = platform[i] * Posts.DAYS + day[i];
        sum[g] += (double) (likes[i] + comments[i] + shares[i]) / r;
        count[g]++;
      }
    }
    return new Means(sum, count);
  }

  /**
   * The mean of ratios as the engine keeps it, exactly and mergeably, by hand: per group the whole
   * parts of the row ratios, their fractions in units of 2^-52 (carried into the whole part at the
   * end), and the rows with reach. What {@code exactLoop} measures against {@code columnar}: the
   * price of exactness, apart from the engine's own.
   */
  static long[] exactMeanOfRatiosLoop(Posts p) {
    int groups = Posts.PLATFORMS.length * Posts.DAYS;
    long[] s = new long[groups * 3];
    int[] platform = p.platform;
    int[] day = p.day;
    long[] likes = p.likes;
    long[] comments = p.comments;
    long[] shares = p.shares;
    long[] reach = p.reach;
    for (int i = 0; i < p.rows; i++) {
      long r = reach[i];
      if (r != 0) {
        int g = (platform[i] * Posts.DAYS + day[i]) * 3;
        long n = likes[i] + comments[i] + shares[i];
        long whole = n / r;
        s[g] += whole;
        s[g + 1] += Math.round((double) (n - whole * r) / r * 0x1p52);
        s[g + 2]++;
      }
    }
    for (int g = 0; g < s.length; g += 3) {
      s[g] += s[g + 1] >> 52;
      s[g + 1] &= (1L << 52) - 1;
    }
    return s;
  }

  /** Per group: six sums, numerator and denominator of each KPI. */
  static long[] threeKpisLoop(Posts p) {
    int groups = Posts.PLATFORMS.length * Posts.DAYS;
    long[] s = new long[groups * 6];
    int[] platform = p.platform;
    int[] day = p.day;
    long[] likes = p.likes;
    long[] comments = p.comments;
    long[] shares = p.shares;
    long[] reach = p.reach;
    long[] clicks = p.clicks;
    long[] impressions = p.impressions;
    long[] spend = p.spendCents;
    for (int i = 0; i < p.rows; i++) {
      int g = (platform[i] * Posts.DAYS + day[i]) * 6;
      long c = clicks[i];
      s[g] += likes[i] + comments[i] + shares[i];
      s[g + 1] += reach[i];
      s[g + 2] += c;
      s[g + 3] += impressions[i];
      s[g + 4] += spend[i];
      s[g + 5] += c;
    }
    return s;
  }
}
