package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
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
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine's fused loops (plain sums of 1 to 4 columns over one column, with group ids computed
 * inline for one dimension by a time bucket) against exact sums computed here with {@link
 * BigInteger}, including sums that pass {@code Long.MAX_VALUE}: those must be an error, never a
 * wrapped figure. Tables are built from arrays, mostly without missing values (the fused paths'
 * condition), with huge values in some tries.
 */
class FusedLoopsPropertiesTest {

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
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** One generated case: the table's arrays, the query, and the number of threads. */
  @SuppressWarnings("ArrayRecordComponent") // a test input, never compared or hashed
  record Case(
      int rows,
      int[] platform,
      int[] campaign,
      int[] day,
      long[][] values,
      int missingColumn,
      List<List<Integer>> numerators,
      List<Integer> denominators,
      boolean total,
      List<Dimension> groupBy,
      TimeBucket bucket,
      int threads) {

    MetricTable table() {
      int[] epochDays = new int[rows];
      for (int r = 0; r < rows; r++) {
        epochDays[r] = (int) FIRST_DAY.toEpochDay() + day[r];
      }
      var b =
          MetricTable.columns(rows)
              .dimension(Dimension.PLATFORM, PLATFORMS, platform)
              .dimension(Dimension.CAMPAIGN, CAMPAIGNS, campaign)
              .dates(epochDays);
      for (int m = 0; m < COLUMNS.size(); m++) {
        BitSet missing = new BitSet();
        if (m == missingColumn && rows > 0) {
          missing.set(rows / 2);
        }
        b.measure(Measure.count(COLUMNS.get(m)), values[m], missing);
      }
      return b.build();
    }

    KpiQuery query() {
      List<RatioKpi> kpis = new ArrayList<>();
      for (int k = 0; k < numerators.size(); k++) {
        List<MetricId> terms = new ArrayList<>();
        numerators.get(k).forEach(i -> terms.add(COLUMNS.get(i)));
        kpis.add(
            RatioKpi.builder(MetricId.of("k" + k))
                .numerator(
                    LinearSum.of(
                        terms.get(0), terms.subList(1, terms.size()).toArray(MetricId[]::new)))
                .denominator(LinearSum.of(COLUMNS.get(denominators.get(k))))
                .build());
      }
      KpiQuery.Builder b = KpiQuery.builder().kpis(kpis).groupBy(groupBy.toArray(Dimension[]::new));
      if (bucket != null) {
        b.bucket(bucket);
      }
      if (total) {
        b.totals(CoreMetrics.LIKES);
      }
      return b.build();
    }

    GroupKey keyOf(int r) {
      List<String> vals = new ArrayList<>();
      for (Dimension d : groupBy) {
        int code = d.equals(Dimension.PLATFORM) ? platform[r] : campaign[r];
        vals.add(code < 0 ? null : (d.equals(Dimension.PLATFORM) ? PLATFORMS : CAMPAIGNS)[code]);
      }
      LocalDate start = bucket == null ? null : bucket.start(FIRST_DAY.plusDays(day[r]));
      return GroupKey.of(groupBy, vals, bucket, start);
    }
  }

  private static final Gen<Case> CASES =
      random -> {
        int rows = random.nextInt(4) == 0 ? random.nextInt(20) : 1 + random.nextInt(5_000);
        int days = 1 + random.nextInt(random.nextBoolean() ? 5 : 400);
        boolean huge = random.nextBoolean();
        // Huge values: a group's sums come near Long.MAX_VALUE, on either side of it.
        long bound =
            huge ? Long.MAX_VALUE / (1 + random.nextInt(Math.max(1, rows / 2))) : 1_000_000;
        int[] platform = new int[rows];
        int[] campaign = new int[rows];
        int[] day = new int[rows];
        long[][] values = new long[COLUMNS.size()][rows];
        for (int r = 0; r < rows; r++) {
          platform[r] = random.nextInt(PLATFORMS.length + 1) - 1;
          campaign[r] = random.nextInt(CAMPAIGNS.length + 1) - 1;
          day[r] = random.nextInt(days);
          for (long[] col : values) {
            col[r] = random.nextInt(5) == 0 ? 0 : random.nextLong(bound);
          }
        }
        int missingColumn = random.nextInt(6) == 0 ? random.nextInt(COLUMNS.size()) : -1;
        int kpis = 1 + (random.nextInt(4) == 0 ? 1 : 0);
        List<List<Integer>> numerators = new ArrayList<>();
        List<Integer> denominators = new ArrayList<>();
        for (int k = 0; k < kpis; k++) {
          List<Integer> cols = new ArrayList<>(List.of(0, 1, 2, 3, 4));
          java.util.Collections.shuffle(cols, new java.util.Random(random.nextLong()));
          numerators.add(List.copyOf(cols.subList(0, 1 + random.nextInt(5))));
          denominators.add(random.nextBoolean() ? 5 : random.nextInt(5));
        }
        List<List<Dimension>> groupings =
            List.of(
                List.of(),
                List.of(Dimension.PLATFORM),
                List.of(Dimension.CAMPAIGN),
                List.of(Dimension.PLATFORM, Dimension.CAMPAIGN));
        List<Dimension> groupBy = groupings.get(random.nextInt(groupings.size()));
        TimeBucket[] buckets = TimeBucket.values();
        TimeBucket bucket = random.nextInt(4) == 0 ? null : buckets[random.nextInt(buckets.length)];
        return new Case(
            rows,
            platform,
            campaign,
            day,
            values,
            missingColumn,
            numerators,
            denominators,
            random.nextInt(6) == 0,
            groupBy,
            bucket,
            1 + random.nextInt(2));
      };

