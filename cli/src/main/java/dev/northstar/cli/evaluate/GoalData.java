package dev.northstar.cli.evaluate;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.DuplicateDates;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.formulas.kpi.EngagementSets;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily series a goal is measured on, read from a metric table as the {@code kpi} command reads
 * it: a measure's column summed over the rows of the goal's scope, and engagements, when the table
 * has no such column, as the sum of each platform's engagement set (the built-in ones and those of
 * plugins).
 *
 * @param table the metric table
 * @param sets the engagement set of each platform
 */
record GoalData(MetricTable table, EngagementSets sets) {

  /**
   * The daily series of a measure in a scope.
   *
   * @throws IllegalArgumentException if the table lacks the measure (and, for engagements, a count
   *     of a platform's engagement set) or a dimension the scope needs
   */
  MetricSeries series(MetricId measure, Scope scope) {
    if (table.schema().measure(measure).isPresent() || !measure.equals(CoreMetrics.ENGAGEMENTS)) {
      return TableSeries.of(table, measure, scope);
    }
    return engagements(scope);
  }

  /** The daily series of a sum of measures with coefficients, such as a KPI's numerator. */
  MetricSeries sum(LinearSum sum, MetricId id, Scope scope) {
    List<Observation> all = new ArrayList<>();
    for (Map.Entry<MetricId, Long> term : sum.terms().entrySet()) {
      BigDecimal coefficient = BigDecimal.valueOf(term.getValue());
      for (Observation o : series(term.getKey(), scope).observations()) {
        all.add(Observation.of(o.date(), o.value().multiply(coefficient)));
      }
    }
    return MetricSeries.of(id, scope, all, DuplicateDates.SUM);
  }

  private MetricSeries engagements(Scope scope) {
    if (!table.schema().dimensions().contains(Dimension.PLATFORM)) {
      throw new IllegalArgumentException(
          "the table has no measure engagements, and no platform column to derive it from each"
              + " platform's engagement set");
    }
    List<Observation> all = new ArrayList<>();
    for (String id : table.dimensionValues(Dimension.PLATFORM)) {
      Platform platform = Platform.of(id);
      boolean inScope =
          scope.isAllPlatforms() || scope.platforms().isEmpty() || scope.covers(platform);
      if (!inScope) {
        continue;
      }
      Set<MetricId> counts = sets.forPlatform(platform);
      Scope one = scope.withPlatforms(List.of(platform));
      for (MetricId count : counts) {
        if (table.schema().measure(count).isEmpty()) {
          throw new IllegalArgumentException(
              "the table has no measure engagements, and lacks "
                  + count
                  + " of the engagement set of "
                  + platform
                  + " "
                  + counts);
        }
        all.addAll(TableSeries.of(table, count, one).observations());
      }
    }
    return MetricSeries.of(CoreMetrics.ENGAGEMENTS, scope, all, DuplicateDates.SUM);
  }
}
