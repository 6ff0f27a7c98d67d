package dev.northstar.benchmarks;

import dev.northstar.benchmarks.Posts.Post;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.table.MetricTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
import java.util.stream.Collectors;
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
 * Benchmarks 1 and 2: the engagement rate by reach, {@code (likes + comments + shares) / reach} as
 * a ratio of sums, by platform and day (8 x 365 = 2,920 groups) over {@link #rows} post rows in
 * random order. One operation is one row: the score is nanoseconds per row.
 *
 * <ul>
 *   <li>{@code columnar}: Northstar's engine on a {@link MetricTable} built from arrays.
 *   <li>{@code primitiveLoop}: a hand-written loop over the same primitive arrays (the limit).
 *   <li>{@code countingLoop}: the same loop, also counting each group's rows, which the engine's
 *       result holds ({@code KpiRow.rows()}) and the limit does not compute: the limit for the
 *       engine's result.
 *   <li>{@code shapeLoop}: the counting loop with the group layout read at run time, not folded in
 *       as compile-time constants: what a loop not written for one data set does.
 *   <li>{@code streams}: {@code Collectors.groupingBy} over a list of records.
 *   <li>{@code recordLoop}: an index loop over the same records into a {@code HashMap}.
 *   <li>{@code recordLimit}: a hand-written index loop over the same records into primitive arrays
 *       indexed by platform and day (the limit for input as records: it reads what the row-object
 *       API reads, and builds nothing).
 *   <li>{@code rowObjects}: Northstar's row-object API, the records through {@code
 *       MetricTable.fromRows} and then the query (building the table is measured).
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
public class GroupByBenchmark {

  /** The rows of the measured data; the score is per row, for this count. */
  static final int ROWS = 10_000_000;

  @Param({
    "columnar",
    "primitiveLoop",
    "countingLoop",
    "shapeLoop",
    "streams",
    "recordLoop",
    "recordLimit",
    "rowObjects"
  })
  String contender = "columnar";

  /** Fewer rows for a smoke run only; the per-row score assumes {@link #ROWS}. */
  @Param({"10000000"})
  int rows = ROWS;

  private Posts posts = new Posts(0);
  private MetricTable table = new Posts(0).table();
  private List<Post> records = List.of();
  private KpiQuery query = Posts.errByPlatformAndDay();
  private GroupShape shape = GroupShape.of(new Posts(0));

  @Setup(Level.Trial)
  public void setUp() {
    posts = new Posts(rows);
    query = Posts.errByPlatformAndDay();
    if (contender.equals("columnar")) {
      table = posts.table();
    }
    if (contender.equals("shapeLoop")) {
      shape = GroupShape.of(posts);
    }
    if (contender.equals("streams")
        || contender.equals("recordLoop")
        || contender.equals("recordLimit")
        || contender.equals("rowObjects")) {
      records = posts.records();
    }
  }

  /** Runs the contender of this trial. */
  @Benchmark
  public Object groupBy() {
    return switch (contender) {
      case "columnar" -> query.run(table);
      case "primitiveLoop" -> primitiveLoop(posts);
      case "countingLoop" -> countingLoop(posts);
      case "shapeLoop" -> shapeLoop(posts, shape);
      case "streams" -> streams(records);
      case "recordLoop" -> recordLoop(records);
      case "recordLimit" -> recordLimit(records);
      case "rowObjects" -> query.run(MetricTable.fromRows(records, Posts.MAPPING));
      default -> throw new IllegalStateException("unknown contender " + contender);
    };
  }

  /** The per-group numerator and denominator sums, indexed {@code platform * 365 + day}. */
  static final class Sums {
    final long[] numerator;
    final long[] denominator;

    Sums(long[] numerator, long[] denominator) {
      this.numerator = numerator;
      this.denominator = denominator;
    }
  }

  /** The limit: one fused pass over primitive arrays, without overflow checks. */
  static Sums primitiveLoop(Posts p) {
    int groups = Posts.PLATFORMS.length * Posts.DAYS;
    long[] num = new long[groups];
    long[] den = new long[groups];
    int[] platform = p.platform;
    int[] day = p.day;
    long[] likes = p.likes;
    long[] comments = p.comments;
    long[] shares = p.shares;
    long[] reach = p.reach;
    for (int i = 0; i < p.rows; i++) {
      int g = platform[i] * Posts.DAYS + day[i];
      num[g] += likes[i] + comments[i] + shares[i];
      den[g] += reach[i];
    }
    return new Sums(num, den);
  }

