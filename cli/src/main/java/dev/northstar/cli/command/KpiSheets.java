package dev.northstar.cli.command;

import dev.northstar.core.format.UnitFormat;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.MeasureLevel;
import dev.northstar.formulas.aggregate.MeasureTotal;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A KPI table as a {@link Sheet}: one column per dimension, bucket, KPI and total, and two per
 * stock level (its first and last value).
 */
final class KpiSheets {
  private KpiSheets() {}

  static Sheet of(KpiTable table) {
    List<Sheet.Column> columns = new ArrayList<>();
    for (Dimension d : table.query().groupBy()) {
      columns.add(Sheet.Column.of(human(d.id()), Sheet.Kind.TEXT));
    }
    table
        .query()
        .bucket()
        .ifPresent(b -> columns.add(Sheet.Column.of(human(b.columnName()), Sheet.Kind.DATE)));
    columns.add(Sheet.Column.of("Rows", Sheet.Kind.INTEGER));
    List<RatioKpi> kpis = table.query().kpis();
    for (int k = 0; k < kpis.size(); k++) {
      columns.add(kpiColumn(kpis.get(k).name(), kpis.get(k), currencyOfKpi(table, k)));
    }
    for (int t = 0; t < table.query().totals().size(); t++) {
      String header = human(table.query().totals().get(t).value());
      Optional<Currency> currency = currencyOfTotal(table, t);
      columns.add(
          currency
              .map(c -> new Sheet.Column(header, Sheet.Kind.MONEY, c))
              .orElse(Sheet.Column.of(header, Sheet.Kind.INTEGER)));
    }
    for (int l = 0; l < table.query().levels().size(); l++) {
      String header = human(table.query().levels().get(l).value());
      Optional<Currency> currency = currencyOfLevel(table, l);
      for (String which : List.of(" first", " last")) {
        columns.add(
            currency
                .map(c -> new Sheet.Column(header + which, Sheet.Kind.MONEY, c))
                .orElse(Sheet.Column.of(header + which, Sheet.Kind.INTEGER)));
      }
    }
    Sheet sheet = new Sheet("KPIs", columns);
    for (KpiRow r : table.rows()) {
      List<@Nullable Object> cells = new ArrayList<>();
      for (Dimension d : table.query().groupBy()) {
        cells.add(r.key().value(d).orElse(null));
      }
      if (table.query().bucket().isPresent()) {
        cells.add(r.key().bucketStart().orElse(null));
      }
      cells.add(r.rows());
      for (KpiValue v : r.values()) {
        // The table's "undefined" (no value, or a cost over nothing spent) is an empty cell.
        cells.add(v.format().equals(UnitFormat.UNDEFINED) ? null : v.value().orElse(null));
      }
      for (MeasureTotal t : r.totals()) {
        cells.add(t.sum());
      }
      for (MeasureLevel l : r.levels()) {
        // A group without any value has an empty cell, never 0.
        cells.add(l.first().orElse(null));
        cells.add(l.last().orElse(null));
      }
      sheet.row(cells.toArray());
    }
    return sheet;
  }

  /** The column of a KPI: its number format follows the KPI's unit. */
  static Sheet.Column kpiColumn(String header, RatioKpi kpi, Optional<Currency> currency) {
    MetricUnit unit = kpi.unit();
    if (unit == MetricUnit.CURRENCY) {
      return new Sheet.Column(header, Sheet.Kind.MONEY, currency.orElse(null));
    }
    return Sheet.Column.of(
        header,
        switch (unit) {
          case RATIO -> Sheet.Kind.PERCENT;
          case MULTIPLE -> Sheet.Kind.MULTIPLE;
          case COUNT, CURRENCY, DURATION, SCORE -> Sheet.Kind.NUMBER;
        });
  }

  private static Optional<Currency> currencyOfKpi(KpiTable table, int k) {
    return table.rows().stream().flatMap(r -> r.values().get(k).currency().stream()).findFirst();
  }

  private static Optional<Currency> currencyOfTotal(KpiTable table, int t) {
    return table.rows().stream().flatMap(r -> r.totals().get(t).currency().stream()).findFirst();
  }

  private static Optional<Currency> currencyOfLevel(KpiTable table, int l) {
    return table.rows().stream().flatMap(r -> r.levels().get(l).currency().stream()).findFirst();
  }

  /** {@code page_views} as {@code Page views}. */
  static String human(String id) {
    String words = id.replace('_', ' ');
    return words.isEmpty()
        ? words
        : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
