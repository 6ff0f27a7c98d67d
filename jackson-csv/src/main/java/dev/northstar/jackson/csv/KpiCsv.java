package dev.northstar.jackson.csv;

import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.jackson.csv.internal.AtomicFiles;
import dev.northstar.jackson.csv.internal.KpiTableWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a {@link KpiTable}, the result of a KPI query, as machine-readable CSV: one record per
 * group (format: {@code docs/csv-format.md}).
 *
 * <pre>{@code
 * KpiTable result = KpiQuery.builder().kpis(err).groupBy(Dimension.of("type")).build().run(posts);
 * KpiCsv.write(result, Path.of("err-by-type.csv"));
 * }</pre>
 *
 * <p>Every header is {@code name[role]}, so that no dimension, KPI or measure name clashes with
 * another column:
 *
 * <ul>
 *   <li>{@code type[dimension]} per grouped dimension: the group's value, empty if missing (text
 *       escaped against formula injection as in {@link MetricCsv});
 *   <li>{@code month[bucket]} and {@code month[bucket_start]} when rows are bucketed by time: the
 *       bucket's label ({@code 2026-03}) and first day ({@code 2026-03-01});
 *   <li>{@code rows}: the number of table rows in the group;
 *   <li>per KPI: {@code err[value]}, the value as a plain decimal fraction to 16 significant digits
 *       ({@code 0.05}, not {@code 5%}), empty when undefined; {@code err[numerator]} and {@code
 *       err[denominator]}, the exact ratio; {@code cpc[currency]} for an amount per unit; {@code
 *       err[method]} ({@code ratio_of_sums} or {@code mean_of_ratios}); {@code err[rows_counted]},
 *       {@code err[rows_undefined]} and {@code err[rows_missing]};
 *   <li>per measure total: {@code likes[total]}, the exact sum; {@code likes[total_missing]}, the
 *       rows without a value; {@code spend[total_currency]} for an amount.
 * </ul>
 *
 * <p>Separator {@code ,}, {@code \n} line ends, UTF-8, plain numbers.
 *
 * <p>This class cannot be instantiated; its methods are thread-safe.
 */
public final class KpiCsv {

  private KpiCsv() {}

  /**
   * Writes a KPI table to a writer, which is flushed but not closed.
   *
   * @param table the table, not null
   * @param csv the writer, not null
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public static void write(KpiTable table, Writer csv) throws IOException {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(csv, "csv must not be null");
    KpiTableWriter.write(table, csv);
  }

  /**
   * Writes a KPI table to a UTF-8 file, replacing it if it exists, through a temporary file in the
   * same directory moved over the target, so that a failure leaves no partial file.
   *
   * @param table the table, not null
   * @param file the file, not null; its directory must exist
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be written; the target is then unchanged
   */
  public static void write(KpiTable table, Path file) throws IOException {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(file, "file must not be null");
    AtomicFiles.write(file, out -> KpiTableWriter.write(table, out));
  }
}
