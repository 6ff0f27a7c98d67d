package dev.northstar.jackson.csv.internal;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.MeasureLevel;
import dev.northstar.formulas.aggregate.MeasureTotal;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a KPI result table as CSV: one record per group. Headers are {@code name[role]}, so that
 * no dimension, KPI or measure name can clash with another column: {@code platform[dimension]},
 * {@code month[bucket]} and {@code month[bucket_start]}, {@code rows}, then per KPI {@code
 * err[value]}, {@code err[numerator]}, {@code err[denominator]} (and {@code cpc[currency]} for an
 * amount per unit), {@code err[method]}, {@code err[rows_counted]}, {@code err[rows_undefined]},
 * {@code err[rows_missing]}, then per measure total {@code likes[total]}, {@code
 * likes[total_missing]} (and {@code spend[total_currency]} for an amount).
 */
public final class KpiTableWriter {

  private KpiTableWriter() {}

  /**
   * Writes the table.
   *
   * @param table the table
   * @param out the writer; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(KpiTable table, Writer out) throws IOException {
    KpiQuery query = table.query();
    List<RatioKpi> kpis = query.kpis();
    List<MetricId> totals = query.totals();
    List<MetricId> levels = query.levels();
    boolean[] money = new boolean[kpis.size()];
    boolean[] amount = new boolean[totals.size()];
    boolean[] levelAmount = new boolean[levels.size()];
    for (KpiRow row : table.rows()) {
      for (int k = 0; k < kpis.size(); k++) {
        money[k] |= row.values().get(k).currency().isPresent();
      }
      for (int t = 0; t < totals.size(); t++) {
        amount[t] |= row.totals().get(t).currency().isPresent();
      }
      for (int l = 0; l < levels.size(); l++) {
        levelAmount[l] |= row.levels().get(l).currency().isPresent();
      }
    }
    Optional<TimeBucket> bucket = query.bucket();
    List<String> header = new ArrayList<>();
    for (Dimension d : query.groupBy()) {
      header.add(d.id() + "[dimension]");
    }
    if (bucket.isPresent()) {
      header.add(bucket.get().columnName() + "[bucket]");
      header.add(bucket.get().columnName() + "[bucket_start]");
    }
    header.add("rows");
    for (int k = 0; k < kpis.size(); k++) {
      String id = kpis.get(k).id().value();
      header.add(id + "[value]");
      header.add(id + "[numerator]");
      header.add(id + "[denominator]");
      if (money[k]) {
        header.add(id + "[currency]");
      }
      header.add(id + "[method]");
      header.add(id + "[rows_counted]");
      header.add(id + "[rows_undefined]");
      header.add(id + "[rows_missing]");
    }
    for (int t = 0; t < totals.size(); t++) {
      String id = totals.get(t).value();
      header.add(id + "[total]");
      header.add(id + "[total_missing]");
      if (amount[t]) {
        header.add(id + "[total_currency]");
      }
    }
    for (int l = 0; l < levels.size(); l++) {
      String id = levels.get(l).value();
      for (String part : LEVEL_PARTS) {
        header.add(id + "[" + part + "]");
      }
      if (levelAmount[l]) {
        header.add(id + "[level_currency]");
      }
    }
    try (CsvOutput csv = new CsvOutput(out)) {
      csv.record(header);
      List<String> cells = new ArrayList<>(header.size());
      for (KpiRow row : table.rows()) {
        cells.clear();
        GroupKey key = row.key();
        for (Dimension d : query.groupBy()) {
          cells.add(key.value(d).map(Cells::escape).orElse(""));
        }
        if (bucket.isPresent()) {
          cells.add(key.bucketLabel().orElse(""));
          cells.add(key.bucketStart().map(Object::toString).orElse(""));
        }
        cells.add(Long.toString(row.rows()));
        for (int k = 0; k < kpis.size(); k++) {
          KpiValue v = row.values().get(k);
          cells.add(v.value().map(KpiTableWriter::plain).orElse(""));
          cells.add(plain(v.ratio().numerator()));
          cells.add(plain(v.ratio().denominator()));
          if (money[k]) {
            cells.add(v.currency().map(c -> c.getCurrencyCode()).orElse(""));
          }
          cells.add(v.method().name().toLowerCase(Locale.ROOT));
          cells.add(Long.toString(v.rowsCounted()));
          cells.add(Long.toString(v.rowsUndefined()));
          cells.add(Long.toString(v.rowsMissing()));
        }
        for (int t = 0; t < totals.size(); t++) {
          MeasureTotal total = row.totals().get(t);
          cells.add(total.sum().toPlainString());
          cells.add(Long.toString(total.rowsMissing()));
          if (amount[t]) {
            cells.add(total.currency().map(c -> c.getCurrencyCode()).orElse(""));
          }
        }
        for (int l = 0; l < levels.size(); l++) {
          MeasureLevel level = row.levels().get(l);
          cells.add(level.first().map(BigDecimal::toPlainString).orElse(""));
          cells.add(level.firstTime().map(Object::toString).orElse(""));
          cells.add(level.last().map(BigDecimal::toPlainString).orElse(""));
          cells.add(level.lastTime().map(Object::toString).orElse(""));
          cells.add(level.min().map(BigDecimal::toPlainString).orElse(""));
          cells.add(level.max().map(BigDecimal::toPlainString).orElse(""));
          cells.add(Long.toString(level.rowsCounted()));
          cells.add(Long.toString(level.rowsMissing()));
          if (levelAmount[l]) {
            cells.add(level.currency().map(c -> c.getCurrencyCode()).orElse(""));
          }
        }
        csv.record(cells);
      }
    }
    out.flush();
  }

  /** The columns of a stock level, in order; an empty cell where a group has no value. */
  private static final List<String> LEVEL_PARTS =
      List.of(
          "first", "first_time", "last", "last_time", "min", "max", "level_rows", "level_missing");

  /** Returns a number in plain notation without trailing zeros: {@code 0.05}, {@code 3000}. */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped)
        .toPlainString();
  }
}
