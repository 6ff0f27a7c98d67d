package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Property;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The checked one-pass loops (inline group ids, and the fused loops of the general path) on values
 * large enough that {@link OverflowProof} cannot prove the sums safe: every result is compared with
 * exact sums, and every overflow must be the error naming the row or the chunk, never a wrapped
 * figure. Each way a sum can wrap (a row's partial numerator, its whole numerator, the group's
 * numerator sum, its denominator sum) is checked alone, for 1 to 4 numerator columns, on both
 * paths.
 */
class CheckedLoopsOverflowTest {

  private static final long MAX = Long.MAX_VALUE;
  private static final BigInteger BIG_MAX = BigInteger.valueOf(MAX);
  private static final List<MetricId> NUMERATOR =
      List.of(CoreMetrics.LIKES, CoreMetrics.COMMENTS, CoreMetrics.SHARES, CoreMetrics.SAVES);
  private static final String[] PLATFORMS = {"facebook", "instagram", "x"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
  private static final String TOO_BIG =
      " overflows a long (outside -9223372036854775808 to 9223372036854775807) in ";

  /**
   * A table: per row its platform code (-1 for none), day offset, four numerator values, the
   * denominator (reach) and a small total column (clicks).
   */
  @SuppressWarnings("ArrayRecordComponent") // a test input, never compared or hashed
  record Rows(int[] platform, int[] day, long[][] numerator, long[] reach, long[] clicks) {

    int count() {
      return reach.length;
    }

    MetricTable table() {
      int[] epochDays = new int[count()];
      for (int r = 0; r < count(); r++) {
        epochDays[r] = (int) FIRST_DAY.toEpochDay() + day[r];
      }
      var b =
          MetricTable.columns(count())
              .dimension(Dimension.PLATFORM, PLATFORMS, platform)
              .dates(epochDays);
      for (int t = 0; t < NUMERATOR.size(); t++) {
        b.measure(Measure.count(NUMERATOR.get(t)), numerator[t]);
      }
      return b.measure(Measure.count(CoreMetrics.REACH), reach)
          .measure(Measure.count(CoreMetrics.CLICKS), clicks)
          .build();
    }

    GroupKey keyOf(int r) {
      String p = platform[r] < 0 ? null : PLATFORMS[platform[r]];
      return GroupKey.of(
          List.of(Dimension.PLATFORM),
          Arrays.asList(p),
          TimeBucket.DAY,
          FIRST_DAY.plusDays(day[r]));
    }
  }

  /** Rows all of one group (facebook, the first day), from {@code {a, b, c, d, reach}} each. */
  private static Rows oneGroup(long[]... rows) {
    int n = rows.length;
    long[][] numerator = new long[4][n];
    long[] reach = new long[n];
    for (int r = 0; r < n; r++) {
      for (int t = 0; t < 4; t++) {
        numerator[t][r] = rows[r][t];
      }
      reach[r] = rows[r][4];
    }
    return new Rows(new int[n], new int[n], numerator, reach, new long[n]);
  }

  /**
   * The query: one KPI summing the first {@code columns} numerator columns over reach, by platform
   * and day. With {@code inline} there is nothing else, so the engine computes group ids inline;
   * otherwise a total of clicks sends it through the general path's fused loops.
   */
  private static KpiQuery query(int columns, boolean inline) {
    List<MetricId> terms = NUMERATOR.subList(0, columns);
    RatioKpi kpi =
        RatioKpi.builder(MetricId.of("k0"))
            .numerator(
                LinearSum.of(terms.get(0), terms.subList(1, columns).toArray(MetricId[]::new)))
            .denominator(LinearSum.of(CoreMetrics.REACH))
            .build();
    KpiQuery.Builder b =
        KpiQuery.builder().kpis(kpi).groupBy(Dimension.PLATFORM).bucket(TimeBucket.DAY);
    if (!inline) {
      b.totals(CoreMetrics.CLICKS);
    }
    return b.build();
  }

  /** Rows, numerator and denominator sums, and clicks, per group, exactly. */
  private static Map<GroupKey, BigInteger[]> exactSums(Rows rows, int columns, int from, int to) {
    Map<GroupKey, BigInteger[]> sums = new TreeMap<>();
    for (int r = from; r < to; r++) {
      BigInteger[] s =
          sums.computeIfAbsent(
              rows.keyOf(r),
              k ->
                  new BigInteger[] {
                    BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO
                  });
      s[0] = s[0].add(BigInteger.ONE);
      for (int t = 0; t < columns; t++) {
        s[1] = s[1].add(BigInteger.valueOf(rows.numerator()[t][r]));
      }
      s[2] = s[2].add(BigInteger.valueOf(rows.reach()[r]));
      s[3] = s[3].add(BigInteger.valueOf(rows.clicks()[r]));
    }
    return sums;
  }

  /**
   * The error the engine must raise, chunk by chunk as it reads the rows: first a row whose
   * numerator passes the limit (at the first column where one does, the first such row), then a
   * group whose sum passes it by the end of the chunk; null if none.
   */
  private static @Nullable String expectedError(Rows rows, int columns) {
    for (int start = 0; start < rows.count(); start += Engine.CHUNK) {
      int end = Math.min(rows.count(), start + Engine.CHUNK);
      for (int t = 1; t < columns; t++) {
        for (int r = start; r < end; r++) {
          BigInteger prefix = BigInteger.ZERO;
          for (int u = 0; u <= t; u++) {
            prefix = prefix.add(BigInteger.valueOf(rows.numerator()[u][r]));
          }
          if (prefix.compareTo(BIG_MAX) > 0) {
            return "numerator of KPI 'k0'" + TOO_BIG + "row " + r;
          }
        }
      }
      for (BigInteger[] s : exactSums(rows, columns, 0, end).values()) {
        if (s[1].compareTo(BIG_MAX) > 0 || s[2].compareTo(BIG_MAX) > 0) {
          return "sum of KPI 'k0'" + TOO_BIG + "rows " + start + " to " + (end - 1);
        }
      }
    }
    return null;
  }

  private static void checkAgainstExactSums(Rows rows, int columns, boolean inline) {
    KpiQuery query = query(columns, inline);
    MetricTable table = rows.table();
    String error = expectedError(rows, columns);
    if (error != null) {
      assertThatThrownBy(() -> Engine.aggregate(query, table, 1))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage(error);
      return;
    }
    Map<GroupKey, long[]> actual = Engine.aggregate(query, table, 1).groups();
    Map<GroupKey, BigInteger[]> expected = exactSums(rows, columns, 0, rows.count());
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    int base = Layout.kpi(0);
    for (Map.Entry<GroupKey, BigInteger[]> e : expected.entrySet()) {
      long[] state = Objects.requireNonNull(actual.get(e.getKey()), "no group " + e.getKey());
      BigInteger[] s = e.getValue();
      assertThat(state[Layout.ROWS]).as("rows of %s", e.getKey()).isEqualTo(s[0].longValueExact());
      assertThat(state[base + Layout.A])
          .as("numerator of %s", e.getKey())
          .isEqualTo(s[1].longValueExact());
      assertThat(state[base + Layout.B])
          .as("denominator of %s", e.getKey())
          .isEqualTo(s[2].longValueExact());
      if (!inline) {
        assertThat(state[Layout.total(1, 0)])
            .as("clicks of %s", e.getKey())
            .isEqualTo(s[3].longValueExact());
      }
    }
  }

  private static void onBothPaths(Rows rows, int columns) {
    checkAgainstExactSums(rows, columns, true);
    checkAgainstExactSums(rows, columns, false);
  }

  @Test
  void aGroupsNumeratorSumPassingTheLimitIsAnErrorNamingTheChunk() {
    Rows rows = oneGroup(new long[] {MAX, 0, 0, 0, 1}, new long[] {1, 0, 0, 0, 1});
    for (int columns = 1; columns <= 4; columns++) {
      onBothPaths(rows, columns);
    }
    assertThatThrownBy(() -> Engine.aggregate(query(1, true), rows.table(), 1))
        .hasMessage("sum of KPI 'k0'" + TOO_BIG + "rows 0 to 1");
  }

  @Test
  void aGroupsDenominatorSumPassingTheLimitIsAnError() {
    for (int columns = 1; columns <= 4; columns++) {
      onBothPaths(oneGroup(new long[] {1, 0, 0, 0, MAX}, new long[] {1, 0, 0, 0, 1}), columns);
    }
  }

  @Test
  void aSumPassingTheLimitByMoreThanHalfOfItIsStillAnError() {
    // Wrapped, the sum is 2^62 less than the limit; the chunk must be undone exactly before the
    // checked adds, or they would start from a figure that cannot overflow again.
    long over = (1L << 62) + 1;
    for (int columns = 1; columns <= 4; columns++) {
      onBothPaths(oneGroup(new long[] {MAX, 0, 0, 0, 1}, new long[] {over, 0, 0, 0, 1}), columns);
      onBothPaths(oneGroup(new long[] {1, 0, 0, 0, MAX}, new long[] {1, 0, 0, 0, over}), columns);
    }
  }

  @Test
  void aRowWhoseTwoColumnsPassTheLimitIsAnErrorNamingTheRow() {
    // The row's numerator wraps to -2, and with the group's earlier 2 its group sum wraps to 0:
    // only the row's own sum is negative.
    Rows rows = oneGroup(new long[] {2, 0, 0, 0, 1}, new long[] {MAX, MAX, 0, 0, 1});
    for (int columns = 2; columns <= 4; columns++) {
      onBothPaths(rows, columns);
    }
    assertThatThrownBy(() -> Engine.aggregate(query(2, true), rows.table(), 1))
        .hasMessage("numerator of KPI 'k0'" + TOO_BIG + "row 1");
  }

  @Test
  void aRowWhoseFirstTwoColumnsPassTheLimitIsAnErrorEvenIfTheRestWrapsBack() {
    // a + b wraps to -2, + c = 2 brings it back to 0: only the first partial sum is negative.
    for (int columns = 3; columns <= 4; columns++) {
      onBothPaths(oneGroup(new long[] {MAX, MAX, 2, 0, 1}), columns);
    }
  }

  @Test
  void aRowWhoseFirstThreeColumnsPassTheLimitIsAnError() {
    // a + b fits, a + b + c wraps to -2, + d = 2 brings it back to 0.
    onBothPaths(oneGroup(new long[] {MAX, 0, MAX, 2, 1}), 4);
    // Only the whole numerator wraps, to -2, and the group's earlier 2 brings its sum to 0.
    onBothPaths(oneGroup(new long[] {2, 0, 0, 0, 1}, new long[] {MAX, 0, 0, MAX, 1}), 4);
    onBothPaths(oneGroup(new long[] {2, 0, 0, 0, 1}, new long[] {MAX, 0, MAX, 0, 1}), 3);
  }

  @Test
  void aGroupThatPassesTheLimitInALaterChunkIsAnErrorNamingThatChunk() {
    // The group is near the limit after the first chunk and passes it in the second; the group
    // with no platform on the first day, id 0, has no rows at all.
    int n = Engine.CHUNK + 1;
    long[][] rows = new long[n][5];
    rows[0] = new long[] {MAX - 1, 0, 0, 0, 1};
    rows[Engine.CHUNK] = new long[] {2, 0, 0, 0, 1};
    Rows table = oneGroup(rows);
    for (int columns = 1; columns <= 4; columns++) {
      onBothPaths(table, columns);
    }
    assertThatThrownBy(() -> Engine.aggregate(query(1, true), table.table(), 1))
        .hasMessage("sum of KPI 'k0'" + TOO_BIG + "rows 1024 to 1024");
  }

  @Test
  void aGroupsDenominatorPassingTheLimitInALaterChunkByMoreThanHalfOfItIsAnError() {
    // The group has a row in the first chunk, so its local sums are folded into the state when
    // the second chunk is undone: the undo must restore them exactly.
    int n = Engine.CHUNK + 2;
    long[][] rows = new long[n][5];
    rows[0] = new long[] {1, 0, 0, 0, 1};
    rows[Engine.CHUNK] = new long[] {1, 0, 0, 0, MAX};
    rows[Engine.CHUNK + 1] = new long[] {1, 0, 0, 0, (1L << 62) + 1};
    Rows table = oneGroup(rows);
    for (int columns = 1; columns <= 4; columns++) {
      onBothPaths(table, columns);
    }
    rows[Engine.CHUNK] = new long[] {MAX, 0, 0, 0, 1};
    rows[Engine.CHUNK + 1] = new long[] {(1L << 62) + 1, 0, 0, 0, 1};
    onBothPaths(oneGroup(rows), 1);
  }

  @Test
  void aGroupWhoseFirstChunkHasNoDenominatorIsSummedExactlyOnceItHasOne() {
    // A huge numerator keeps the proof from holding; the first chunk adds nothing to the
    // denominator, the second does, and no sum passes the limit.
    int n = 2 * Engine.CHUNK;
    long[][] rows = new long[n][5];
    rows[0] = new long[] {MAX / 2, 0, 0, 0, 0};
    for (int r = Engine.CHUNK; r < n; r++) {
      rows[r] = new long[] {1, 2, 3, 4, r};
    }
    Rows table = oneGroup(rows);
    for (int columns = 1; columns <= 4; columns++) {
      onBothPaths(table, columns);
    }
  }

  @Test
  void aTotalPassingTheLimitIsAnErrorNamingTheTotalAndTheChunk() {
    Rows rows = oneGroup(new long[] {1, 0, 0, 0, 1}, new long[] {1, 0, 0, 0, 1});
    rows.clicks()[0] = MAX;
    rows.clicks()[1] = 1;
    assertThatThrownBy(() -> Engine.aggregate(query(1, false), rows.table(), 1))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("total of 'clicks'" + TOO_BIG + "rows 0 to 1");
  }

  @Test
  void largeValuesThatFitAreSummedExactlyByGroup() {
    // Too large for the proof (three rows of a quarter of the limit could pass it if they met in
    // one group), but spread over groups so that none does.
    long quarter = MAX / 4;
    int n = 3 * Engine.CHUNK;
    long[][] numerator = new long[4][n];
    long[] reach = new long[n];
    int[] platform = new int[n];
    int[] day = new int[n];
    for (int r = 0; r < n; r++) {
      platform[r] = r % 4 - 1;
      day[r] = r % 7;
      for (int t = 0; t < 4; t++) {
        numerator[t][r] = r < 28 ? quarter / 4 - t : 3L * r + t;
      }
      reach[r] = r < 28 ? quarter : r;
    }
    Rows rows = new Rows(platform, day, numerator, reach, new long[n]);
    for (int columns = 1; columns <= 4; columns++) {
      onBothPaths(rows, columns);
    }
  }

  private static final long[] HUGE = {
    MAX, MAX - 1, MAX / 2, MAX / 2 + 1, 1L << 62, (1L << 62) + 1, MAX / 3, 2
  };

  private static long huge(SplittableRandom random) {
    return random.nextBoolean() ? HUGE[random.nextInt(HUGE.length)] : random.nextLong(MAX);
  }

  /** One generated case: rows with some huge values, the numerator's width, the path. */
  record Case(Rows rows, int columns, boolean inline) {}

  private static final Gen<Case> CASES =
      random -> {
        int n = random.nextInt(4) == 0 ? 1 + random.nextInt(30) : 1 + random.nextInt(2_600);
        int days = 1 + random.nextInt(random.nextBoolean() ? 3 : 30);
        int[] hugeOneIn = {20, 300, 3_000, 1_000_000};
        int rarity = hugeOneIn[random.nextInt(hugeOneIn.length)];
        int[] platform = new int[n];
        int[] day = new int[n];
        long[][] numerator = new long[4][n];
        long[] reach = new long[n];
        long[] clicks = new long[n];
        for (int r = 0; r < n; r++) {
          platform[r] = random.nextInt(PLATFORMS.length + 1) - 1;
          day[r] = random.nextInt(days);
          for (long[] column : numerator) {
            column[r] = random.nextInt(rarity) == 0 ? huge(random) : random.nextInt(1_000);
          }
          reach[r] = random.nextInt(rarity) == 0 ? MAX / 2 + 1 : random.nextInt(1_000_000);
          clicks[r] = random.nextInt(1_000);
        }
        return new Case(
            new Rows(platform, day, numerator, reach, clicks),
            1 + random.nextInt(4),
            random.nextBoolean());
      };

  @Test
  void everyResultIsTheExactSumOrTheErrorOfTheFirstOverflow() {
    Property.named("checked loops: exact sums by group, or the first overflow's error")
        .forAll(CASES, c -> checkAgainstExactSums(c.rows(), c.columns(), c.inline()));
  }

  @Test
  void theExpectedErrorsOfTheReferenceAreTheOnesOfItsDefinition() {
    // The reference itself: a row's partial numerator is found before a group's sum.
    Rows rows = oneGroup(new long[] {MAX, 0, 0, 0, 1}, new long[] {MAX, MAX, 0, 0, 1});
    assertThat(expectedError(rows, 2)).isEqualTo("numerator of KPI 'k0'" + TOO_BIG + "row 1");
    assertThat(expectedError(rows, 1)).isEqualTo("sum of KPI 'k0'" + TOO_BIG + "rows 0 to 1");
    assertThat(expectedError(oneGroup(new long[] {1, 1, 1, 1, 1}), 4)).isNull();
    assertThat(new ArrayList<>(exactSums(rows, 2, 0, 2).values()).get(0)[1])
        .isEqualTo(BIG_MAX.multiply(BigInteger.valueOf(3)));
  }
}
