package dev.northstar.jackson.csv.internal;

import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Writes a metric table as Northstar's own CSV. */
public final class TableWriter {

  private TableWriter() {}

  /**
   * Writes a table: a header describing the columns, then one record per row.
   *
   * @param table the table
   * @param out the writer; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(MetricTable table, Writer out) throws IOException {
    TableSchema schema = table.schema();
    List<Dimension> dimensions = schema.dimensions();
    List<Measure> measures = schema.measures();
    int width =
        dimensions.size()
            + (schema.isDated() ? 1 : 0)
            + (schema.isTimestamped() ? 1 : 0)
            + measures.size();
    String[] cells = new String[width];
    try (CsvOutput csv = new CsvOutput(out)) {
      int c = 0;
      for (Dimension d : dimensions) {
        cells[c++] = d.id() + "[dimension]";
      }
      if (schema.isDated()) {
        cells[c++] = "date";
      }
      if (schema.isTimestamped()) {
        cells[c++] = "timestamp";
      }
      for (Measure m : measures) {
        cells[c++] = m.toString();
      }
      csv.record(cells);
      for (int row = 0; row < table.rowCount(); row++) {
        c = 0;
        for (Dimension d : dimensions) {
          Optional<String> value = table.dimensionValue(d, row);
          cells[c++] = value.isPresent() ? Cells.escape(value.get()) : "";
        }
        if (schema.isDated()) {
          cells[c++] = table.date(row).toString();
        }
        if (schema.isTimestamped()) {
          cells[c++] = table.timestamp(row).toString();
        }
        for (Measure m : measures) {
          Optional<BigDecimal> value = table.value(m.id(), row);
          cells[c++] = value.isPresent() ? value.get().toPlainString() : "";
        }
        csv.record(cells);
      }
    }
    out.flush();
  }
}
