package dev.northstar.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.PartialAggregate;
import dev.northstar.formulas.kpi.KpiInputs;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import dev.northstar.testkit.internal.KpiRows;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of a provider whose definitions include formulas ({@link RatioKpi}s): everything of
 * {@link MetricDefinitionProviderContract}, and for each KPI of {@link #kpis()}:
 *
 * <ul>
 *   <li>its definition is the provider's, as {@link RatioKpi#toDefinition()} gives it;
 *   <li>every measure its formula uses is defined, in {@link #registry()} or by the provider;
 *   <li><b>undefined on zero</b>: with every denominator measure zero, {@link
 *       RatioKpi#evaluate(KpiInputs)} and the aggregation engine (both methods) give an undefined
 *       value, never 0, NaN, Infinity or an exception;
 *   <li><b>mergeable</b>: over generated rows split at any point, the partial aggregates of the two
 *       parts merge (in either order) into exactly the result of the whole, for {@link
 *       Aggregation#RATIO_OF_SUMS} and {@link Aggregation#MEAN_OF_RATIOS}.
 * </ul>
 *
 * <pre>{@code
 * class DiscountMetricsTest implements RatioKpiContract {
 *   public MetricDefinitionProvider provider() { return new DiscountMetrics(); }
 *   public List<RatioKpi> kpis() { return List.of(DiscountMetrics.REDEMPTION_RATE); }
 * }
 * }</pre>
 *
 * <p>Property checks use {@link Property}: a failure prints the seed and the rows that broke it.
 */
public interface RatioKpiContract extends MetricDefinitionProviderContract {

  /**
   * Returns the formulas under test, each of whose definition the provider returns.
   *
   * @return the KPIs, never null
   */
  List<RatioKpi> kpis();

  /**
   * Every KPI's definition is the provider's, as {@link RatioKpi#toDefinition()} gives it.
   *
   * @return one test per KPI, never null
   */
  @TestFactory
  default Stream<DynamicTest> everyKpiIsDefinedByTheProvider() {
    List<MetricDefinition> own = MetricDefinitionProviderContract.definitionsOf(provider());
    return perKpi(
        kpi -> {
          Optional<MetricDefinition> d =
              own.stream().filter(x -> x.id().equals(kpi.id())).findAny();
          assertTrue(d.isPresent(), () -> provider().name() + " does not define KPI " + kpi.id());
          assertEquals(
              kpi.toDefinition(),
              d.get(),
              () -> "the definition of " + kpi.id() + " differs from its formula's");
        });
  }

  /**
   * Every measure a KPI uses is defined.
   *
   * @return one test per KPI, never null
   */
  @TestFactory
  default Stream<DynamicTest> everyMeasureOfEveryKpiIsDefined() {
    KpiRows.Definitions definitions = definitions();
    return perKpi(
        kpi -> {
          for (MetricId m : KpiRows.measuresOf(kpi)) {
            assertTrue(
                definitions.find(m).isPresent(),
                () ->
                    "KPI "
                        + kpi
                        + " uses measure '"
                        + m
                        + "', which neither the registry nor the provider defines");
          }
        });
  }

  /**
   * A zero denominator gives an undefined value, in {@code evaluate} and in the engine.
   *
   * @return one test per KPI, never null
   */
  @TestFactory
  default Stream<DynamicTest> everyKpiIsUndefinedOnAZeroDenominator() {
    KpiRows.Definitions definitions = definitions();
    return perKpi(
        kpi ->
            Property.named(kpi.id() + " is undefined on a zero denominator")
                .forAll(
                    KpiRows.rows(kpi, true),
                    rows -> {
                      Map<MetricId, BigDecimal> inputs = new LinkedHashMap<>();
                      rows.get(0).values().forEach((m, v) -> inputs.put(m, BigDecimal.valueOf(v)));
                      Optional<Ratio> direct = kpi.evaluate(KpiInputs.of(inputs));
                      assertTrue(direct.isPresent(), "every input is given, so a ratio comes out");
                      assertFalse(
                          direct.get().isDefined(),
                          () -> "evaluate gave " + direct.get() + " for a zero denominator");
                      MetricTable table = KpiRows.table(kpi, rows, definitions);
                      for (Aggregation method : methods()) {
                        KpiValue v = query(kpi, method).run(table).rows().get(0).value(kpi.id());
                        assertFalse(
                            v.isDefined(), () -> method + " gave " + v + " for a zero denominator");
                        assertTrue(v.doubleValue().isEmpty(), () -> method + " gave a number");
                      }
                    }));
  }

  /**
   * Partial aggregates of any split of the rows merge into the result of the whole.
   *
   * @return one test per KPI, never null
   */
  @TestFactory
  default Stream<DynamicTest> everyKpiMergesExactly() {
    KpiRows.Definitions definitions = definitions();
    return perKpi(
        kpi ->
            Property.named(kpi.id() + " merges exactly")
                .forAll(
                    KpiRows.rows(kpi, false),
                    Gens.doubles(0, 1),
                    (rows, at) -> {
                      int cut = (int) Math.round(at * rows.size());
                      MetricTable whole = KpiRows.table(kpi, rows, definitions);
                      MetricTable left = KpiRows.table(kpi, rows.subList(0, cut), definitions);
                      MetricTable right =
                          KpiRows.table(kpi, rows.subList(cut, rows.size()), definitions);
                      for (Aggregation method : methods()) {
                        KpiQuery q = query(kpi, method);
                        KpiTable expected = q.run(whole);
                        PartialAggregate l = q.aggregate(left);
                        PartialAggregate r = q.aggregate(right);
                        assertEquals(expected, l.merge(r).toTable(), () -> method + " left+right");
                        assertEquals(expected, r.merge(l).toTable(), () -> method + " right+left");
                        for (KpiRow row : expected.rows()) {
                          KpiValue v = row.value(kpi.id());
                          if (v.isDefined()) {
                            double d = v.doubleValue().orElseThrow();
                            assertTrue(Double.isFinite(d), () -> method + " gave " + d);
                          }
                        }
                      }
                    }));
  }

  /**
   * Returns the aggregation methods the merge and zero checks use: both ratio methods.
   *
   * @return the methods, never null
   */
  default List<Aggregation> methods() {
    return List.of(Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS);
  }

  private KpiRows.Definitions definitions() {
    return KpiRows.Definitions.of(
        registry(), MetricDefinitionProviderContract.definitionsOf(provider()));
  }

  private static KpiQuery query(RatioKpi kpi, Aggregation method) {
    return KpiQuery.builder().kpis(kpi).groupBy(Dimension.PLATFORM).method(method).build();
  }

  private Stream<DynamicTest> perKpi(KpiCheck check) {
    return kpis().stream().map(k -> DynamicTest.dynamicTest(k.id().value(), () -> check.check(k)));
  }

  /** A check of one KPI. */
  @FunctionalInterface
  interface KpiCheck {
    /**
     * Checks a KPI.
     *
     * @param kpi the KPI, not null
     * @throws Throwable if the check fails
     */
    void check(RatioKpi kpi) throws Throwable;
  }
}
