package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.FormulasGens;
import dev.northstar.formulas.kpi.EngagementSets;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine against a naive reference computed here row by row with BigDecimal, and
 * the algebra of partial aggregates.
 */
class AggregationPropertiesTest {

  static final RatioKpi ERR =
      RatioKpi.builder(MetricId.of("t.err"))
          .numerator(LinearSum.of(CoreMetrics.ENGAGEMENTS))
          .denominator(LinearSum.of(CoreMetrics.REACH))
          .build();
  static final RatioKpi CTR =
      RatioKpi.builder(MetricId.of("t.ctr"))
          .numerator(LinearSum.of(CoreMetrics.CLICKS))
          .denominator(LinearSum.of(CoreMetrics.IMPRESSIONS))
          .build();
  static final RatioKpi CPM =
      RatioKpi.builder(MetricId.of("t.cpm"))
          .numerator(LinearSum.of(CoreMetrics.SPEND))
          .denominator(LinearSum.of(CoreMetrics.IMPRESSIONS))
          .factor(BigDecimal.valueOf(1000))
          .unit(MetricUnit.CURRENCY)
          .build();
  static final RatioKpi NET =
      RatioKpi.builder(MetricId.of("t.net"))
          .numerator(LinearSum.parse("likes - 2*comments + shares"))
          .denominator(LinearSum.parse("impressions + reach"))
          .build();
  static final List<RatioKpi> KPIS = List.of(ERR, CTR, CPM, NET);

  private static final Gen<Aggregation> METHODS =
      Gens.oneOf(Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS);

  private static final Gen<KpiQuery> QUERIES =
      random -> {
        KpiQuery.Builder b =
            KpiQuery.builder().kpis(KPIS).totals(CoreMetrics.LIKES, CoreMetrics.SPEND);
        b.method(METHODS.generate(random));
        List<Dimension> dims =
            new ArrayList<>(
                List.of(Dimension.PLATFORM, FormulasGens.CAMPAIGN, FormulasGens.CONTENT));
        java.util.Collections.shuffle(dims, new java.util.Random(random.nextLong()));
        b.groupBy(dims.subList(0, random.nextInt(dims.size() + 1)).toArray(new Dimension[0]));
        if (random.nextBoolean()) {
          b.bucket(Gens.enums(TimeBucket.class).generate(random));
        }
        return b.build();
      };

  @Test
  void ratioOfSumsEqualsTheSumsAndMeanOfRatiosSkipsUndefinedRows() {
    Property.named("engine equals a row-by-row reference")
        .forAll(
            FormulasGens.tables(300),
            QUERIES,
            (table, query) -> {
              KpiTable result = query.run(table);
              Map<GroupKey, Reference[]> expected = reference(table, query);
              assertThat(result.rows()).hasSize(expected.size());
              for (KpiRow row : result.rows()) {
                Reference[] refs = expected.get(row.key());
                assertThat(refs).as("group %s", row.key()).isNotNull();
                for (int k = 0; k < KPIS.size(); k++) {
                  refs[k].check(row.values().get(k), query.method());
                }
              }
            });
  }

  @Test
  void partialsOfDisjointPartsMergeIntoTheWhole() {
    Property.named("merge of parts equals the whole; merge is associative and commutative")
        .forAll(
            FormulasGens.tables(200),
            QUERIES,
            (table, query) -> {
              int n = table.rowCount();
              int cut1 = n / 3;
              int cut2 = 2 * n / 3;
              PartialAggregate a = query.aggregate(table.slice(0, cut1));
              PartialAggregate b = query.aggregate(table.slice(cut1, cut2));
              PartialAggregate c = query.aggregate(table.slice(cut2, n));
              PartialAggregate whole = query.aggregate(table);
              assertThat(a.merge(b).merge(c)).isEqualTo(whole);
              assertThat(a.merge(b.merge(c))).isEqualTo(whole);
              assertThat(c.merge(a).merge(b)).isEqualTo(whole);
              assertThat(b.merge(a)).isEqualTo(a.merge(b));
              assertThat(PartialAggregate.empty(query).merge(whole)).isEqualTo(whole);
              assertThat(a.merge(b).merge(c).toTable()).isEqualTo(query.run(table));
            });
  }

  @Test
  void severalThreadsGiveTheResultOfOne() {
    Property.named("run on 2 and 3 threads equals run on 1")
        .scaledTries(12)
        .forAll(
            random -> FormulasGens.table(random, 2_500 + random.nextInt(3_000)),
            QUERIES,
            (table, query) -> {
              KpiTable single = query.run(table);
              assertThat(query.run(table, 2)).isEqualTo(single);
              assertThat(query.run(table, 3)).isEqualTo(single);
            });
  }

