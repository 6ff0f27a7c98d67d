package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Property;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every accumulation kernel against {@link ReferenceKernel}, slot by slot, on generated tables and
 * queries: sizes from empty to several chunks and on each side of a chunk boundary, ranges that
 * start inside a chunk, one to four KPIs of one to four columns, with and without totals, missing
 * values, signed weights, means of ratios, one or several dimensions, every time bucket, dense and
 * hashed group layouts, and values that force the checked loops: too large for the proof but
 * fitting, or overflowing so that a chunk is undone and falls back to the general kernel. Signed
 * columns hold negative values, near either end of the range of a {@code long} too: a KPI that
 * reads one is no plain ratio, so it leaves every proven and sign-checked loop for the general
 * kernel, while a signed column that happens to hold no negative value takes the fast loops as an
 * unsigned one does.
 *
 * <p>Each {@link Scenario} is a property of its own, so every run (a mutation run's few tries too)
 * reaches every shape. Besides the states, each try checks which kernels ran against a prediction
 * made here from the query and plain arithmetic (the proof's bound in {@code BigInteger}), and the
 * run asserts that every {@link Kernel} ran and that both undo paths were taken.
 */
class KernelEquivalencePropertiesTest {

  private static final long MAX = Long.MAX_VALUE;
  private static final List<MetricId> COLUMNS =
      List.of(
          CoreMetrics.LIKES,
          CoreMetrics.COMMENTS,
          CoreMetrics.SHARES,
          CoreMetrics.SAVES,
          CoreMetrics.CLICKS,
          CoreMetrics.REACH);
  private static final String[] PLATFORMS = {"facebook", "instagram", "linkedin", "x", "tiktok"};
  private static final String[] CAMPAIGNS = {"spring", "summer", "autumn"};
  private static final int FIRST_DAY = (int) LocalDate.of(2026, 1, 1).toEpochDay();

  /** The shapes of query and data that each property generates. */
  enum Scenario {
    /** One plain KPI by one dimension and a bucket, small values: proven. */
    INLINE_SMALL,
    /** The same shape with one row too large for the proof, every sum fitting. */
    INLINE_UNPROVEN,
    /** The same shape with two rows of one group whose sums overflow: undone, then the error. */
    INLINE_OVERFLOW,
    /** Plain KPIs by one or two dimensions, maybe a bucket, no totals, small values: proven. */
    PLAIN_BY_GROUP,
    /** Plain KPIs with totals, or unproven without: the fused loops. */
    PLAIN_CHUNKED,
    /** Plain KPIs whose sums overflow in the fused loops: undone, then the error. */
    PLAIN_OVERFLOW,
    /** Weighted or per-row-missing KPIs, means of ratios, totals, hashed groups. */
    GENERAL,
    /** Totals and no KPI: the rows are counted in a pass of their own. */
    TOTALS_ONLY,
    /**
     * Any of the shapes above over signed columns holding negative values, small or near either
     * limit, overflowing below zero too: the KPIs that read one run in the general kernel.
     */
    SIGNED_NEGATIVE,
    /** Any of the shapes above over signed columns holding no negative value: the fast loops. */
    SIGNED_NON_NEGATIVE,
    /** Any of the shapes above with any values, near the limit and signed ones included. */
    ANY
  }

  /** The shapes of query a scenario may take: every scenario before the signed ones. */
  private static final List<Scenario> SHAPES =
      List.copyOf(EnumSet.range(Scenario.INLINE_SMALL, Scenario.TOTALS_ONLY));

  /** How the measure values are made. */
  enum Values {
    SMALL,
    ONE_ROW_TOO_LARGE_FOR_THE_PROOF,
    TWO_ROWS_OF_ONE_GROUP_OVERFLOW,
    NEAR_THE_LIMIT,
    /** Signed columns holding negative values, small or near either limit. */
    SIGNED_NEGATIVE,
    /** Signed columns holding small values, none negative. */
    SIGNED_NON_NEGATIVE
  }

  /**
   * A generated case: its scenario, table and query, the range of rows, and what the test knows of
   * the columns: each one's largest present value, whether any value is missing, whether it is a
   * signed measure and whether any of its stored values is negative.
   */
  @SuppressWarnings("ArrayRecordComponent") // a test input, never compared or hashed
  record Case(
      Scenario scenario,
      MetricTable table,
      KpiQuery query,
      int from,
      int to,
      long[] largest,
      boolean[] missing,
      boolean[] signed,
      boolean[] negative) {
    @Override
    public String toString() {
      return scenario
          + " "
          + query
          + " over rows "
          + from
          + " to "
          + to
          + " of "
          + table.rowCount()
          + ", largest "
          + Arrays.toString(largest)
          + ", missing "
          + Arrays.toString(missing)
          + ", signed "
          + Arrays.toString(signed)
          + ", negative "
          + Arrays.toString(negative);
    }
  }

  private static int rowCount(SplittableRandom random, int least) {
    int rows =
        switch (random.nextInt(3)) {
          case 0 -> random.nextInt(40);
          // On each side of a chunk boundary.
          case 1 -> (1 + random.nextInt(3)) * Engine.CHUNK + random.nextInt(3) - 1;
          default -> 1 + random.nextInt(3 * Engine.CHUNK + 100);
        };
    return Math.max(least, rows);
  }

  private static Case generate(Scenario scenario, SplittableRandom random) {
    if (!SHAPES.contains(scenario)) {
      Scenario shape = SHAPES.get(random.nextInt(SHAPES.size()));
      Values[] modes = Values.values();
      Values values =
          switch (scenario) {
            case SIGNED_NEGATIVE -> Values.SIGNED_NEGATIVE;
            case SIGNED_NON_NEGATIVE -> Values.SIGNED_NON_NEGATIVE;
            default -> modes[random.nextInt(modes.length)];
          };
      boolean overflowing = values == Values.TWO_ROWS_OF_ONE_GROUP_OVERFLOW;
      return generate(shape, scenario, values, random.nextInt(5) == 0 && !overflowing, random);
    }
    Values values =
        switch (scenario) {
          case INLINE_UNPROVEN -> Values.ONE_ROW_TOO_LARGE_FOR_THE_PROOF;
          case INLINE_OVERFLOW, PLAIN_OVERFLOW -> Values.TWO_ROWS_OF_ONE_GROUP_OVERFLOW;
          case PLAIN_CHUNKED ->
              random.nextBoolean() ? Values.ONE_ROW_TOO_LARGE_FOR_THE_PROOF : Values.SMALL;
          case GENERAL, TOTALS_ONLY ->
              random.nextInt(4) == 0 ? Values.NEAR_THE_LIMIT : Values.SMALL;
          default -> Values.SMALL;
        };
    boolean missing =
        (scenario == Scenario.GENERAL || scenario == Scenario.TOTALS_ONLY) && random.nextBoolean();
    return generate(scenario, scenario, values, missing, random);
  }

  private static Case generate(
      Scenario shape, Scenario scenario, Values mode, boolean missing, SplittableRandom random) {
    int least = mode == Values.SMALL || mode == Values.NEAR_THE_LIMIT ? 0 : 16;
    int rows = rowCount(random, least);
    boolean twoDimensions = shape == Scenario.PLAIN_BY_GROUP && random.nextBoolean();
    int days = 1 + random.nextInt(twoDimensions || random.nextBoolean() ? 6 : 500);
    int[] platform = new int[rows];
    int[] campaign = new int[rows];
    int[] content = new int[rows];
    int[] day = new int[rows];
    boolean withNegatives = mode == Values.SIGNED_NEGATIVE;
    boolean nearTheLimit = mode == Values.NEAR_THE_LIMIT || (withNegatives && random.nextBoolean());
    long bound = nearTheLimit ? MAX / (1 + random.nextInt(1 + rows / 3)) : 1 << 20;
    long[][] values = new long[COLUMNS.size()][rows];
    // Signed columns: every column but reach when none is negative, else each but reach by three
    // coins in four, with negative values. A signed column without a negative value must take the
    // same loops as an unsigned one.
    boolean[] signed = new boolean[COLUMNS.size()];
    boolean[] negatives = new boolean[COLUMNS.size()];
    for (int m = 0; m < signed.length; m++) {
      // Reach, the last column, stays unsigned: a KPI's denominator can always fall back on it.
      signed[m] =
          m < signed.length - 1
              && (mode == Values.SIGNED_NON_NEGATIVE || (withNegatives && random.nextInt(4) != 0));
      negatives[m] = signed[m] && withNegatives;
    }
    for (int r = 0; r < rows; r++) {
      platform[r] = random.nextInt(PLATFORMS.length + 1) - 1;
      campaign[r] = random.nextInt(CAMPAIGNS.length + 1) - 1;
      content[r] = r;
      day[r] = FIRST_DAY + random.nextInt(days);
      for (int m = 0; m < values.length; m++) {
        values[m][r] =
            random.nextInt(5) == 0
                ? 0
                : negatives[m] ? random.nextLong(-bound, bound) : random.nextLong(bound);
      }
    }
    BitSet[] missingRows = new BitSet[COLUMNS.size()];
    for (int m = 0; m < missingRows.length; m++) {
      missingRows[m] = new BitSet();
      if (missing && rows > 0 && random.nextBoolean()) {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          missingRows[m].set(random.nextInt(rows));
        }
      }
    }
    int from = 0;
    int to = rows;
    if (rows > 2 && random.nextInt(3) == 0) {
      from = random.nextInt(rows / 2);
      to = from + 2 + random.nextInt(rows - from - 1);
    }
    if (mode == Values.ONE_ROW_TOO_LARGE_FOR_THE_PROOF) {
      // Four columns of MAX / 8 add up to half the limit: the row fits, with room for every small
      // value, but 16 rows of it would not, so no range of 9 rows or more is proven.
      int r = from + random.nextInt(to - from);
      for (long[] col : values) {
        col[r] = MAX / 8;
      }
    } else if (mode == Values.TWO_ROWS_OF_ONE_GROUP_OVERFLOW) {
      int r1 = from + random.nextInt(to - from);
      int r2 = r1 == to - 1 ? from : r1 + 1 + random.nextInt(to - r1 - 1);
      platform[r2] = platform[r1];
      campaign[r2] = campaign[r1];
      day[r2] = day[r1];
      for (long[] col : values) {
        col[r1] = MAX / 2 + 1;
        col[r2] = MAX / 2 + 1;
      }
      for (BitSet bits : missingRows) {
        bits.clear(r1);
        bits.clear(r2);
      }
    } else if (withNegatives && rows > 1 && random.nextInt(3) == 0) {
      // Two rows of one group whose negative columns pass Long.MIN_VALUE together.
      int r1 = from + random.nextInt(to - from);
      int r2 = r1 == to - 1 ? from : r1 + 1 + random.nextInt(to - r1 - 1);
      if (r1 != r2) {
        platform[r2] = platform[r1];
        campaign[r2] = campaign[r1];
        day[r2] = day[r1];
        for (int m = 0; m < values.length; m++) {
          if (negatives[m]) {
            values[m][r1] = Long.MIN_VALUE / 2 - 1;
            values[m][r2] = Long.MIN_VALUE / 2 - 1;
            missingRows[m].clear(r1);
            missingRows[m].clear(r2);
          }
        }
      }
    }
    String[] posts = new String[rows];
    for (int r = 0; r < rows; r++) {
      posts[r] = "post-" + r;
    }
    var b =
        MetricTable.columns(rows)
            .dimension(Dimension.PLATFORM, PLATFORMS, platform)
            .dimension(Dimension.CAMPAIGN, CAMPAIGNS, campaign)
            .dimension(Dimension.CONTENT, posts, content)
            .dates(day);
    long[] largest = new long[COLUMNS.size()];
    boolean[] anyMissing = new boolean[COLUMNS.size()];
    boolean[] negative = new boolean[COLUMNS.size()];
    for (int m = 0; m < COLUMNS.size(); m++) {
      MetricId id = COLUMNS.get(m);
      b.measure(signed[m] ? Measure.signedCount(id) : Measure.count(id), values[m], missingRows[m]);
      anyMissing[m] = !missingRows[m].isEmpty();
      for (int r = 0; r < rows; r++) {
        if (!missingRows[m].get(r)) {
          largest[m] = Math.max(largest[m], values[m][r]);
          // A missing value is stored as 0: only present values can be negative.
          negative[m] |= values[m][r] < 0;
        }
      }
    }
    KpiQuery query = query(shape, twoDimensions, signed, random);
    return new Case(scenario, b.build(), query, from, to, largest, anyMissing, signed, negative);
  }

  private static KpiQuery query(
      Scenario shape, boolean twoDimensions, boolean[] signed, SplittableRandom random) {
    boolean totalsOnly = shape == Scenario.TOTALS_ONLY;
    int kpis =
        switch (shape) {
          case INLINE_SMALL, INLINE_UNPROVEN, INLINE_OVERFLOW -> 1;
          default -> totalsOnly ? 0 : 1 + random.nextInt(4);
        };
    List<RatioKpi> list = new ArrayList<>();
    for (int k = 0; k < kpis; k++) {
      boolean plain = shape != Scenario.GENERAL || (k > 0 && random.nextBoolean());
      list.add(kpi(k, random, plain, signed));
    }
    KpiQuery.Builder q = KpiQuery.builder().kpis(list);
    TimeBucket[] buckets = TimeBucket.values();
    Dimension one = random.nextBoolean() ? Dimension.PLATFORM : Dimension.CAMPAIGN;
    // A mean of ratios of plain KPIs takes its own loops (inline, or fused per chunk); not in the
    // overflow scenarios, whose values are chosen to overflow sums, not sums of ratios.
    if ((shape == Scenario.INLINE_SMALL
            || shape == Scenario.INLINE_UNPROVEN
            || shape == Scenario.PLAIN_BY_GROUP)
        && random.nextInt(3) == 0) {
      q.method(Aggregation.MEAN_OF_RATIOS);
    }
    switch (shape) {
      case INLINE_SMALL, INLINE_UNPROVEN, INLINE_OVERFLOW ->
          q.groupBy(one).bucket(buckets[random.nextInt(buckets.length)]);
      case PLAIN_BY_GROUP -> {
        q.groupBy(
            twoDimensions
                ? new Dimension[] {Dimension.PLATFORM, Dimension.CAMPAIGN}
                : new Dimension[] {one});
        if (twoDimensions || random.nextBoolean()) {
          q.bucket(buckets[random.nextInt(buckets.length)]);
        }
      }
      case PLAIN_CHUNKED, PLAIN_OVERFLOW -> {
        q.groupBy(Dimension.PLATFORM, Dimension.CAMPAIGN);
        if (random.nextBoolean()) {
          q.totals(CoreMetrics.SAVES);
        }
        if (random.nextBoolean()) {
          q.bucket(buckets[random.nextInt(buckets.length)]);
        }
      }
      default -> {
        List<Dimension> dims = new ArrayList<>(List.of(Dimension.PLATFORM, Dimension.CAMPAIGN));
        if (random.nextInt(3) == 0) {
          dims.add(Dimension.CONTENT); // more groups than rows allow: hashed ids
        }
        q.groupBy(dims.subList(random.nextInt(dims.size()), dims.size()).toArray(Dimension[]::new));
        if (random.nextBoolean()) {
          q.bucket(buckets[random.nextInt(buckets.length)]);
        }
        if (totalsOnly || random.nextBoolean()) {
          q.totals(CoreMetrics.LIKES, CoreMetrics.REACH);
        }
        if (random.nextInt(3) == 0) {
          q.method(Aggregation.MEAN_OF_RATIOS);
        }
      }
    }
    return q.build();
  }

  /**
   * A KPI over 1 to 4 columns; if not plain, 2 to 4 with signed weights (a general-path shape). Its
   * denominator is an unsigned column.
   */
  private static RatioKpi kpi(int k, SplittableRandom random, boolean plain, boolean[] signed) {
    List<Integer> cols = new ArrayList<>(List.of(0, 1, 2, 3, 4));
    Collections.shuffle(cols, new Random(random.nextLong()));
    StringBuilder num = new StringBuilder();
    int terms = plain ? 1 + random.nextInt(4) : 2 + random.nextInt(3);
    for (int t = 0; t < terms; t++) {
      if (t > 0) {
        num.append(plain ? " + " : t % 2 == 0 ? " + 2*" : " - ");
      }
      num.append(COLUMNS.get(cols.get(t)).value());
    }
    int den = random.nextBoolean() ? 5 : random.nextInt(5);
    if (signed[den]) {
      den = 5; // a denominator reads no signed column (the engine refuses one), and reach is none
    }
    return RatioKpi.builder(MetricId.of("k" + k))
        .numerator(LinearSum.parse(num.toString()))
        .denominator(LinearSum.of(COLUMNS.get(den)))
        .build();
  }

  // The prediction, from the query and the test's own knowledge of the columns.

  /**
   * Whether a KPI is a plain ratio of sums: 1 to 4 columns over 1, weights 1, none missing, none
   * holding a negative value.
   */
  private static boolean plain(Case c, RatioKpi kpi) {
    return plainIgnoringSigns(c, kpi) && !readsANegative(c, kpi);
  }

  /** Whether a KPI reads a column that holds a negative value. */
  private static boolean readsANegative(Case c, RatioKpi kpi) {
    return java.util.stream.Stream.concat(
            kpi.numerator().terms().keySet().stream(), kpi.denominator().terms().keySet().stream())
        .anyMatch(id -> c.negative()[COLUMNS.indexOf(id)]);
  }

  /** Whether a KPI reads a signed column, negative or not. */
  private static boolean readsASigned(Case c, RatioKpi kpi) {
    return java.util.stream.Stream.concat(
            kpi.numerator().terms().keySet().stream(), kpi.denominator().terms().keySet().stream())
        .anyMatch(id -> c.signed()[COLUMNS.indexOf(id)]);
  }

  /** {@link #plain} but for the signs of the columns. */
  private static boolean plainIgnoringSigns(Case c, RatioKpi kpi) {
    Map<MetricId, Long> num = kpi.numerator().terms();
    Map<MetricId, Long> den = kpi.denominator().terms();
    boolean ones =
        num.values().stream().allMatch(x -> x == 1)
            && den.size() == 1
            && den.values().stream().allMatch(x -> x == 1);
    boolean present =
        num.keySet().stream().noneMatch(id -> c.missing()[COLUMNS.indexOf(id)])
            && den.keySet().stream().noneMatch(id -> c.missing()[COLUMNS.indexOf(id)]);
    return ones && present && num.size() <= 4;
  }

  /** Whether the range's row count times each side's largest row sum fits a long. */
  private static boolean proven(Case c, RatioKpi kpi) {
    BigInteger rows = BigInteger.valueOf(c.to() - c.from());
    BigInteger limit = BigInteger.valueOf(MAX);
    for (LinearSum side : List.of(kpi.numerator(), kpi.denominator())) {
      BigInteger perRow = BigInteger.ZERO;
      for (MetricId id : side.terms().keySet()) {
        perRow = perRow.add(BigInteger.valueOf(c.largest()[COLUMNS.indexOf(id)]));
      }
      if (perRow.multiply(rows).compareTo(limit) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The kernels that must run for a case that does not overflow. Whether the ids are dense is the
   * indexer's decision, tested on its own ({@code GroupIndexerLayoutDecisionsTest}).
   */
  private static Set<Kernel> predicted(Case c, boolean dense) {
    return predicted(c, dense, false);
  }

  /**
   * The kernels that must run for a case that does not overflow, or, {@code ignoringSigns}, those
   * that would if no column held a negative value.
   */
  private static Set<Kernel> predicted(Case c, boolean dense, boolean ignoringSigns) {
    java.util.function.BiPredicate<Case, RatioKpi> plainKpi =
        ignoringSigns
            ? KernelEquivalencePropertiesTest::plainIgnoringSigns
            : KernelEquivalencePropertiesTest::plain;
    KpiQuery q = c.query();
    List<RatioKpi> kpis = q.kpis();
    boolean mean = q.method() == Aggregation.MEAN_OF_RATIOS;
    boolean allPlain = !mean && !kpis.isEmpty() && kpis.stream().allMatch(k -> plainKpi.test(c, k));
    boolean allProven = kpis.stream().allMatch(k -> proven(c, k));
    boolean noTotals = q.totals().isEmpty();
    if (mean
        && kpis.size() == 1
        && plainKpi.test(c, kpis.get(0))
        && noTotals
        && q.groupBy().size() == 1
        && q.bucket().isPresent()
        && dense) {
      return EnumSet.of(Kernel.INLINE_MEAN);
    }
    if (kpis.size() == 1
        && allPlain
        && noTotals
        && q.groupBy().size() == 1
        && q.bucket().isPresent()
        && dense) {
      return EnumSet.of(allProven ? Kernel.INLINE_PROVEN : Kernel.INLINE_CHECKED);
    }
    if (allPlain && noTotals && dense && allProven) {
      return EnumSet.of(Kernel.PROVEN_CHUNKS);
    }
    Set<Kernel> chunked = EnumSet.noneOf(Kernel.class);
    if (c.to() > c.from()) {
      for (RatioKpi k : kpis) {
        Kernel fused = mean ? Kernel.FUSED_MEAN : Kernel.FUSED;
        chunked.add(plainKpi.test(c, k) ? fused : Kernel.GENERAL);
      }
      if (kpis.isEmpty()) {
        chunked.add(Kernel.GENERAL); // the totals
      }
    }
    return chunked;
  }

  /** What the run saw: each kernel that ran, and how many tries ended how. */
  private static final class Seen {
    final Set<Kernel> kernels = EnumSet.noneOf(Kernel.class);
    final Map<Scenario, Integer> overflows = new EnumMap<>(Scenario.class);
    final Map<Scenario, Integer> fits = new EnumMap<>(Scenario.class);
    final Set<Kernel> fittingUnproven = EnumSet.noneOf(Kernel.class);

    /** The fast kernels that negative columns kept from running: the general one ran instead. */
    final Set<Kernel> negativesPushedFrom = EnumSet.noneOf(Kernel.class);

    /** The kernels that ran for KPIs over signed columns that hold no negative value. */
    final Set<Kernel> signedButNonNegative = EnumSet.noneOf(Kernel.class);
  }

  private static void check(Case c, Seen seen) {
    KpiQuery q = c.query();
    boolean mean = q.method() == Aggregation.MEAN_OF_RATIOS;
    CompiledQuery compiled = CompiledQuery.compile(q, TableAccess.columns(c.table()));
    GroupIndexer refIndexer = new GroupIndexer(compiled, q.bucket().orElse(null));
    long @Nullable [] expected;
    try {
      expected = ReferenceKernel.run(compiled, refIndexer, mean, c.from(), c.to());
    } catch (ArithmeticException overflow) {
      expected = null;
    }
    Accumulator acc =
        new Accumulator(compiled, new GroupIndexer(compiled, q.bucket().orElse(null)), mean);
    try {
      acc.run(c.from(), c.to());
    } catch (ArithmeticException overflow) {
      assertThat(expected).as("only the kernel overflowed").isNull();
      assertThat(overflow.getMessage())
          .matches(
              "(?s).* overflows a long \\(outside "
                  + Long.MIN_VALUE
                  + " to "
                  + MAX
                  + "\\) in rows? \\d+.*");
      Set<Kernel> ran = acc.kernelsRun();
      seen.kernels.addAll(ran);
      // Every overflow ends in a checked kernel that names the rows: the general one, or a mean's
      // kernel, which checks its own additions.
      assertThat(ran)
          .as("kernels of %s", c)
          .containsAnyOf(Kernel.GENERAL, Kernel.FUSED_MEAN, Kernel.INLINE_MEAN);
      if (predicted(c, acc.indexer().isDense()).contains(Kernel.INLINE_CHECKED)) {
        assertThat(ran).containsExactlyInAnyOrder(Kernel.INLINE_CHECKED, Kernel.GENERAL);
      }
      seen.overflows.merge(c.scenario(), 1, Integer::sum);
      return;
    }
    assertThat(expected).as("only the reference overflowed").isNotNull();
    int stride = acc.stride();
    assertThat(KeyedStates.keyed(compiled, acc.indexer(), acc.state(), stride))
        .isEqualTo(KeyedStates.keyed(compiled, refIndexer, expected, stride));
    Set<Kernel> ran = acc.kernelsRun();
    seen.kernels.addAll(ran);
    assertThat(ran)
        .as("kernels of %s", c)
        .containsExactlyInAnyOrderElementsOf(predicted(c, acc.indexer().isDense()));
    seen.fits.merge(c.scenario(), 1, Integer::sum);
    if (!q.kpis().stream().allMatch(k -> proven(c, k))) {
      seen.fittingUnproven.addAll(ran);
    }
    Set<Kernel> withoutNegatives = predicted(c, acc.indexer().isDense(), true);
    if (q.kpis().stream().anyMatch(k -> readsANegative(c, k))) {
      // A column that may be negative is refused by every loop that relies on signs or a proof.
      assertThat(ran).as("kernels of %s", c).contains(Kernel.GENERAL);
      Set<Kernel> kept = EnumSet.copyOf(withoutNegatives);
      kept.add(Kernel.GENERAL);
      kept.removeAll(ran);
      seen.negativesPushedFrom.addAll(kept);
    } else if (q.kpis().stream().anyMatch(k -> readsASigned(c, k))) {
      seen.signedButNonNegative.addAll(ran);
    }
  }

  @Test
  void everyKernelEqualsTheReferenceAndEveryKernelIsReached() {
    Seen seen = new Seen();
    for (Scenario scenario : Scenario.values()) {
      Property.named("each kernel's state equals the reference kernel's: " + scenario)
          .scaledTries(scenario == Scenario.ANY ? 40 : 20)
          .forAll(random -> generate(scenario, random), c -> check(c, seen));
    }
    assertThat(seen.kernels).containsExactlyInAnyOrder(Kernel.values());
    // The checked loops both ran on sums too large for the proof that fit, and undid a chunk.
    assertThat(seen.fittingUnproven).contains(Kernel.INLINE_CHECKED, Kernel.FUSED);
    assertThat(seen.overflows).containsKeys(Scenario.INLINE_OVERFLOW, Scenario.PLAIN_OVERFLOW);
    // Negative columns kept fast loops from running, the general kernel taking their KPIs; signed
    // columns without a negative value took the fast loops. (SignedColumnsEngineTest shows each
    // fast kernel both ways.)
    assertThat(seen.negativesPushedFrom).isNotEmpty().doesNotContain(Kernel.GENERAL);
    assertThat(seen.signedButNonNegative).isNotEmpty().isNotEqualTo(EnumSet.of(Kernel.GENERAL));
    assertThat(seen.fits)
        .as("scenarios meant to fit")
        .containsKeys(
            Scenario.INLINE_SMALL,
            Scenario.INLINE_UNPROVEN,
            Scenario.PLAIN_BY_GROUP,
            Scenario.PLAIN_CHUNKED,
            Scenario.GENERAL,
            Scenario.TOTALS_ONLY,
            Scenario.SIGNED_NEGATIVE,
            Scenario.SIGNED_NON_NEGATIVE);
    assertThat(seen.fits.keySet())
        .doesNotContain(Scenario.INLINE_OVERFLOW, Scenario.PLAIN_OVERFLOW);
  }
}