  /**
   * The limit for the engine's result: the loop of {@link #primitiveLoop}, also counting rows, into
   * one array of three slots per group (numerator, denominator, rows).
   */
  static CountedSums countingLoop(Posts p) {
    int groups = Posts.PLATFORMS.length * Posts.DAYS;
    long[] sums = new long[3 * groups];
    int[] platform = p.platform;
    int[] day = p.day;
    long[] likes = p.likes;
    long[] comments = p.comments;
    long[] shares = p.shares;
    long[] reach = p.reach;
    for (int i = 0; i < p.rows; i++) {
      int g = 3 * (platform[i] * Posts.DAYS + day[i]);
      sums[g] += likes[i] + comments[i] + shares[i];
      sums[g + 1] += reach[i];
      sums[g + 2]++;
    }
    return new CountedSums(sums);
  }

  /**
   * The group layout of {@link #shapeLoop}, found in the data at setup as a general loop must,
   * where the other loops use the compile-time constants of {@link Posts}.
   */
  static final class GroupShape {
    final int firstDay;
    final int days;
    final int groups;

    private GroupShape(int firstDay, int days, int groups) {
      this.firstDay = firstDay;
      this.days = days;
      this.groups = groups;
    }

    /** The shape of the data: the day range and the number of platforms seen. */
    static GroupShape of(Posts p) {
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      int platforms = 0;
      for (int i = 0; i < p.rows; i++) {
        first = Math.min(first, p.epochDay[i]);
        last = Math.max(last, p.epochDay[i]);
        platforms = Math.max(platforms, p.platform[i] + 1);
      }
      int days = p.rows == 0 ? 0 : last - first + 1;
      return new GroupShape(p.rows == 0 ? 0 : first, days, platforms * days);
    }
  }

  /**
   * The loop of {@link #countingLoop} over epoch days, with the layout read from a {@link
   * GroupShape} at run time: what a loop not written for one data set does, and what the engine's
   * loop does. Beside {@code countingLoop} it measures the price of not knowing the layout when the
   * loop is compiled.
   */
  static CountedSums shapeLoop(Posts p, GroupShape shape) {
    int days = shape.days;
    int offset = -shape.firstDay;
    long[] sums = new long[3 * shape.groups];
    int[] platform = p.platform;
    int[] epochDay = p.epochDay;
    long[] likes = p.likes;
    long[] comments = p.comments;
    long[] shares = p.shares;
    long[] reach = p.reach;
    for (int i = 0; i < p.rows; i++) {
      int g = 3 * (platform[i] * days + epochDay[i] + offset);
      sums[g] += likes[i] + comments[i] + shares[i];
      sums[g + 1] += reach[i];
      sums[g + 2]++;
    }
    return new CountedSums(sums);
  }

  /** The per-group sums and row counts of {@link #countingLoop}, three slots per group. */
  static final class CountedSums {
    final long[] slots;

    CountedSums(long[] slots) {
      this.slots = slots;
    }

    long numerator(int group) {
      return slots[3 * group];
    }

    long denominator(int group) {
      return slots[3 * group + 1];
    }

    long rows(int group) {
      return slots[3 * group + 2];
    }
  }

  /** The limit for records: one pass over the records into primitive arrays. */
  static Sums recordLimit(List<Post> records) {
    int groups = Posts.PLATFORMS.length * Posts.DAYS;
    long[] num = new long[groups];
    long[] den = new long[groups];
    long first = Posts.firstEpochDay();
    for (int i = 0; i < records.size(); i++) {
      Post p = records.get(i);
      int g = platformIndex(p.platform()) * Posts.DAYS + (int) (p.date().toEpochDay() - first);
      num[g] += p.likes() + p.comments() + p.shares();
      den[g] += p.reach();
    }
    return new Sums(num, den);
  }

  /** The index of a platform id: by identity first, as the records share the instances. */
  @SuppressWarnings("ReferenceEquality") // identity first on purpose, then equals
  private static int platformIndex(String platform) {
    String[] platforms = Posts.PLATFORMS;
    for (int i = 0; i < platforms.length; i++) {
      if (platforms[i] == platform) {
        return i;
      }
    }
    for (int i = 0; i < platforms.length; i++) {
      if (platforms[i].equals(platform)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown platform " + platform);
  }

  static Map<Posts.Key, long[]> streams(List<Post> records) {
    return records.stream()
        .collect(
            Collectors.groupingBy(
                p -> new Posts.Key(p.platform(), p.date()),
                Collector.of(
                    () -> new long[2],
                    (long[] a, Post p) -> {
                      a[0] += p.likes() + p.comments() + p.shares();
                      a[1] += p.reach();
                    },
                    (long[] a, long[] b) -> {
                      a[0] += b[0];
                      a[1] += b[1];
                      return a;
                    })));
  }

  static Map<Posts.Key, long[]> recordLoop(List<Post> records) {
    Map<Posts.Key, long[]> groups = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      Post p = records.get(i);
      long[] a = groups.computeIfAbsent(new Posts.Key(p.platform(), p.date()), k -> new long[2]);
      a[0] += p.likes() + p.comments() + p.shares();
      a[1] += p.reach();
    }
    return groups;
  }
}
