package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.money.Money;
import dev.northstar.formulas.kpi.KpiInputs;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every KPI of the catalogue gives, through the engine over many rows, the value its scalar form
 * gives on the summed inputs: the engine and the formulas agree.
 */
class CatalogueThroughTheEngineTest {

  static final Currency USD = Currency.getInstance("USD");
  static final MetricRegistry REGISTRY = MetricRegistry.load();

  static Set<MetricId> measuresOf(RatioKpi kpi) {
    Set<MetricId> ids = new LinkedHashSet<>(kpi.numerator().terms().keySet());
    ids.addAll(kpi.denominator().terms().keySet());
    return ids;
  }

  static boolean isMoney(MetricId id) {
    return REGISTRY.find(id).map(MetricDefinition::unit).orElse(MetricUnit.COUNT)
        == MetricUnit.CURRENCY;
  }

  static TableSchema schemaOf(RatioKpi kpi) {
    TableSchema.Builder b = TableSchema.builder();
    for (MetricId id : measuresOf(kpi)) {
      b.measure(isMoney(id) ? Measure.amount(id, USD) : Measure.count(id));
    }
    return b.build();
  }

  @Test
  void everyKpiAgreesWithItsScalarFormulaOnSummedRows() {
    Property.named("engine ratio of sums == scalar formula on the sums, for every KPI")
        .forAll(
            Gens.elements(Kpis.all()),
            random -> random.nextLong(),
            (kpi, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              TableSchema schema = schemaOf(kpi);
              MetricTableBuilder b = MetricTable.builder(schema);
              int rows = 1 + random.nextInt(20);
              KpiInputs sums = KpiInputs.empty();
              Map<MetricId, BigDecimal> totals = new java.util.LinkedHashMap<>();
              for (int r = 0; r < rows; r++) {
                for (Measure m : schema.measures()) {
                  BigDecimal v =
                      random.nextInt(6) == 0
                          ? BigDecimal.ZERO
                          : BigDecimal.valueOf(random.nextLong(1_000_000), m.scale());
                  b.amount(m.id(), v);
                  totals.merge(m.id(), v, BigDecimal::add);
                }
                b.endRow();
              }
              for (Map.Entry<MetricId, BigDecimal> e : totals.entrySet()) {
                sums = sums.with(e.getKey(), e.getValue());
              }
              KpiValue engine =
                  KpiQuery.builder().kpis(kpi).build().run(b.build()).rows().get(0).value(kpi.id());
              Ratio scalar = kpi.evaluate(sums).orElseThrow();
              assertThat(engine.ratio().hasSameValueAs(scalar))
                  .as("%s: engine %s, scalar %s", kpi.id(), engine.ratio(), scalar)
                  .isTrue();
              assertThat(engine.currency().isPresent())
                  .isEqualTo(kpi.unit() == MetricUnit.CURRENCY);
            });
  }

  @Test
  void theFormulaVectorsThroughTheEngine() {
    TableSchema posts =
        TableSchema.builder()
            .counts(
                CoreMetrics.ENGAGEMENTS,
                CoreMetrics.REACH,
                CoreMetrics.IMPRESSIONS,
                CoreMetrics.CLICKS)
            .measure(Measure.amount(CoreMetrics.SPEND, USD))
            .build();
    // 90 engagements, 4,500 impressions, reach 3,000 -> ER impressions 2.0%, ERR 3.0%, frequency
    // 1.5.
    MetricTable a =
        MetricTable.builder(posts)
            .count(CoreMetrics.ENGAGEMENTS, 90)
            .count(CoreMetrics.IMPRESSIONS, 4_500)
            .count(CoreMetrics.REACH, 3_000)
            .count(CoreMetrics.CLICKS, 0)
            .amount(CoreMetrics.SPEND, BigDecimal.ZERO)
            .endRow()
            .build();
    KpiRow row =
        KpiQuery.builder()
            .kpis(Kpis.ER_IMPRESSIONS, Kpis.ERR, Kpis.FREQUENCY)
            .build()
            .run(a)
            .rows()
            .get(0);
    assertThat(row.value(Kpis.ER_IMPRESSIONS.id()).format()).isEqualTo("2.00%");
    assertThat(row.value(Kpis.ERR.id()).format()).isEqualTo("3.00%");
    assertThat(row.value(Kpis.FREQUENCY.id()).format()).isEqualTo("1.50");
    // Ads: spend 500 USD, 20,000 impressions, 250 clicks, 2,500 engagements.
    MetricTable ads =
        MetricTable.builder(posts)
            .count(CoreMetrics.ENGAGEMENTS, 2_500)
            .count(CoreMetrics.IMPRESSIONS, 20_000)
            .count(CoreMetrics.REACH, 1)
            .count(CoreMetrics.CLICKS, 250)
            .amount(CoreMetrics.SPEND, new BigDecimal("500"))
            .endRow()
            .build();
    for (Aggregation method : List.of(Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS)) {
      KpiRow r =
          KpiQuery.builder()
              .kpis(Kpis.CTR, Kpis.CPC, Kpis.CPM, Kpis.CPE)
              .method(method)
              .build()
              .run(ads)
              .rows()
              .get(0);
      assertThat(r.value(Kpis.CTR.id()).format()).isEqualTo("1.25%");
      assertThat(r.value(Kpis.CPC.id()).money().orElseThrow().value())
          .contains(Money.of("2.00", "USD"));
      assertThat(r.value(Kpis.CPM.id()).money().orElseThrow().value())
          .contains(Money.of("25.00", "USD"));
      assertThat(r.value(Kpis.CPE.id()).money().orElseThrow().value())
          .contains(Money.of("0.20", "USD"));
    }
  }
}
