package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.internal.GroupedStates;
import dev.northstar.formulas.internal.Layout;
import dev.northstar.formulas.internal.Units;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.ratio.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Turns the integer states of an aggregation into KPI values and totals. */
final class KpiTables {

  /** Decimals kept of a mean of ratios: the 2^-52 (2.2e-16) resolution of each row's ratio. */
  private static final int MEAN_DECIMALS = 15;

  private static final BigDecimal TWO_TO_THE_52 = BigDecimal.valueOf(1L << Layout.FRACTION_BITS);

  private KpiTables() {}

  static KpiTable from(KpiQuery query, GroupedStates states) {
    List<KpiRow> rows = new ArrayList<>();
    for (Map.Entry<GroupKey, long[]> group : states.groups().entrySet()) {
      long[] s = group.getValue();
      long groupRows = s[Layout.ROWS];
      List<KpiValue> values = new ArrayList<>();
      for (int k = 0; k < query.kpis().size(); k++) {
        values.add(value(query, states, k, s, groupRows));
      }
      List<MeasureTotal> totals = new ArrayList<>();
      for (int t = 0; t < query.totals().size(); t++) {
        int base = Layout.total(query.kpis().size(), t);
        Units u = states.totalUnits(t);
        long missing = s[base + Layout.TOTAL_MISSING];
        MetricId measure = query.totals().get(t);
        totals.add(
            new MeasureTotal(
                measure, u.toDecimal(s[base]), u.currency(), groupRows - missing, missing));
      }
      List<MeasureLevel> levels = new ArrayList<>();
      for (int l = 0; l < query.levels().size(); l++) {
        levels.add(level(query, states, l, s));
      }
      rows.add(new KpiRow(group.getKey(), groupRows, values, totals, levels));
    }
    return new KpiTable(query, rows);
  }

  private static MeasureLevel level(KpiQuery query, GroupedStates states, int l, long[] s) {
    int at = Layout.level(query.kpis().size(), query.totals().size(), l);
    Units u = states.levelUnits(l);
    long counted = s[at + Layout.LEVEL_COUNTED];
    MeasureLevel.Figures figures =
        counted == 0
            ? null
            : new MeasureLevel.Figures(
                Instant.ofEpochSecond(s[at + Layout.FIRST_TIME]),
                u.toDecimal(s[at + Layout.FIRST_VALUE]),
                s[at + Layout.FIRST_ROWS],
                Instant.ofEpochSecond(s[at + Layout.LAST_TIME]),
                u.toDecimal(s[at + Layout.LAST_VALUE]),
                s[at + Layout.LAST_ROWS],
                u.toDecimal(s[at + Layout.MIN]),
                u.toDecimal(s[at + Layout.MAX]));
    return new MeasureLevel(
        query.levels().get(l), figures, u.currency(), counted, s[at + Layout.LEVEL_MISSING]);
  }

  private static KpiValue value(
      KpiQuery query, GroupedStates states, int k, long[] s, long groupRows) {
    RatioKpi kpi = query.kpis().get(k);
    int base = Layout.kpi(k);
    Units num = states.numeratorUnits(k);
    Units den = states.denominatorUnits(k);
    long missing = s[base + Layout.KPI_MISSING];
    long zero = s[base + Layout.ZERO_DENOMINATOR];
    Currency currency = num.isAmount() && !den.isAmount() ? num.currency() : null;
    Ratio ratio;
    long counted;
    if (query.method() == Aggregation.RATIO_OF_SUMS) {
      counted = groupRows - missing;
      ratio =
          Ratio.of(
              num.toDecimal(s[base + Layout.A]).multiply(kpi.factor()),
              den.toDecimal(s[base + Layout.B]));
    } else {
      counted = groupRows - missing - zero;
      if (counted == 0) {
        ratio = Ratio.of(0, 0);
      } else {
        // Each row's ratio is held to 2^-52; the mean is rounded to what that precision supports.
        BigDecimal mean =
            BigDecimal.valueOf(s[base + Layout.A])
                .add(new BigDecimal(s[base + Layout.B]).divide(TWO_TO_THE_52))
                .divide(BigDecimal.valueOf(counted), MEAN_DECIMALS, RoundingMode.HALF_EVEN)
                // Row ratios were taken over stored values; restore the columns' decimals.
                .scaleByPowerOfTen(den.scale() - num.scale())
                .multiply(kpi.factor())
                .stripTrailingZeros();
        ratio =
            Ratio.of(
                mean.scale() < 0 ? mean.setScale(0, RoundingMode.UNNECESSARY) : mean,
                BigDecimal.ONE);
      }
    }
    return new KpiValue(kpi, query.method(), ratio, currency, counted, zero, missing);
  }
}