  @Test
  void groupedTotalsAddUpToTheUngroupedTotal() {
    Property.named("totals and row counts over groups add up to the whole table's")
        .forAll(
            FormulasGens.tables(300),
            QUERIES,
            (table, query) -> {
              KpiTable grouped = query.run(table);
              KpiQuery ungroupedQuery =
                  KpiQuery.builder()
                      .kpis(KPIS)
                      .totals(CoreMetrics.LIKES, CoreMetrics.SPEND)
                      .method(query.method())
                      .build();
              KpiTable whole = ungroupedQuery.run(table);
              assertThat(grouped.rowCount()).isEqualTo(table.rowCount());
              if (table.rowCount() == 0) {
                assertThat(whole.rows()).isEmpty();
                return;
              }
              KpiRow all = whole.rows().get(0);
              for (MetricId m : List.of(CoreMetrics.LIKES, CoreMetrics.SPEND)) {
                BigDecimal sum = BigDecimal.ZERO;
                long missing = 0;
                for (KpiRow r : grouped.rows()) {
                  sum = sum.add(r.total(m).sum());
                  missing += r.total(m).rowsMissing();
                }
                assertThat(sum).isEqualByComparingTo(all.total(m).sum());
                assertThat(missing).isEqualTo(all.total(m).rowsMissing());
              }
              if (query.method() == Aggregation.RATIO_OF_SUMS) {
                for (RatioKpi kpi : KPIS) {
                  Ratio merged = null;
                  for (KpiRow r : grouped.rows()) {
                    Ratio ratio = r.value(kpi.id()).ratio();
                    merged = merged == null ? ratio : merged.merge(ratio);
                  }
                  assertThat(merged.hasSameValueAs(all.value(kpi.id()).ratio()))
                      .as("merged group ratios of %s", kpi.id())
                      .isTrue();
                }
              }
            });
  }

  /** The expected figures of one KPI over one group, computed row by row. */
  static final class Reference {
    final RatioKpi kpi;
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    BigDecimal sumOfRatios = BigDecimal.ZERO;
    long counted;
    long undefined;
    long missing;
    long rows;

    Reference(RatioKpi kpi) {
      this.kpi = kpi;
    }

    void add(Optional<BigDecimal> n, Optional<BigDecimal> d) {
      rows++;
      if (n.isEmpty() || d.isEmpty()) {
        missing++;
        return;
      }
      numerator = numerator.add(n.get());
      denominator = denominator.add(d.get());
      if (d.get().signum() == 0) {
        undefined++;
      } else {
        counted++;
        sumOfRatios = sumOfRatios.add(n.get().divide(d.get(), MathContext.DECIMAL128));
      }
    }

    void check(KpiValue value, Aggregation method) {
      assertThat(value.method()).isEqualTo(method);
      assertThat(value.rowsMissing()).as("%s missing", kpi.id()).isEqualTo(missing);
      assertThat(value.rowsUndefined())
          .as("%s undefined", kpi.id())
          .isEqualTo(method == Aggregation.MEAN_OF_RATIOS ? undefined : 0);
      if (method == Aggregation.RATIO_OF_SUMS) {
        assertThat(value.rowsCounted()).isEqualTo(rows - missing);
        Ratio expected = Ratio.of(numerator.multiply(kpi.factor()), denominator);
        assertThat(value.ratio().hasSameValueAs(expected))
            .as("%s: %s vs expected %s", kpi.id(), value.ratio(), expected)
            .isTrue();
      } else {
        assertThat(value.rowsCounted()).isEqualTo(counted);
        assertThat(value.isDefined()).isEqualTo(counted > 0);
        if (counted > 0) {
          BigDecimal expected =
              sumOfRatios
                  .multiply(kpi.factor())
                  .divide(BigDecimal.valueOf(counted), MathContext.DECIMAL128);
          BigDecimal actual = value.ratio().value(MathContext.DECIMAL128).orElseThrow();
          BigDecimal tolerance =
              expected.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-12"));
          assertThat(actual.subtract(expected).abs())
              .as("%s: %s vs expected %s", kpi.id(), actual, expected)
              .isLessThanOrEqualTo(tolerance);
        }
      }
    }
  }

  static Map<GroupKey, Reference[]> reference(MetricTable table, KpiQuery query) {
    Map<GroupKey, Reference[]> groups = new HashMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      List<String> values = new ArrayList<>();
      for (Dimension d : query.groupBy()) {
        values.add(table.dimensionValue(d, r).orElse(null));
      }
      TimeBucket bucket = query.bucket().orElse(null);
      LocalDate start = bucket == null ? null : bucket.start(table.date(r));
      GroupKey key = GroupKey.of(query.groupBy(), values, bucket, start);
      Reference[] refs = groups.computeIfAbsent(key, k -> newReferences());
      for (int k = 0; k < KPIS.size(); k++) {
        RatioKpi kpi = KPIS.get(k);
        refs[k].add(sum(table, r, kpi.numerator()), sum(table, r, kpi.denominator()));
      }
    }
    return groups;
  }

  private static Reference[] newReferences() {
    Reference[] refs = new Reference[KPIS.size()];
    for (int k = 0; k < refs.length; k++) {
      refs[k] = new Reference(KPIS.get(k));
    }
    return refs;
  }

  private static Optional<BigDecimal> sum(MetricTable table, int row, LinearSum sum) {
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<MetricId, Long> term : sum.terms().entrySet()) {
      List<MetricId> measures = List.of(term.getKey());
      if (term.getKey().equals(CoreMetrics.ENGAGEMENTS)) {
        Optional<String> platform = table.dimensionValue(Dimension.PLATFORM, row);
        EngagementSets sets = EngagementSets.defaults();
        measures =
            List.copyOf(
                platform.isPresent()
                    ? sets.forPlatform(Platform.of(platform.get()))
                    : sets.fallback());
      }
      for (MetricId m : measures) {
        Optional<BigDecimal> v = table.value(m, row);
        if (v.isEmpty()) {
          return Optional.empty();
        }
        total = total.add(v.get().multiply(BigDecimal.valueOf(term.getValue())));
      }
    }
    return Optional.of(total);
  }
}
