package dev.northstar.testkit.internal;

import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rows of the measures a KPI uses, and metric tables of them, for the KPI contract. */
public final class KpiRows {

  private static final Currency USD = Currency.getInstance("USD");
  private static final List<String> PLATFORMS = List.of("facebook", "instagram", "linkedin");

  private KpiRows() {}

  /**
   * One row: a platform and a value per measure (cents for amounts).
   *
   * @param platform the platform dimension's value
   * @param values the value per measure
   */
  public record Row(String platform, Map<MetricId, Long> values) {}

  /**
   * Returns the measures a KPI uses, numerator first.
   *
   * @param kpi the KPI
   * @return the measures, in order, without repeats
   */
  public static List<MetricId> measuresOf(RatioKpi kpi) {
    Set<MetricId> all = new LinkedHashSet<>(kpi.numerator().terms().keySet());
    all.addAll(kpi.denominator().terms().keySet());
    return List.copyOf(all);
  }

  /**
   * Generates rows for a KPI, zeros frequent, with the denominator's measures zero if asked.
   *
   * @param kpi the KPI
   * @param zeroDenominator whether every denominator measure is zero
   * @return the generator
   */
  public static Gen<List<Row>> rows(RatioKpi kpi, boolean zeroDenominator) {
    List<MetricId> measures = measuresOf(kpi);
    Set<MetricId> denominator = kpi.denominator().terms().keySet();
    Gen<Long> value =
        Gens.frequency(
            20,
            Gens.constant(0L),
            Gens.frequency(70, Gens.longs(1, 1_000), Gens.longs(1, 1_000_000)));
    Gen<Row> row =
        random -> {
          Map<MetricId, Long> values = new LinkedHashMap<>();
          for (MetricId m : measures) {
            values.put(m, zeroDenominator && denominator.contains(m) ? 0L : value.generate(random));
          }
          return new Row(Gens.elements(PLATFORMS).generate(random), values);
        };
    return Gens.listOf(row, 1, 40);
  }

  /**
   * Builds a table of rows: amount columns (USD) for measures whose definition is a currency, count
   * columns otherwise.
   *
   * @param kpi the KPI whose measures are the columns
   * @param rows the rows
   * @param definitions where the measures' units are looked up
   * @return the table
   */
  public static MetricTable table(RatioKpi kpi, List<Row> rows, Definitions definitions) {
    TableSchema.Builder schema = TableSchema.builder().dimensions(Dimension.PLATFORM);
    List<MetricId> measures = measuresOf(kpi);
    List<Boolean> amounts = new ArrayList<>();
    for (MetricId m : measures) {
      boolean amount = definitions.find(m).map(d -> d.unit() == MetricUnit.CURRENCY).orElse(false);
      amounts.add(amount);
      schema.measure(amount ? Measure.amount(m, USD) : Measure.count(m));
    }
    MetricTableBuilder table = MetricTable.builder(schema.build());
    for (Row r : rows) {
      table.dimension(Dimension.PLATFORM, r.platform());
      for (int i = 0; i < measures.size(); i++) {
        MetricId m = measures.get(i);
        long v = r.values().getOrDefault(m, 0L);
        if (amounts.get(i)) {
          table.amount(m, BigDecimal.valueOf(v, 2));
        } else {
          table.count(m, v);
        }
      }
      table.endRow();
    }
    return table.build();
  }

  /** Where measure definitions are found: the registry, then the provider's own definitions. */
  public interface Definitions {
    /**
     * Finds a definition.
     *
     * @param id the id
     * @return the definition, or empty
     */
    Optional<MetricDefinition> find(MetricId id);

    /**
     * Looks ids up in a registry and then in a list of definitions.
     *
     * @param registry the registry
     * @param own the provider's definitions
     * @return the lookup
     */
    static Definitions of(MetricRegistry registry, List<MetricDefinition> own) {
      return id ->
          registry.find(id).or(() -> own.stream().filter(d -> d.id().equals(id)).findFirst());
    }
  }
}
