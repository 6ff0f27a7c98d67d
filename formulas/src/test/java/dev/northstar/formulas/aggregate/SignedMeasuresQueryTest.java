package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.testing.property.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Queries over signed measures (a net follower change, a balance of money) against sums computed
 * here with {@code BigInteger}: totals and KPIs by platform and month, means of ratios with
 * negative numerators, overflow on either side of the range of a {@code long}, and the byte form of
 * a partial aggregate.
 */
class SignedMeasuresQueryTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final MetricId NET_FOLLOWS = MetricId.of("net_follows");
  private static final MetricId BALANCE = MetricId.of("balance");
  private static final long MAX = Long.MAX_VALUE;
  private static final long MIN = Long.MIN_VALUE;
  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
  private static final String[] PLATFORMS = {"facebook", "instagram", "x"};

  private static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .dated()
          .measure(Measure.signedCount(NET_FOLLOWS))
          .measure(Measure.count(CoreMetrics.FOLLOWERS))
          .measure(Measure.signedAmount(BALANCE, USD))
          .build();

  private static final RatioKpi FOLLOW_RATE =
      RatioKpi.parse("follow_rate = net_follows / followers");

  private static KpiQuery query(Aggregation method) {
    return KpiQuery.builder()
        .kpis(FOLLOW_RATE)
        .totals(NET_FOLLOWS, BALANCE)
        .groupBy(Dimension.PLATFORM)
        .bucket(TimeBucket.MONTH)
        .method(method)
        .build();
  }

  private static GroupKey key(@Nullable String platform, LocalDate month) {
    List<@Nullable String> values = new ArrayList<>();
    values.add(platform);
    return GroupKey.of(List.of(Dimension.PLATFORM), values, TimeBucket.MONTH, month);
  }

  /** One generated row: null values are missing. */
  record Row(
      @Nullable String platform,
      LocalDate day,
      long netFollows,
      long followers,
      @Nullable Long balanceCents) {}

  private static MetricTable table(List<Row> rows) {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    for (Row r : rows) {
      if (r.platform() != null) {
        b.dimension(Dimension.PLATFORM, r.platform());
      }
      b.date(r.day())
          .count(NET_FOLLOWS, r.netFollows())
          .count(CoreMetrics.FOLLOWERS, r.followers());
      if (r.balanceCents() != null) {
        b.amount(BALANCE, BigDecimal.valueOf(r.balanceCents(), 2));
      }
      b.endRow();
    }
    return b.build();
  }

  /** What the test expects of one group, computed row by row with exact arithmetic. */
  static final class Expected {
    long rows;
    BigInteger netFollows = BigInteger.ZERO;
    BigInteger followers = BigInteger.ZERO;
    BigInteger balance = BigInteger.ZERO;
    long balanceMissing;
    BigDecimal sumOfRatios = BigDecimal.ZERO;
    long ratios;
    long undefined;

    /** The largest sum of magnitudes: while it fits a long, no order of adds can overflow. */
    BigInteger magnitudes = BigInteger.ZERO;

    void add(Row r) {
      rows++;
      netFollows = netFollows.add(BigInteger.valueOf(r.netFollows()));
      followers = followers.add(BigInteger.valueOf(r.followers()));
      BigInteger abs = BigInteger.valueOf(r.netFollows()).abs();
      if (r.balanceCents() == null) {
        balanceMissing++;
      } else {
        balance = balance.add(BigInteger.valueOf(r.balanceCents()));
        abs = abs.max(BigInteger.valueOf(r.balanceCents()).abs());
      }
      magnitudes = magnitudes.add(abs.max(BigInteger.valueOf(r.followers())));
      if (r.followers() == 0) {
        undefined++;
      } else {
        ratios++;
        sumOfRatios =
            sumOfRatios.add(
                new BigDecimal(r.netFollows())
                    .divide(BigDecimal.valueOf(r.followers()), MathContext.DECIMAL128));
      }
    }

    /** Whether every sum the query keeps fits: a mean of ratios does not sum the followers. */
    boolean fits(Aggregation method) {
      return fitsALong(netFollows)
          && fitsALong(balance)
          && (method == Aggregation.MEAN_OF_RATIOS || fitsALong(followers));
    }

    void check(KpiRow row, Aggregation method) {
      assertThat(row.rows()).isEqualTo(rows);
      MeasureTotal net = row.total(NET_FOLLOWS);
      assertThat(net.sum()).isEqualByComparingTo(new BigDecimal(netFollows));
      assertThat(net.rowsMissing()).isZero();
      MeasureTotal bal = row.total(BALANCE);
      assertThat(bal.sum()).isEqualByComparingTo(new BigDecimal(balance, 2));
      assertThat(bal.rowsMissing()).isEqualTo(balanceMissing);
      assertThat(bal.currency()).contains(USD);
      KpiValue rate = row.value(FOLLOW_RATE.id());
      if (method == Aggregation.RATIO_OF_SUMS) {
        assertThat(rate.ratio().numerator()).isEqualByComparingTo(new BigDecimal(netFollows));
        assertThat(rate.ratio().denominator()).isEqualByComparingTo(new BigDecimal(followers));
        assertThat(rate.isDefined()).isEqualTo(followers.signum() > 0);
        assertThat(rate.rowsCounted()).isEqualTo(rows);
      } else {
        assertThat(rate.rowsCounted()).isEqualTo(ratios);
        assertThat(rate.rowsUndefined()).isEqualTo(undefined);
        assertThat(rate.isDefined()).isEqualTo(ratios > 0);
        if (ratios > 0) {
          BigDecimal expected =
              sumOfRatios.divide(BigDecimal.valueOf(ratios), MathContext.DECIMAL128);
          BigDecimal actual = rate.value().orElseThrow();
          BigDecimal tolerance =
              expected.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-12"));
          assertThat(actual.subtract(expected).abs())
              .as("mean of ratios %s, expected %s", actual, expected)
              .isLessThanOrEqualTo(tolerance);
        }
      }
    }
  }

  private static boolean fitsALong(BigInteger x) {
    return x.bitLength() < 64;
  }

  private static Map<GroupKey, Expected> expected(List<Row> rows) {
    Map<GroupKey, Expected> groups = new HashMap<>();
    for (Row r : rows) {
      GroupKey k = key(r.platform(), TimeBucket.MONTH.start(r.day()));
      groups.computeIfAbsent(k, x -> new Expected()).add(r);
    }
    return groups;
  }

  /** How values are made, each with what it promises of the sums. */
  enum Size {
    /** Small values of either sign: every sum fits, in any order of adds. */
    SMALL,
    /** Values of one sign, an eighth of the limit or more, many rows: a total leaves the range. */
    LARGE,
    /**
     * Pairs of rows of one group whose values cancel, each near the limit: every total fits, but
     * the sums of magnitudes do not, so a running sum may pass the limit on the way.
     */
    CANCELLING
  }

  record Case(List<Row> rows, Aggregation method, int threads, Size size) {
    @Override
    public String toString() {
      return rows.size() + " rows, " + method + ", " + threads + " thread(s), " + size;
    }
  }

  private static @Nullable String platform(SplittableRandom random) {
    return random.nextInt(8) == 0 ? null : PLATFORMS[random.nextInt(PLATFORMS.length)];
  }

  private static Case generate(Size size, SplittableRandom random) {
    List<Row> rows = new ArrayList<>();
    switch (size) {
      case SMALL -> {
        int n =
            switch (random.nextInt(3)) {
              case 0 -> random.nextInt(10);
              case 1 -> random.nextInt(200);
              default -> random.nextInt(5000);
            };
        for (int i = 0; i < n; i++) {
          long followers = random.nextInt(6) == 0 ? 0 : random.nextLong(1_000_000);
          Long balance = random.nextInt(5) == 0 ? null : random.nextLong(-1_000_000, 1_000_000);
          rows.add(
              new Row(
                  platform(random),
                  JANUARY.plusDays(random.nextInt(150)),
                  random.nextLong(-1_000_000, 1_000_000),
                  followers,
                  balance));
        }
      }
      case LARGE -> {
        long sign = random.nextBoolean() ? 1 : -1;
        long bound = MAX / (1 + random.nextInt(4));
        // 200 rows or more in 4 platforms (one missing) by 5 months: a group has 9 rows or more.
        for (int i = 200 + random.nextInt(2000); i > 0; i--) {
          rows.add(
              new Row(
                  platform(random),
                  JANUARY.plusDays(random.nextInt(150)),
                  sign * random.nextLong(bound / 2, bound),
                  random.nextInt(6) == 0 ? 0 : random.nextLong(bound),
                  random.nextInt(5) == 0 ? null : sign * random.nextLong(bound / 2, bound)));
        }
      }
      default -> {
        for (int i = 1 + random.nextInt(300); i > 0; i--) {
          String platform = platform(random);
          LocalDate day = JANUARY.plusDays(random.nextInt(150));
          long v = (random.nextBoolean() ? 1 : -1) * random.nextLong(MAX / 2 + 1, MAX);
          Long b = random.nextInt(5) == 0 ? null : random.nextLong(-MAX, MAX);
          rows.add(new Row(platform, day, v, random.nextLong(1_000_000), b));
          rows.add(new Row(platform, day, -v, random.nextLong(1_000_000), b == null ? null : -b));
        }
        if (random.nextBoolean()) {
          java.util.Collections.shuffle(rows, new java.util.Random(random.nextLong()));
        }
      }
    }
    Aggregation method =
        random.nextBoolean() ? Aggregation.RATIO_OF_SUMS : Aggregation.MEAN_OF_RATIOS;
    return new Case(rows, method, 1 + random.nextInt(2), size);
  }

  @Test
  void totalsAndKpisOfSignedColumnsEqualBigIntegerSumsOrOverflowLoudly() {
    for (Size size : Size.values()) {
      Property.named("signed totals and KPIs by platform and month equal BigInteger sums: " + size)
          .scaledTries(size == Size.SMALL ? 100 : 50)
          .forAll(random -> generate(size, random), SignedMeasuresQueryTest::check);
    }
  }

  private static void check(Case c) {
    Map<GroupKey, Expected> expected = expected(c.rows());
    MetricTable table = table(c.rows());
    KpiQuery q = query(c.method());
    boolean fits = expected.values().stream().allMatch(e -> e.fits(c.method()));
    boolean fitsInAnyOrder = expected.values().stream().allMatch(e -> fitsALong(e.magnitudes));
    // What each size promises, so that each property tests what it says.
    switch (c.size()) {
      case SMALL -> assertThat(fitsInAnyOrder).as("small values fit in any order").isTrue();
      case LARGE -> assertThat(fits).as("large values of one sign leave the range").isFalse();
      case CANCELLING -> {
        assertThat(fits).as("cancelling values fit").isTrue();
        assertThat(fitsInAnyOrder).as("but not their magnitudes").isFalse();
      }
    }
    if (!fits) {
      assertThatThrownBy(() -> q.run(table, c.threads()))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("overflows a long");
      return;
    }
    KpiTable result;
    try {
      result = q.run(table, c.threads());
    } catch (ArithmeticException e) {
      // Only a running sum may pass the range on the way to a total that fits it.
      assertThat(fitsInAnyOrder).as("overflow with sums of magnitudes that fit").isFalse();
      assertThat(e.getMessage()).contains("overflows a long");
      return;
    }
    assertThat(result.rows()).hasSize(expected.size());
    for (Map.Entry<GroupKey, Expected> e : expected.entrySet()) {
      e.getValue().check(result.row(e.getKey()).orElseThrow(), c.method());
    }
  }

  @Test
  void aHandMadeTableGivesItsSignedTotalsAndKpisByPlatformAndMonth() {
    LocalDate february = JANUARY.plusMonths(1);
    List<Row> rows =
        List.of(
            new Row("facebook", JANUARY.plusDays(3), -40, 1000, -1250L),
            new Row("facebook", JANUARY.plusDays(20), 15, 1000, 500L),
            new Row("x", JANUARY.plusDays(4), 7, 200, null),
            new Row("facebook", february.plusDays(1), -3, 0, -1L),
            new Row("x", february, -9, 300, 0L));
    KpiTable result = query(Aggregation.RATIO_OF_SUMS).run(table(rows));
    KpiRow january = result.row(key("facebook", JANUARY)).orElseThrow();
    assertThat(january.total(NET_FOLLOWS).sum()).isEqualByComparingTo("-25");
    assertThat(january.total(BALANCE).sum()).isEqualByComparingTo("-7.50");
    assertThat(january.total(BALANCE).format()).contains("-7.50");
    assertThat(january.value(FOLLOW_RATE.id()).value().orElseThrow())
        .isEqualByComparingTo("-0.0125");
    KpiRow xInFebruary = result.row(key("x", february)).orElseThrow();
    assertThat(xInFebruary.value(FOLLOW_RATE.id()).value().orElseThrow())
        .isEqualByComparingTo("-0.03");
    KpiRow facebookInFebruary = result.row(key("facebook", february)).orElseThrow();
    assertThat(facebookInFebruary.value(FOLLOW_RATE.id()).isDefined()).isFalse();
    assertThat(facebookInFebruary.total(NET_FOLLOWS).sum()).isEqualByComparingTo("-3");
    // The same through the checked comparison of the test's own sums.
    Map<GroupKey, Expected> expected = expected(rows);
    for (Map.Entry<GroupKey, Expected> e : expected.entrySet()) {
      e.getValue().check(result.row(e.getKey()).orElseThrow(), Aggregation.RATIO_OF_SUMS);
    }
  }

  @Test
  void aMeanOfRatiosTakesNegativeNumeratorsExactly() {
    // Ratios -3/4, 5/8, -7/2 and 1/0 (undefined): the mean of the three defined ones.
    List<Row> rows =
        List.of(
            new Row("x", JANUARY, -3, 4, 0L),
            new Row("x", JANUARY.plusDays(1), 5, 8, 0L),
            new Row("x", JANUARY.plusDays(2), -7, 2, 0L),
            new Row("x", JANUARY.plusDays(3), 1, 0, 0L),
            new Row("facebook", JANUARY, -1, 3, 0L));
    KpiTable result = query(Aggregation.MEAN_OF_RATIOS).run(table(rows));
    KpiValue x = result.row(key("x", JANUARY)).orElseThrow().value(FOLLOW_RATE.id());
    BigDecimal expected =
        new BigDecimal("-0.75")
            .add(new BigDecimal("0.625"))
            .add(new BigDecimal("-3.5"))
            .divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
    assertThat(x.rowsCounted()).isEqualTo(3);
    assertThat(x.rowsUndefined()).isEqualTo(1);
    assertThat(x.value().orElseThrow().subtract(expected).abs())
        .isLessThanOrEqualTo(new BigDecimal("1e-14"));
    assertThat(x.value().orElseThrow().signum()).isNegative();
    KpiValue facebook = result.row(key("facebook", JANUARY)).orElseThrow().value(FOLLOW_RATE.id());
    assertThat(
            facebook
                .value()
                .orElseThrow()
                .subtract(
                    BigDecimal.ONE.negate().divide(BigDecimal.valueOf(3), MathContext.DECIMAL128))
                .abs())
        .isLessThanOrEqualTo(new BigDecimal("1e-14"));
  }

  private static List<Row> oneGroup(long... netFollows) {
    List<Row> rows = new ArrayList<>();
    for (long v : netFollows) {
      rows.add(new Row("x", JANUARY, v, 1, 0L));
    }
    return rows;
  }

  private static KpiQuery totalOnly() {
    return KpiQuery.builder().totals(NET_FOLLOWS).groupBy(Dimension.PLATFORM).build();
  }

  private static KpiQuery kpiOnly() {
    return KpiQuery.builder().kpis(FOLLOW_RATE).groupBy(Dimension.PLATFORM).build();
  }

  @Test
  void sumsPastEitherEndOfTheRangeOfALongAreArithmeticExceptionsNeverAWrap() {
    for (long[] values :
        List.of(
            new long[] {MAX, 1},
            new long[] {MIN, -1},
            new long[] {MIN + 5, -3, -3},
            new long[] {-1, MIN},
            new long[] {MAX / 2 + 1, 3, MAX / 2 + 1})) {
      MetricTable t = table(oneGroup(values));
      assertThatThrownBy(() -> totalOnly().run(t))
          .as("total of %s", java.util.Arrays.toString(values))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageStartingWith(
              "total of 'net_follows' overflows a long"
                  + " (outside -9223372036854775808 to 9223372036854775807) in rows");
      assertThatThrownBy(() -> kpiOnly().run(t))
          .as("KPI of %s", java.util.Arrays.toString(values))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageStartingWith(
              "sum of KPI 'follow_rate' overflows a long"
                  + " (outside -9223372036854775808 to 9223372036854775807) in rows");
      assertThatThrownBy(() -> totalOnly().run(t, 2)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Test
  void mixedSignsNearTheLimitsSumExactlyWhileEveryRunningSumFits() {
    // MAX + MIN = -1, then + MAX = MAX - 1: every running sum fits.
    MetricTable t = table(oneGroup(MAX, MIN, MAX));
    KpiTable result = totalOnly().run(t);
    BigInteger expected =
        BigInteger.valueOf(MAX).add(BigInteger.valueOf(MIN)).add(BigInteger.valueOf(MAX));
    assertThat(result.rows().get(0).total(NET_FOLLOWS).sum())
        .isEqualByComparingTo(new BigDecimal(expected));
    // MIN, -1, MAX - 1, -2, -1.
    long[] values = {MIN, MAX, MAX, MIN, 1};
    MetricTable down = table(oneGroup(values));
    BigInteger sum = BigInteger.ZERO;
    for (long v : values) {
      sum = sum.add(BigInteger.valueOf(v));
    }
    assertThat(kpiOnly().run(down).rows().get(0).value(FOLLOW_RATE.id()).ratio().numerator())
        .isEqualByComparingTo(new BigDecimal(sum));
    // A running sum that passes the range throws, even where the rows after it would come back.
    assertThatThrownBy(() -> totalOnly().run(table(oneGroup(MAX, MAX, MIN))))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aSignedMeasureInADenominatorIsRefusedNamingTheKpiAndTheMeasure() {
    MetricTable t = table(oneGroup(-1, 2));
    KpiQuery q =
        KpiQuery.builder().kpis(RatioKpi.parse("per_net = followers / net_follows")).build();
    assertThatThrownBy(() -> q.run(t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "denominator of KPI 'per_net' reads signed measure net_follows[signed], whose values"
                + " may be negative; a denominator must be zero or more, so a signed measure may"
                + " only be in a numerator or a total");
    KpiQuery mixed =
        KpiQuery.builder()
            .kpis(RatioKpi.parse("per_both = followers / (followers + net_follows)"))
            .build();
    assertThatThrownBy(() -> mixed.run(t)).hasMessageContaining("'per_both' reads signed measure");
  }

  @Test
  void aPartialAggregateOfASignedTableRoundTripsThroughItsBytes() throws IOException {
    SplittableRandom random = new SplittableRandom(21);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      rows.add(
          new Row(
              PLATFORMS[i % 3],
              JANUARY.plusDays(random.nextInt(90)),
              random.nextLong(-1_000_000_000L, 1_000_000_000L),
              random.nextLong(1_000_000),
              i % 11 == 0 ? null : random.nextLong(-100_000, 100_000)));
    }
    MetricTable table = table(rows);
    for (Aggregation method : List.of(Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS)) {
      KpiQuery q = query(method);
      PartialAggregate whole = q.aggregate(table);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      whole.writeTo(out);
      PartialAggregate read =
          PartialAggregate.readFrom(q, new ByteArrayInputStream(out.toByteArray()));
      assertThat(read).isEqualTo(whole);
      assertThat(PartialAggregate.fromBytes(q, whole.toBytes())).isEqualTo(whole);
      assertThat(read.toTable()).isEqualTo(q.run(table));
      // Halves read back from their bytes merge to the whole.
      PartialAggregate first = q.aggregate(table.slice(0, 1234));
      PartialAggregate second = q.aggregate(table.slice(1234, 3000));
      PartialAggregate merged =
          PartialAggregate.fromBytes(q, first.toBytes())
              .merge(PartialAggregate.fromBytes(q, second.toBytes()));
      assertThat(merged.toTable()).isEqualTo(whole.toTable());
      Map<GroupKey, Expected> expected = expected(rows);
      for (Map.Entry<GroupKey, Expected> e : expected.entrySet()) {
        e.getValue().check(read.toTable().row(e.getKey()).orElseThrow(), method);
      }
    }
  }
}
