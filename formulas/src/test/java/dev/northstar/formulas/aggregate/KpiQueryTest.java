package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.money.Money;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.kpi.EngagementSets;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KpiQueryTest {

  static final Currency USD = Currency.getInstance("USD");
  static final Currency EUR = Currency.getInstance("EUR");
  static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

  static final RatioKpi ERR =
      RatioKpi.builder(MetricId.of("err"))
          .numerator(LinearSum.of(CoreMetrics.ENGAGEMENTS))
          .denominator(LinearSum.of(CoreMetrics.REACH))
          .build();
  static final RatioKpi CTR = ratio("ctr", CoreMetrics.CLICKS, CoreMetrics.IMPRESSIONS);
  static final RatioKpi CPC = cost("cpc", CoreMetrics.CLICKS, BigDecimal.ONE);
  static final RatioKpi CPM = cost("cpm", CoreMetrics.IMPRESSIONS, BigDecimal.valueOf(1000));
  static final RatioKpi CPE = cost("cpe", CoreMetrics.ENGAGEMENTS, BigDecimal.ONE);

  static RatioKpi ratio(String id, MetricId numerator, MetricId denominator) {
    return RatioKpi.builder(MetricId.of(id))
        .numerator(LinearSum.of(numerator))
        .denominator(LinearSum.of(denominator))
        .build();
  }

  static RatioKpi cost(String id, MetricId per, BigDecimal factor) {
    return RatioKpi.builder(MetricId.of(id))
        .numerator(LinearSum.of(CoreMetrics.SPEND))
        .denominator(LinearSum.of(per))
        .factor(factor)
        .unit(MetricUnit.CURRENCY)
        .build();
  }

  static final TableSchema POSTS =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .dated()
          .counts(
              CoreMetrics.LIKES,
              CoreMetrics.COMMENTS,
              CoreMetrics.SHARES,
              CoreMetrics.SAVES,
              CoreMetrics.REACH)
          .build();

  static MetricTableBuilder post(
      MetricTableBuilder b,
      String platform,
      LocalDate day,
      long likes,
      long comments,
      long shares,
      long saves,
      long reach) {
    return b.dimension(Dimension.PLATFORM, platform)
        .date(day)
        .count(CoreMetrics.LIKES, likes)
        .count(CoreMetrics.COMMENTS, comments)
        .count(CoreMetrics.SHARES, shares)
        .count(CoreMetrics.SAVES, saves)
        .count(CoreMetrics.REACH, reach)
        .endRow();
  }

  static KpiValue only(KpiTable table, RatioKpi kpi) {
    assertThat(table.rows()).hasSize(1);
    return table.rows().get(0).value(kpi.id());
  }

  @Test
  void engagementRateByReachOfTheFormulaVector() {
    // FORMULAS.md: 150 engagements, reach 3,000 -> 5%.
    MetricTable table =
        post(MetricTable.builder(POSTS), "facebook", MARCH_1, 100, 30, 20, 0, 3_000).build();
    KpiValue err = only(KpiQuery.builder().kpis(ERR).build().run(table), ERR);
    assertThat(err.ratio()).isEqualTo(Ratio.of(150, 3_000));
    assertThat(err.format()).isEqualTo("5.00%");
    assertThat(err.method()).isEqualTo(Aggregation.RATIO_OF_SUMS);
    assertThat(err.rowsCounted()).isEqualTo(1);
  }

  @Test
  void costsOfTheAdsVectorAreMoneyPerUnit() {
    // FORMULAS.md: spend 500 USD, 20,000 impressions, 250 clicks, 2,500 engagements.
    TableSchema ads =
        TableSchema.builder()
            .counts(CoreMetrics.IMPRESSIONS, CoreMetrics.CLICKS, CoreMetrics.ENGAGEMENTS)
            .measure(Measure.amount(CoreMetrics.SPEND, USD))
            .build();
    MetricTable table =
        MetricTable.builder(ads)
            .count(CoreMetrics.IMPRESSIONS, 20_000)
            .count(CoreMetrics.CLICKS, 250)
            .count(CoreMetrics.ENGAGEMENTS, 2_500)
            .amount(CoreMetrics.SPEND, new BigDecimal("500"))
            .endRow()
            .build();
    KpiRow row = KpiQuery.builder().kpis(CTR, CPC, CPM, CPE).build().run(table).rows().get(0);
    assertThat(row.value(CTR.id()).format()).isEqualTo("1.25%");
    assertThat(row.value(CPC.id()).money().orElseThrow().value()).contains(Money.of("2.00", "USD"));
    assertThat(row.value(CPM.id()).money().orElseThrow().value())
        .contains(Money.of("25.00", "USD"));
    assertThat(row.value(CPE.id()).money().orElseThrow().value()).contains(Money.of("0.20", "USD"));
    assertThat(row.value(CPM.id()).format()).isEqualTo("25.00 USD");
    assertThat(row.value(CTR.id()).money()).isEmpty();
  }

  @Test
  void theTwoMethodsDifferAndSayWhichTheyAre() {
    MetricTableBuilder b = MetricTable.builder(POSTS);
    post(b, "facebook", MARCH_1, 1, 0, 0, 0, 1);
    post(b, "facebook", MARCH_1, 0, 0, 0, 0, 999);
    MetricTable table = b.build();
    KpiValue sums = only(KpiQuery.builder().kpis(ERR).build().run(table), ERR);
    KpiValue mean =
        only(
            KpiQuery.builder().kpis(ERR).method(Aggregation.MEAN_OF_RATIOS).build().run(table),
            ERR);
    assertThat(sums.ratio().hasSameValueAs(Ratio.of(1, 1_000))).isTrue();
    assertThat(mean.ratio().hasSameValueAs(Ratio.of(1, 2))).isTrue();
    assertThat(sums.method()).isEqualTo(Aggregation.RATIO_OF_SUMS);
    assertThat(mean.method()).isEqualTo(Aggregation.MEAN_OF_RATIOS);
    assertThat(mean.rowsCounted()).isEqualTo(2);
    assertThat(
            KpiQuery.builder()
                .kpis(ERR)
                .method(Aggregation.MEAN_OF_RATIOS)
                .build()
                .run(table)
                .toString())
        .contains("MEAN_OF_RATIOS")
        .contains("err n");
  }

  @Test
  void meanOfRatiosSkipsRowsWithoutReachAndRatioOfSumsKeepsTheirEngagements() {
    MetricTableBuilder b = MetricTable.builder(POSTS);
    post(b, "facebook", MARCH_1, 10, 0, 0, 0, 100);
    post(b, "facebook", MARCH_1, 5, 0, 0, 0, 0);
    MetricTable table = b.build();
    KpiValue mean =
        only(
            KpiQuery.builder().kpis(ERR).method(Aggregation.MEAN_OF_RATIOS).build().run(table),
            ERR);
    assertThat(mean.ratio().hasSameValueAs(Ratio.of(1, 10))).isTrue();
    assertThat(mean.rowsCounted()).isEqualTo(1);
    assertThat(mean.rowsUndefined()).isEqualTo(1);
    KpiValue sums = only(KpiQuery.builder().kpis(ERR).build().run(table), ERR);
    assertThat(sums.ratio()).isEqualTo(Ratio.of(15, 100));
    assertThat(sums.rowsCounted()).isEqualTo(2);
  }

  @Test
  void aZeroDenominatorIsUndefinedNeverZeroOrNaN() {
    MetricTable table =
        post(MetricTable.builder(POSTS), "facebook", MARCH_1, 7, 0, 0, 0, 0).build();
    for (Aggregation method : List.of(Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS)) {
      KpiValue v = only(KpiQuery.builder().kpis(ERR).method(method).build().run(table), ERR);
      assertThat(v.isDefined()).isFalse();
      assertThat(v.value()).isEmpty();
      assertThat(v.doubleValue()).isEmpty();
      assertThat(v.format()).isEqualTo("undefined");
    }
  }

  @Test
  void rowsMissingAnInputAreLeftOutOfThatKpiOnlyAndCounted() {
    TableSchema schema =
        TableSchema.builder()
            .counts(
                CoreMetrics.ENGAGEMENTS,
                CoreMetrics.REACH,
                CoreMetrics.CLICKS,
                CoreMetrics.IMPRESSIONS)
            .build();
    MetricTable table =
        MetricTable.builder(schema)
            .count(CoreMetrics.ENGAGEMENTS, 10)
            .count(CoreMetrics.REACH, 100)
            .count(CoreMetrics.CLICKS, 1)
            .count(CoreMetrics.IMPRESSIONS, 50)
            .endRow()
            .count(CoreMetrics.ENGAGEMENTS, 90)
            .count(CoreMetrics.CLICKS, 3)
            .count(CoreMetrics.IMPRESSIONS, 150)
            .endRow()
            .build();
    KpiRow row =
        KpiQuery.builder()
            .kpis(ERR, CTR)
            .totals(CoreMetrics.REACH)
            .build()
            .run(table)
            .rows()
            .get(0);
    assertThat(row.value(ERR.id()).ratio()).isEqualTo(Ratio.of(10, 100));
    assertThat(row.value(ERR.id()).rowsMissing()).isEqualTo(1);
    assertThat(row.value(CTR.id()).ratio()).isEqualTo(Ratio.of(4, 200));
    assertThat(row.value(CTR.id()).rowsMissing()).isZero();
    assertThat(row.total(CoreMetrics.REACH).sum()).isEqualByComparingTo("100");
    assertThat(row.total(CoreMetrics.REACH).rowsMissing()).isEqualTo(1);
    assertThat(row.total(CoreMetrics.REACH).label()).isEqualTo("summed reach");
  }

  @Test
  void engagementsFollowEachPlatformsSetAndCanBeOverridden() {
    MetricTableBuilder b = MetricTable.builder(POSTS);
    post(b, "facebook", MARCH_1, 10, 10, 10, 1_000, 100);
    post(b, "instagram", MARCH_1, 10, 10, 10, 20, 100);
    MetricTable table = b.build();
    KpiQuery query = KpiQuery.builder().kpis(ERR).groupBy(Dimension.PLATFORM).build();
    KpiTable result = query.run(table);
    assertThat(result.rows().get(0).key().value(Dimension.PLATFORM)).contains("facebook");
    assertThat(result.rows().get(0).value(ERR.id()).ratio()).isEqualTo(Ratio.of(30, 100));
    assertThat(result.rows().get(1).value(ERR.id()).ratio()).isEqualTo(Ratio.of(50, 100));

    EngagementSets likesOnly =
        EngagementSets.defaults().with(Platform.INSTAGRAM, Set.of(CoreMetrics.LIKES));
    KpiTable overridden =
        KpiQuery.builder()
            .kpis(ERR)
            .groupBy(Dimension.PLATFORM)
            .engagementSets(likesOnly)
            .build()
            .run(table);
    assertThat(overridden.rows().get(1).value(ERR.id()).ratio()).isEqualTo(Ratio.of(10, 100));
  }

  @Test
  void groupsByPlatformAndMonthInKeyOrder() {
    MetricTableBuilder b = MetricTable.builder(POSTS);
    post(b, "instagram", LocalDate.of(2026, 4, 1), 1, 0, 0, 0, 10);
    post(b, "facebook", LocalDate.of(2026, 3, 31), 2, 0, 0, 0, 10);
    post(b, "facebook", LocalDate.of(2026, 3, 1), 3, 0, 0, 0, 10);
    post(b, "facebook", LocalDate.of(2026, 4, 30), 4, 0, 0, 0, 10);
    KpiTable t =
        KpiQuery.builder()
            .kpis(ERR)
            .groupBy(Dimension.PLATFORM)
            .bucket(TimeBucket.MONTH)
            .build()
            .run(b.build());
    assertThat(t.rows())
        .extracting(r -> r.key().toString())
        .containsExactly(
            "[platform=facebook, month=2026-03]",
            "[platform=facebook, month=2026-04]",
            "[platform=instagram, month=2026-04]");
    assertThat(t.rows().get(0).value(ERR.id()).ratio()).isEqualTo(Ratio.of(5, 20));
    assertThat(t.rows().get(0).rows()).isEqualTo(2);
    assertThat(t.toString())
        .startsWith("KPIs by platform, month (RATIO_OF_SUMS)\n")
        .containsPattern("facebook +2026-03 +2 +25\\.00%");
  }

  @Test
  void errorsNameWhatIsMissing() {
    MetricTable table =
        post(MetricTable.builder(POSTS), "facebook", MARCH_1, 1, 1, 1, 1, 1).build();
    assertThatThrownBy(() -> KpiQuery.builder().kpis(CTR).build().run(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numerator of KPI 'ctr' needs measure 'clicks'");
    assertThatThrownBy(
            () -> KpiQuery.builder().kpis(ERR).groupBy(Dimension.CAMPAIGN).build().run(table))
        .hasMessageContaining("groups by 'campaign', but the table has no such dimension");
    MetricTable undated =
        MetricTable.builder(TableSchema.builder().counts(CoreMetrics.REACH).build())
            .count(CoreMetrics.REACH, 1)
            .endRow()
            .build();
    assertThatThrownBy(
            () ->
                KpiQuery.builder()
                    .totals(CoreMetrics.REACH)
                    .bucket(TimeBucket.DAY)
                    .build()
                    .run(undated))
        .hasMessageContaining("no date column");
    TableSchema noSaves =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM)
            .counts(CoreMetrics.LIKES, CoreMetrics.COMMENTS, CoreMetrics.SHARES, CoreMetrics.REACH)
            .build();
    MetricTable instagram =
        MetricTable.builder(noSaves)
            .dimension(Dimension.PLATFORM, "instagram")
            .count(CoreMetrics.LIKES, 1)
            .count(CoreMetrics.COMMENTS, 1)
            .count(CoreMetrics.SHARES, 1)
            .count(CoreMetrics.REACH, 1)
            .endRow()
            .build();
    assertThatThrownBy(() -> KpiQuery.builder().kpis(ERR).build().run(instagram))
        .hasMessageContaining(
            "needs 'saves': engagements on instagram are likes + comments + shares + saves");
    assertThatThrownBy(() -> KpiQuery.builder().kpis(ERR).build().run(table, 0))
        .hasMessageContaining("threads must be 1 to 256, but was 0");
    assertThatThrownBy(() -> KpiQuery.builder().kpis(ERR).method(Aggregation.SUM))
        .hasMessageContaining("must be RATIO_OF_SUMS or MEAN_OF_RATIOS, but was SUM");
    assertThatThrownBy(() -> KpiQuery.builder().kpis(ERR, ERR))
        .hasMessageContaining("'err' is already in the query");
  }

  @Test
  void moneyKpisNeedAmountColumnsInOneCurrency() {
    TableSchema spendAsCount =
        TableSchema.builder().counts(CoreMetrics.SPEND, CoreMetrics.CLICKS).build();
    MetricTable t1 =
        MetricTable.builder(spendAsCount)
            .count(CoreMetrics.SPEND, 5)
            .count(CoreMetrics.CLICKS, 1)
            .endRow()
            .build();
    assertThatThrownBy(() -> KpiQuery.builder().kpis(CPC).build().run(t1))
        .hasMessageContaining("KPI 'cpc' is an amount per unit")
        .hasMessageContaining("Measure.amount");
    TableSchema twoCurrencies =
        TableSchema.builder()
            .measure(Measure.amount(CoreMetrics.REVENUE, EUR))
            .measure(Measure.amount(CoreMetrics.SPEND, USD))
            .build();
    MetricTable t2 =
        MetricTable.builder(twoCurrencies)
            .amount(CoreMetrics.REVENUE, BigDecimal.TEN)
            .amount(CoreMetrics.SPEND, BigDecimal.ONE)
            .endRow()
            .build();
    RatioKpi roi =
        RatioKpi.builder(MetricId.of("roi"))
            .numerator(LinearSum.parse("revenue - spend"))
            .denominator(LinearSum.of(CoreMetrics.SPEND))
            .build();
    assertThatThrownBy(() -> KpiQuery.builder().kpis(roi).build().run(t2))
        .hasMessageContaining("numerator of KPI 'roi' mixes revenue[EUR:2]")
        .hasMessageContaining("same unit");
    RatioKpi roas = ratio("roas", CoreMetrics.REVENUE, CoreMetrics.SPEND);
    assertThatThrownBy(() -> KpiQuery.builder().kpis(roas).build().run(t2))
        .hasMessageContaining("currencies must not be mixed");
  }

  @Test
  void returnOnInvestmentIsSignedAndExact() {
    // FORMULAS.md: revenue 15,000, cost 5,000 -> ROI 200%, ROAS 3.0.
    TableSchema money =
        TableSchema.builder()
            .measure(Measure.amount(CoreMetrics.REVENUE, USD))
            .measure(Measure.amount(CoreMetrics.SPEND, USD))
            .build();
    MetricTable t =
        MetricTable.builder(money)
            .amount(CoreMetrics.REVENUE, new BigDecimal("15000"))
            .amount(CoreMetrics.SPEND, new BigDecimal("5000"))
            .endRow()
            .amount(CoreMetrics.REVENUE, new BigDecimal("0"))
            .amount(CoreMetrics.SPEND, new BigDecimal("0.01"))
            .endRow()
            .build();
    RatioKpi roi =
        RatioKpi.builder(MetricId.of("roi"))
            .numerator(LinearSum.parse("revenue - spend"))
            .denominator(LinearSum.of(CoreMetrics.SPEND))
            .build();
    RatioKpi roas =
        RatioKpi.builder(MetricId.of("roas"))
            .numerator(LinearSum.of(CoreMetrics.REVENUE))
            .denominator(LinearSum.of(CoreMetrics.SPEND))
            .unit(MetricUnit.SCORE)
            .build();
    KpiRow first = KpiQuery.builder().kpis(roi, roas).build().run(t.slice(0, 1)).rows().get(0);
    assertThat(first.value(roi.id()).format()).isEqualTo("200.00%");
    assertThat(first.value(roas.id()).format()).isEqualTo("3");
    KpiValue loss =
        KpiQuery.builder()
            .kpis(roi)
            .method(Aggregation.MEAN_OF_RATIOS)
            .build()
            .run(t.slice(1, 2))
            .rows()
            .get(0)
            .value(roi.id());
    assertThat(loss.ratio().hasSameValueAs(Ratio.of(-1, 1))).isTrue();
  }

  @Test
  void aSumThatOverflowsIsAnErrorNamingTheKpi() {
    long big = Long.MAX_VALUE / 2 + 1;
    MetricTableBuilder b = MetricTable.builder(POSTS);
    post(b, "facebook", MARCH_1, big, 0, 0, 0, 1);
    post(b, "facebook", MARCH_1, big, 0, 0, 0, 1);
    MetricTable table = b.build();
    assertThatThrownBy(() -> KpiQuery.builder().kpis(ERR).build().run(table))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("KPI 'err' overflows a long");
    MetricTable oneRow =
        post(MetricTable.builder(POSTS), "facebook", MARCH_1, big, big, 0, 0, 1).build();
    assertThatThrownBy(() -> KpiQuery.builder().kpis(ERR).build().run(oneRow))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("numerator of KPI 'err' overflows a long")
        .hasMessageContaining("row 0");
    assertThatThrownBy(() -> KpiQuery.builder().totals(CoreMetrics.LIKES).build().run(table))
        .hasMessageContaining("total of 'likes' overflows");
  }

  @Test
  void partialsSurviveJavaSerializationAndStillMerge() throws Exception {
    MetricTableBuilder b = MetricTable.builder(POSTS);
    post(b, "facebook", MARCH_1, 10, 1, 1, 0, 100);
    post(b, "threads", MARCH_1.plusDays(40), 5, 1, 1, 0, 50);
    MetricTable table = b.build();
    KpiQuery query =
        KpiQuery.builder()
            .kpis(ERR)
            .totals(CoreMetrics.LIKES)
            .groupBy(Dimension.PLATFORM)
            .bucket(TimeBucket.QUARTER)
            .build();
    PartialAggregate first = query.aggregate(table.slice(0, 1));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(first);
    }
    PartialAggregate copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (PartialAggregate) in.readObject();
    }
    assertThat(copy).isEqualTo(first);
    assertThat(copy.merge(query.aggregate(table.slice(1, 2)))).isEqualTo(query.aggregate(table));
    assertThat(bytes.size()).isLessThan(6_000);
  }

  @Test
  void partialsOfOtherQueriesOrUnitsDoNotMerge() {
    MetricTable table =
        post(MetricTable.builder(POSTS), "facebook", MARCH_1, 1, 1, 1, 1, 1).build();
    PartialAggregate err = KpiQuery.builder().kpis(ERR).build().aggregate(table);
    PartialAggregate both =
        KpiQuery.builder().kpis(ERR).totals(CoreMetrics.LIKES).build().aggregate(table);
    assertThatThrownBy(() -> err.merge(both))
        .hasMessageContaining("only partials of equal queries merge");
    TableSchema usd = TableSchema.builder().measure(Measure.amount(CoreMetrics.SPEND, USD)).build();
    TableSchema eur = TableSchema.builder().measure(Measure.amount(CoreMetrics.SPEND, EUR)).build();
    KpiQuery spend = KpiQuery.builder().totals(CoreMetrics.SPEND).build();
    PartialAggregate a =
        spend.aggregate(
            MetricTable.builder(usd).amount(CoreMetrics.SPEND, BigDecimal.ONE).endRow().build());
    PartialAggregate e =
        spend.aggregate(
            MetricTable.builder(eur).amount(CoreMetrics.SPEND, BigDecimal.ONE).endRow().build());
    assertThatThrownBy(() -> a.merge(e))
        .hasMessageContaining("different units")
        .hasMessageContaining("EUR");
  }

  @Test
  void anEmptyTableGivesAnEmptyResult() {
    KpiTable t =
        KpiQuery.builder()
            .kpis(ERR)
            .groupBy(Dimension.PLATFORM)
            .bucket(TimeBucket.DAY)
            .build()
            .run(MetricTable.builder(POSTS).build());
    assertThat(t.rows()).isEmpty();
    assertThat(t.rowCount()).isZero();
    assertThat(t.toString()).contains("platform  day  rows  err");
  }
}
