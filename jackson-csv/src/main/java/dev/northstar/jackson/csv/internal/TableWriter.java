package dev.northstar.jackson.csv.internal;

import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes a metric table as Northstar's own CSV. */
public final class TableWriter {

  private TableWriter() {}

  /**
   * The headers of a schema's columns in Northstar's own CSV, in the schema's order: {@code
   * platform[dimension]} per dimension, {@code date}, {@code timestamp}, then each measure's
   * canonical text ({@code likes}, {@code spend[USD:2]}).
   *
   * @param schema the schema
   * @return the headers, unmodifiable
   */
  public static List<String> headers(TableSchema schema) {
    List<String> headers = new ArrayList<>();
    for (Dimension d : schema.dimensions()) {
      headers.add(d.id() + "[dimension]");
    }
    if (schema.isDated()) {
      headers.add("date");
    }
    if (schema.isTimestamped()) {
      headers.add("timestamp");
    }
    for (Measure m : schema.measures()) {
      headers.add(m.toString());
    }
    return List.copyOf(headers);
  }

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
      csv.record(headers(schema).toArray(String[]::new));
      for (int row = 0; row < table.rowCount(); row++) {
        int c = 0;
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