  /** The exact sums of one group: rows, then numerator and denominator per KPI, then the total. */
  private static Map<GroupKey, BigInteger[]> reference(Case c, boolean[] overflows) {
    Map<GroupKey, BigInteger[]> groups = new HashMap<>();
    int kpis = c.numerators().size();
    for (int r = 0; r < c.rows(); r++) {
      BigInteger[] sums =
          groups.computeIfAbsent(
              c.keyOf(r),
              k -> {
                BigInteger[] s = new BigInteger[2 + 2 * kpis];
                java.util.Arrays.fill(s, BigInteger.ZERO);
                return s;
              });
      sums[0] = sums[0].add(BigInteger.ONE);
      for (int k = 0; k < kpis; k++) {
        BigInteger num = BigInteger.ZERO;
        for (int col : c.numerators().get(k)) {
          num = num.add(BigInteger.valueOf(c.values()[col][r]));
        }
        overflows[0] |= num.compareTo(MAX) > 0;
        sums[1 + 2 * k] = sums[1 + 2 * k].add(num);
        sums[2 + 2 * k] =
            sums[2 + 2 * k].add(BigInteger.valueOf(c.values()[c.denominators().get(k)][r]));
      }
      if (c.total()) {
        sums[1 + 2 * kpis] = sums[1 + 2 * kpis].add(BigInteger.valueOf(c.values()[0][r]));
      }
    }
    for (BigInteger[] sums : groups.values()) {
      for (int i = 1; i < sums.length; i++) {
        overflows[0] |= sums[i].compareTo(MAX) > 0;
      }
    }
    return groups;
  }

  @Test
  void fusedSumsAreExactAndAnOverflowIsAnError() {
    Property.named("fused loops equal exact sums; an overflow is an ArithmeticException")
        .forAll(
            CASES,
            c -> {
              MetricTable table = c.table();
              KpiQuery query = c.query();
              boolean[] overflows = new boolean[1];
              Map<GroupKey, BigInteger[]> expected = reference(c, overflows);
              if (c.missingColumn() >= 0) {
                // Missing values leave the fused paths; the other property tests cover them.
                return;
              }
              if (overflows[0]) {
                assertThatThrownBy(() -> query.run(table))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("overflows a long");
                // On threads, the merge of the parts may be where the sum passes the limit; its
                // message names no KPI (Layout.merge), but it must be an error all the same.
                assertThatThrownBy(() -> query.run(table, c.threads()))
                    .isInstanceOf(ArithmeticException.class);
                return;
              }
              KpiTable result = query.run(table, c.threads());
              assertThat(result.rows()).hasSize(expected.size());
              int kpis = c.numerators().size();
              for (KpiRow row : result.rows()) {
                BigInteger[] sums = expected.get(row.key());
                assertThat(sums).as("group %s", row.key()).isNotNull();
                assertThat(row.rows()).isEqualTo(sums[0].longValueExact());
                for (int k = 0; k < kpis; k++) {
                  KpiValue v = row.values().get(k);
                  assertThat(v.ratio().numerator().toBigIntegerExact())
                      .as("numerator of k%s in %s", k, row.key())
                      .isEqualTo(sums[1 + 2 * k]);
                  assertThat(v.ratio().denominator().toBigIntegerExact())
                      .as("denominator of k%s in %s", k, row.key())
                      .isEqualTo(sums[2 + 2 * k]);
                  assertThat(v.rowsCounted()).isEqualTo(row.rows());
                  assertThat(v.rowsMissing()).isZero();
                }
                if (c.total()) {
                  assertThat(row.total(CoreMetrics.LIKES).sum().toBigIntegerExact())
                      .isEqualTo(sums[1 + 2 * kpis]);
                }
              }
            });
  }
}
