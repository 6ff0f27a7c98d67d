package dev.northstar.formulas.table;

import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.DuplicateDates;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Daily series of one measure of a dated table, within a goal's scope: what progress and forecasts
 * are computed from.
 *
 * <p>A row belongs to the scope when its {@code platform} is one the scope names (any platform if
 * the scope names none or all), and its {@code account}, {@code campaign}, {@code content} and
 * {@code product} equal the scope's, for each of those the scope limits. The values of the rows of
 * one date are summed: rows are per platform, campaign and so on, and the goal is measured over all
 * of them. A row whose value is missing is left out, never counted as zero; a date whose rows are
 * all missing has no observation.
 *
 * <p>This class is immutable and thread-safe; it has only static methods.
 */
public final class TableSeries {
  private TableSeries() {}

  /**
   * Extracts the series of a measure within a scope.
   *
   * @param table the table, not null, dated
   * @param measure the measure's id, not null
   * @param scope which rows to sum, not null
   * @return the series, with the scope as given; possibly empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the table is undated, has no such measure, or lacks the
   *     dimension a limit of the scope needs (naming it)
   */
  public static MetricSeries of(MetricTable table, MetricId measure, Scope scope) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(measure, "measure must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
    TableSchema schema = table.schema();
    if (!schema.isDated()) {
      throw new IllegalArgumentException("the table has no date column: " + schema);
    }
    if (schema.measure(measure).isEmpty()) {
      throw new IllegalArgumentException(
          "the table has no measure " + measure + "; it has " + schema.measures());
    }
    Map<Dimension, String> limits = limits(scope);
    for (Dimension d : limits.keySet()) {
      requireDimension(schema, d, "the scope's " + d + " '" + limits.get(d) + "'");
    }
    boolean byPlatform = !scope.isAllPlatforms() && !scope.platforms().isEmpty();
    if (byPlatform) {
      requireDimension(schema, Dimension.PLATFORM, "the scope's platforms " + scope.platforms());
    }
    List<Observation> observations = new ArrayList<>();
    for (int row = 0; row < table.rowCount(); row++) {
      if (byPlatform && !coversPlatform(scope, table.dimensionValue(Dimension.PLATFORM, row))) {
        continue;
      }
      if (!matches(table, row, limits)) {
        continue;
      }
      Optional<BigDecimal> value = table.value(measure, row);
      if (value.isPresent()) {
        observations.add(Observation.of(table.date(row), value.get()));
      }
    }
    return MetricSeries.of(measure, scope, observations, DuplicateDates.SUM);
  }

  private static Map<Dimension, String> limits(Scope scope) {
    Map<Dimension, String> limits = new LinkedHashMap<>();
    scope.account().ifPresent(v -> limits.put(Dimension.ACCOUNT, v));
    scope.campaign().ifPresent(v -> limits.put(Dimension.CAMPAIGN, v));
    scope.content().ifPresent(v -> limits.put(Dimension.CONTENT, v));
    scope.product().ifPresent(v -> limits.put(Dimension.of("product"), v));
    return limits;
  }

  private static void requireDimension(TableSchema schema, Dimension d, String what) {
    if (!schema.dimensions().contains(d)) {
      throw new IllegalArgumentException(
          what + " needs a dimension " + d + ", but the table has " + schema.dimensions());
    }
  }

  private static boolean coversPlatform(Scope scope, Optional<String> platform) {
    if (platform.isEmpty()) {
      return false;
    }
    for (Platform p : scope.platforms()) {
      if (p.id().equals(platform.get())) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(MetricTable table, int row, Map<Dimension, String> limits) {
    for (Map.Entry<Dimension, String> limit : limits.entrySet()) {
      Optional<String> value = table.dimensionValue(limit.getKey(), row);
      if (value.isEmpty() || !value.get().equals(limit.getValue())) {
        return false;
      }
    }
    return true;
  }
}
