package dev.northstar.spark;

import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** The rows of a metric table as Spark rows with the columns of {@code RowCells.structOf}. */
final class TableRows {

  private TableRows() {}

  static List<Row> of(MetricTable table) {
    TableSchema schema = table.schema();
    List<Row> rows = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      List<Object> cells = new ArrayList<>();
      for (Dimension d : schema.dimensions()) {
        cells.add(table.dimensionValue(d, r).orElse(null));
      }
      if (schema.isDated()) {
        cells.add(java.sql.Date.valueOf(table.date(r)));
      }
      if (schema.isTimestamped()) {
        cells.add(java.sql.Timestamp.from(table.timestamp(r)));
      }
      for (Measure m : schema.measures()) {
        var value = table.value(m.id(), r);
        cells.add(
            value.isEmpty() ? null : m.isAmount() ? value.get() : value.get().longValueExact());
      }
      rows.add(RowFactory.create(cells.toArray()));
    }
    return rows;
  }
}
