package dev.northstar.formulas.internal;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.kpi.EngagementSets;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.TableSchema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a KPI's linear sums against one table for {@link CompiledQuery}: each measure to its
 * column, {@code engagements} expanded per platform into that platform's engagement set, equal
 * columns' coefficients added, units checked. The {@link Terms} keep the columns' indexes, so that
 * what is known of a column (its largest value, its sign) is found by index, not by search.
 */
final class TermsResolver {

  private final KpiQuery query;
  private final ColumnStore store;

  TermsResolver(KpiQuery query, ColumnStore store) {
    this.query = query;
    this.store = store;
  }

  static Units unitsOf(Measure m) {
    return new Units(m.scale(), m.currency().orElse(null));
  }

  /**
   * Resolves one side of a KPI.
   *
   * @param kpi the KPI
   * @param sum its numerator or denominator
   * @param part {@code "numerator"} or {@code "denominator"}, for messages
   * @return the terms, with their columns and the columns' indexes
   * @throws IllegalArgumentException if a measure is missing, the sum cancels out, or units mix
   */
  Terms resolve(RatioKpi kpi, LinearSum sum, String part) {
    TableSchema schema = store.schema();
    int platform = schema.indexOf(Dimension.PLATFORM);
    int[] platformCodes = platform < 0 ? new int[0] : store.codes(platform);
    int variants = platform < 0 ? 1 : store.dictionary(platform).length + 1;
    Map<Integer, long[]> coefficients = new LinkedHashMap<>();
    String label = part + " of KPI '" + kpi.id() + "'";
    for (Map.Entry<MetricId, Long> term : sum.terms().entrySet()) {
      MetricId measure = term.getKey();
      long c = term.getValue();
      int col = schema.indexOf(measure);
      if (col >= 0) {
        long[] perCode = coefficients.computeIfAbsent(col, x -> new long[variants]);
        for (int v = 0; v < variants; v++) {
          perCode[v] = Math.addExact(perCode[v], c);
        }
      } else if (measure.equals(CoreMetrics.ENGAGEMENTS)) {
        EngagementSets sets = query.engagementSets();
        for (int v = 0; v < variants; v++) {
          Platform p = platformOf(platform, v);
          for (MetricId id : p == null ? sets.fallback() : sets.forPlatform(p)) {
            int ec = schema.indexOf(id);
            if (ec < 0) {
              throw new IllegalArgumentException(
                  label
                      + " needs '"
                      + id
                      + "': engagements on "
                      + (p == null ? "rows without a platform" : p.id())
                      + " are "
                      + String.join(
                          " + ",
                          (p == null ? sets.fallback() : sets.forPlatform(p))
                              .stream().map(MetricId::value).toList())
                      + ", but the table has no such measure and no 'engagements' column; add the"
                      + " column or override the engagement set");
            }
            long[] perCode = coefficients.computeIfAbsent(ec, x -> new long[variants]);
            perCode[v] = Math.addExact(perCode[v], c);
          }
        }
      } else {
        throw new IllegalArgumentException(
            label
                + " needs measure '"
                + measure
                + "', but the table has no such measure; it has "
                + schema.measures());
      }
    }
    coefficients.values().removeIf(perCode -> Arrays.stream(perCode).allMatch(x -> x == 0));
    if (coefficients.isEmpty()) {
      throw new IllegalArgumentException(label + " " + sum + " cancels out to nothing");
    }
    int[] cols = coefficients.keySet().stream().mapToInt(Integer::intValue).toArray();
    Units units = unitsOf(schema.measures().get(cols[0]));
    for (int col : cols) {
      Units u = unitsOf(schema.measures().get(col));
      if (!u.equals(units)) {
        throw new IllegalArgumentException(
            label
                + " mixes "
                + schema.measures().get(cols[0])
                + " ("
                + units.describe()
                + ") and "
                + schema.measures().get(col)
                + " ("
                + u.describe()
                + "); every term of a sum must have the same unit");
      }
    }
    boolean uniform = true;
    for (long[] perCode : coefficients.values()) {
      for (long x : perCode) {
        uniform &= x == perCode[0];
      }
    }
    int rowsOfCoefficients = uniform ? 1 : variants;
    long[][] byCode = new long[rowsOfCoefficients][cols.length];
    int t = 0;
    for (long[] perCode : coefficients.values()) {
      for (int v = 0; v < rowsOfCoefficients; v++) {
        byCode[v][t] = perCode[v];
      }
      t++;
    }
    long[][] columns = new long[cols.length][];
    long[] @Nullable [] missing = new long[cols.length][];
    boolean nonNegative = true;
    for (int i = 0; i < cols.length; i++) {
      columns[i] = store.values(cols[i]);
      missing[i] = store.missing(cols[i]);
      nonNegative &= store.isNonNegative(cols[i]);
    }
    return new Terms(label, cols, columns, missing, byCode, platformCodes, units, nonNegative);
  }

  private @Nullable Platform platformOf(int platformDimension, int variant) {
    if (platformDimension < 0 || variant == 0) {
      return null;
    }
    String id = store.dictionary(platformDimension)[variant - 1];
    try {
      return Platform.of(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "platform '" + id + "' in the table is not a valid platform id: " + e.getMessage(), e);
    }
  }

  /**
   * Checks that a KPI's denominator reads no {@linkplain Measure#isSigned() signed} measure: a
   * denominator is zero or more, as {@code RatioKpi} requires of its coefficients, and a column
   * that may be negative would break that.
   *
   * @throws IllegalArgumentException naming the KPI and the measure if it does
   */
  void checkUnsignedDenominator(RatioKpi kpi, Terms denominator) {
    for (int col : denominator.measures()) {
      Measure m = store.schema().measures().get(col);
      if (m.isSigned()) {
        throw new IllegalArgumentException(
            "denominator of KPI '"
                + kpi.id()
                + "' reads signed measure "
                + m
                + ", whose values may be negative; a denominator must be zero or more, so a signed"
                + " measure may only be in a numerator or a total");
      }
    }
  }

  /**
   * Checks that a KPI's numerator and denominator units go together.
   *
   * @throws IllegalArgumentException naming the KPI if they do not
   */
  static void checkUnits(RatioKpi kpi, Units numerator, Units denominator) {
    if (kpi.unit() == MetricUnit.CURRENCY && (!numerator.isAmount() || denominator.isAmount())) {
      throw new IllegalArgumentException(
          "KPI '"
              + kpi.id()
              + "' is an amount per unit, so its numerator "
              + kpi.numerator()
              + " must be an amount column and its denominator "
              + kpi.denominator()
              + " a count, but they are "
              + numerator.describe()
              + " and "
              + denominator.describe()
              + "; declare money columns with Measure.amount(id, currency)");
    }
    if (numerator.isAmount()
        && denominator.isAmount()
        && !Objects.equals(numerator.currency(), denominator.currency())) {
      throw new IllegalArgumentException(
          "KPI '"
              + kpi.id()
              + "' divides "
              + numerator.describe()
              + " by "
              + denominator.describe()
              + "; currencies must not be mixed");
    }
  }
}
