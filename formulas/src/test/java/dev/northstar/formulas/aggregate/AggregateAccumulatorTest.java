package dev.northstar.formulas.aggregate;

import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.MONTHLY_QUERY;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.MONTHLY_QUERY_IN_PARIS;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.POSTS;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.FormulasGens;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AggregateAccumulator} adds tables and merges accumulators in place, into the partial that
 * one run over all rows gives.
 */
class AggregateAccumulatorTest {

  static final List<KpiQuery> QUERIES =
      List.of(
          KpiQuery.builder()
              .kpis(Kpis.ERR, Kpis.CTR)
              .totals(CoreMetrics.SPEND)
              .groupBy(Dimension.PLATFORM)
              .bucket(TimeBucket.MONTH)
              .build(),
          KpiQuery.builder()
              .kpis(Kpis.ERR)
              .groupBy(Dimension.PLATFORM, FormulasGens.CAMPAIGN)
              .method(dev.northstar.core.metric.Aggregation.MEAN_OF_RATIOS)
              .build());

  /** Rows {@code from} to {@code to} of a generated table, as their own table. */
  private static List<MetricTable> split(java.util.SplittableRandom random, int parts) {
    List<MetricTable> tables = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      tables.add(FormulasGens.table(random, random.nextInt(60)));
    }
    return tables;
  }

  @Test
  void addingTablesAndMergingAccumulatorsGivesThePartialOfAllRows() {
    Property.named("accumulators of parts, merged in place, equal the merge of the parts' partials")
        .scaledTries(60)
        .forAll(
            random -> split(random, 1 + random.nextInt(6)),
            tables -> {
              for (KpiQuery query : QUERIES) {
                PartialAggregate expected = PartialAggregate.empty(query);
                for (MetricTable t : tables) {
                  expected = expected.merge(query.aggregate(t));
                }
                // One accumulator per table, merged into the first.
                List<AggregateAccumulator> accs = new ArrayList<>();
                for (MetricTable t : tables) {
                  accs.add(AggregateAccumulator.of(query).add(t));
                }
                AggregateAccumulator into = accs.get(0);
                for (int i = 1; i < accs.size(); i++) {
                  assertThat(into.merge(accs.get(i))).isSameAs(into);
                }
                assertThat(into.toPartial()).isEqualTo(expected);
                assertThat(into.groupCount()).isEqualTo(expected.groupCount());
                // All tables into one accumulator.
                AggregateAccumulator one = AggregateAccumulator.of(query);
                tables.forEach(one::add);
                assertThat(one.toPartial()).isEqualTo(expected);
                assertThat(one.toTable()).isEqualTo(expected.toTable());
                // Through the byte form and back.
                AggregateAccumulator back =
                    AggregateAccumulator.from(
                        PartialAggregate.fromBytes(query, one.toPartial().toBytes()));
                assertThat(back.toPartial()).isEqualTo(expected);
              }
            });
  }

  @Test
  void mergingLeavesTheOtherAccumulatorUnchanged() {
    AggregateAccumulator a = AggregateAccumulator.of(MONTHLY_QUERY).add(POSTS);
    AggregateAccumulator b = AggregateAccumulator.of(MONTHLY_QUERY).add(POSTS);
    a.merge(b);
    assertThat(b.toPartial()).isEqualTo(MONTHLY_QUERY.aggregate(POSTS));
    assertThat(a.toPartial())
        .isEqualTo(MONTHLY_QUERY.aggregate(POSTS).merge(MONTHLY_QUERY.aggregate(POSTS)));
    // Both hold the same groups at the same slots: each group's rows are doubled.
    assertThat(a.toTable().rows()).allSatisfy(r -> assertThat(r.rows() % 2).isZero());
  }

  @Test
  void partialsAddAndTheAccumulatorStaysUsableAfterASnapshot() {
    AggregateAccumulator acc = AggregateAccumulator.from(MONTHLY_QUERY.aggregate(POSTS));
    PartialAggregate before = acc.toPartial();
    acc.add(MONTHLY_QUERY.aggregate(POSTS));
    assertThat(before).isEqualTo(MONTHLY_QUERY.aggregate(POSTS));
    assertThat(acc.toPartial()).isEqualTo(before.merge(before));
    assertThat(AggregateAccumulator.of(MONTHLY_QUERY).toPartial())
        .isEqualTo(PartialAggregate.empty(MONTHLY_QUERY));
    assertThat(acc.query()).isSameAs(MONTHLY_QUERY);
    assertThat(acc).hasToString("AggregateAccumulator[" + MONTHLY_QUERY + ", 4 groups]");
  }

  @Test
  void anEmptyAccumulatorTakesTheUnitsOfWhatIsAdded() {
    AggregateAccumulator empty = AggregateAccumulator.of(MONTHLY_QUERY);
    AggregateAccumulator full = AggregateAccumulator.of(MONTHLY_QUERY).add(POSTS);
    full.merge(empty);
    empty.merge(full);
    assertThat(empty.toPartial()).isEqualTo(MONTHLY_QUERY.aggregate(POSTS));
    assertThat(full.toPartial()).isEqualTo(MONTHLY_QUERY.aggregate(POSTS));
  }

  @Test
  void otherQueriesUnitsAndItselfAreRefused() {
    AggregateAccumulator acc = AggregateAccumulator.of(MONTHLY_QUERY).add(POSTS);
    assertThatThrownBy(() -> acc.merge(AggregateAccumulator.of(MONTHLY_QUERY_IN_PARIS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("only accumulators and partials of equal queries merge, but got");
    assertThatThrownBy(() -> acc.add(MONTHLY_QUERY_IN_PARIS.aggregate(POSTS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("only accumulators and partials of equal queries merge");
    assertThatThrownBy(() -> acc.merge(acc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an accumulator cannot merge itself: its rows would count twice");
    TableSchema euros =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM)
            .dated()
            .counts(CoreMetrics.ENGAGEMENTS, CoreMetrics.REACH, CoreMetrics.CLICKS)
            .measure(Measure.amount(CoreMetrics.SPEND, Currency.getInstance("EUR")))
            .build();
    MetricTableBuilder b = MetricTable.builder(euros);
    b.dimension(Dimension.PLATFORM, "x")
        .date(LocalDate.parse("2026-01-02"))
        .count(CoreMetrics.ENGAGEMENTS, 1)
        .count(CoreMetrics.REACH, 1)
        .count(CoreMetrics.CLICKS, 1)
        .amount(CoreMetrics.SPEND, new BigDecimal("1.00"));
    b.endRow();
    MetricTable inEuros = b.build();
    assertThatThrownBy(() -> acc.add(inEuros))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different units");
    assertThat(acc.toPartial()).isEqualTo(MONTHLY_QUERY.aggregate(POSTS));
    assertThatThrownBy(() -> AggregateAccumulator.of(null)).hasMessage("query must not be null");
    assertThatThrownBy(() -> AggregateAccumulator.from(null))
        .hasMessage("partial must not be null");
    assertThatThrownBy(() -> acc.add((MetricTable) null)).hasMessage("rows must not be null");
    assertThatThrownBy(() -> acc.add((PartialAggregate) null))
        .hasMessage("partial must not be null");
    assertThatThrownBy(() -> acc.merge(null)).hasMessage("other must not be null");
  }

  @Test
  void anOverflowNamesTheGroupAndTheAccumulatorRefusesFurtherUse() {
    TableSchema schema =
        TableSchema.builder().dimensions(Dimension.PLATFORM).counts(CoreMetrics.REACH).build();
    MetricTableBuilder b = MetricTable.builder(schema);
    b.dimension(Dimension.PLATFORM, "x").count(CoreMetrics.REACH, Long.MAX_VALUE / 2 + 1);
    b.endRow();
    MetricTable big = b.build();
    KpiQuery query =
        KpiQuery.builder().totals(CoreMetrics.REACH).groupBy(Dimension.PLATFORM).build();
    AggregateAccumulator acc = AggregateAccumulator.of(query).add(big);
    AggregateAccumulator other = AggregateAccumulator.of(query).add(big);
    assertThatThrownBy(() -> acc.merge(other))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("overflows a long")
        .hasMessageContaining("x");
    assertThatThrownBy(acc::toPartial)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this accumulator overflowed a long earlier and its sums are incomplete");
    assertThatThrownBy(() -> other.merge(acc)).isInstanceOf(IllegalStateException.class);
    assertThat(other.toPartial()).isEqualTo(query.aggregate(big));
  }

  static {
    // The fixture's schema is the one the tables above extend.
    assertThat(SCHEMA).isNotNull();
  }
}
