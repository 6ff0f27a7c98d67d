package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.formulas.FormulasGens;
import dev.northstar.formulas.Serialization;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Period over period and top N against naive references computed here from the table's rows. */
class PeriodAndRankingPropertiesTest {

  private static final List<RatioKpi> KPIS =
      List.of(
          AggregationPropertiesTest.ERR,
          AggregationPropertiesTest.CTR,
          AggregationPropertiesTest.CPM,
          AggregationPropertiesTest.NET);

  private static final MathContext WIDE = MathContext.DECIMAL128;

  private static final Gen<KpiQuery> BUCKETED =
      random -> {
        KpiQuery.Builder b = KpiQuery.builder().kpis(KPIS);
        b.method(random.nextBoolean() ? Aggregation.RATIO_OF_SUMS : Aggregation.MEAN_OF_RATIOS);
        if (random.nextBoolean()) {
          b.groupBy(Dimension.PLATFORM);
        }
        b.bucket(Gens.enums(TimeBucket.class).generate(random));
        return b.build();
      };

  /** The earlier bucket's start, computed the plain way for each bucket. */
  private static Optional<LocalDate> naiveEarlier(
      TimeBucket bucket, LocalDate start, PeriodOffset offset) {
    if (offset == PeriodOffset.PREVIOUS) {
      return Optional.of(
          switch (bucket) {
            case DAY -> start.minusDays(1);
            case ISO_WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
            case QUARTER -> start.minusMonths(3);
            case YEAR -> start.minusYears(1);
          });
    }
    if (bucket != TimeBucket.ISO_WEEK) {
      return Optional.of(start.minusYears(1));
    }
    int week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    int year = start.get(IsoFields.WEEK_BASED_YEAR);
    for (int back = 50; back <= 54; back++) {
      LocalDate d = start.minusWeeks(back);
      if (d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == week
          && d.get(IsoFields.WEEK_BASED_YEAR) == year - 1) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static BigDecimal exact(Ratio r) {
    return r.numerator().divide(r.denominator(), WIDE);
  }

  private static void assertClose(Ratio actual, BigDecimal expected, BigDecimal scale) {
    assertThat(actual.isDefined()).as("defined, expected %s", expected).isTrue();
    BigDecimal tolerance = scale.abs().add(expected.abs()).multiply(new BigDecimal("1e-13"));
    assertThat(exact(actual).subtract(expected).abs()).isLessThanOrEqualTo(tolerance);
  }

  @Test
  void periodOverPeriodEqualsANaiveLookupOfTheEarlierPeriod() {
    Property.named("period comparison equals a scan for the earlier period's row")
        .forAll(
            FormulasGens.tables(300),
            Gens.zip(BUCKETED, Gens.enums(PeriodOffset.class), (q, o) -> List.of(q, o)),
            (table, queryAndOffset) -> {
              KpiQuery query = (KpiQuery) queryAndOffset.get(0);
              PeriodOffset offset = (PeriodOffset) queryAndOffset.get(1);
              KpiTable result = query.run(table);
              TimeBucket bucket = query.bucket().orElseThrow();
              for (RatioKpi kpi : KPIS) {
                PeriodComparison pop = PeriodComparison.of(result, kpi.id(), offset);
                assertThat(pop.changes()).hasSize(result.rows().size());
                for (int i = 0; i < result.rows().size(); i++) {
                  KpiRow row = result.rows().get(i);
                  PeriodChange change = pop.changes().get(i);
                  assertThat(change.key()).isEqualTo(row.key());
                  Optional<LocalDate> earlier =
                      naiveEarlier(bucket, row.key().bucketStart().orElseThrow(), offset);
                  assertThat(change.previousKey().flatMap(GroupKey::bucketStart))
                      .isEqualTo(earlier);
                  KpiRow previousRow = null;
                  for (KpiRow other : result.rows()) {
                    if (other.key().values().equals(row.key().values())
                        && earlier.isPresent()
                        && other.key().bucketStart().orElseThrow().equals(earlier.get())) {
                      previousRow = other;
                    }
                  }
                  KpiValue cur = row.value(kpi.id());
                  KpiValue prev = previousRow == null ? null : previousRow.value(kpi.id());
                  assertThat(change.previous()).isEqualTo(Optional.ofNullable(prev));
                  if (prev == null || !prev.isDefined() || !cur.isDefined()) {
                    assertThat(change.difference().isDefined()).isFalse();
                    assertThat(change.relativeChange().isDefined()).isFalse();
                    assertThat(change.formatRelativeChange()).isEqualTo("undefined");
                    continue;
                  }
                  BigDecimal c = exact(cur.ratio());
                  BigDecimal p = exact(prev.ratio());
                  assertClose(change.difference(), c.subtract(p), p);
                  if (p.signum() == 0) {
                    assertThat(change.relativeChange().isDefined()).isFalse();
                  } else {
                    assertClose(
                        change.relativeChange(),
                        c.subtract(p).divide(p.abs(), WIDE),
                        c.divide(p.abs(), WIDE));
                  }
                }
              }
              try {
                PeriodComparison any = PeriodComparison.of(result, KPIS.get(0).id(), offset);
                assertThat(Serialization.roundTrip(any)).isEqualTo(any);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void topAndBottomNEqualARepeatedSelectionOfTheBestRemainingGroup() {
    Gen<KpiQuery> queries =
        random -> {
          KpiQuery.Builder b = KpiQuery.builder().kpis(KPIS);
          b.method(random.nextBoolean() ? Aggregation.RATIO_OF_SUMS : Aggregation.MEAN_OF_RATIOS);
          b.groupBy(Dimension.PLATFORM);
          if (random.nextBoolean()) {
            b.groupBy(FormulasGens.CAMPAIGN);
          }
          if (random.nextBoolean()) {
            b.bucket(Gens.enums(TimeBucket.class).generate(random));
          }
          return b.build();
        };
    Property.named("ranking equals selection of the best remaining group, ties by key")
        .forAll(
            FormulasGens.tables(300),
            Gens.zip(
                queries,
                Gens.zip(Gens.enums(RankOrder.class), Gens.ints(1, 12), (o, n) -> List.of(o, n)),
                (q, on) -> List.of(q, on.get(0), on.get(1))),
            (table, args) -> {
              KpiQuery query = (KpiQuery) args.get(0);
              RankOrder order = (RankOrder) args.get(1);
              int n = (Integer) args.get(2);
              KpiTable result = query.run(table);
              for (RatioKpi kpi : KPIS) {
                long minRows = 1L + (n % 3);
                Ranking ranking = Ranking.of(result, kpi.id(), order, n, minRows);
                List<KpiRow> remaining = new ArrayList<>();
                List<KpiRow> undefined = new ArrayList<>();
                List<KpiRow> small = new ArrayList<>();
                for (KpiRow r : result.rows()) {
                  if (!r.value(kpi.id()).isDefined()) {
                    undefined.add(r);
                  } else if (r.rows() < minRows) {
                    small.add(r);
                  } else {
                    remaining.add(r);
                  }
                }
                List<KpiRow> expected = new ArrayList<>();
                while (expected.size() < n && !remaining.isEmpty()) {
                  KpiRow best = remaining.get(0);
                  for (KpiRow r : remaining) {
                    if (better(r, best, kpi, order)) {
                      best = r;
                    }
                  }
                  expected.add(best);
                  remaining.remove(best);
                }
                assertThat(ranking.ranked()).isEqualTo(expected);
                assertThat(ranking.excluded()).isEqualTo(undefined);
                assertThat(ranking.tooSmall()).isEqualTo(small);
                if (minRows == 1) {
                  assertThat(Ranking.of(result, kpi.id(), order, n)).isEqualTo(ranking);
                }
              }
            });
  }

  /** Whether {@code a} ranks before {@code b}: a better value, or an equal one and a lower key. */
  private static boolean better(KpiRow a, KpiRow b, RatioKpi kpi, RankOrder order) {
    Ratio x = a.value(kpi.id()).ratio();
    Ratio y = b.value(kpi.id()).ratio();
    int c =
        x.numerator().multiply(y.denominator()).compareTo(y.numerator().multiply(x.denominator()));
    if (c != 0) {
      return order == RankOrder.TOP ? c > 0 : c < 0;
    }
    return a.key().compareTo(b.key()) < 0;
  }
}
