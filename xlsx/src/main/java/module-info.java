import org.jspecify.annotations.NullMarked;

/**
 * Reads metric tables from XLSX workbooks, through the same column-mapping files as CSV, with
 * fastexcel's streaming reader.
 */
@NullMarked
module dev.northstar.xlsx {
  // XlsxMetrics.read takes a MappingFile and returns a MetricTable.
  requires transitive dev.northstar.jackson.csv;
  requires transitive dev.northstar.formulas;
  requires org.dhatim.fastexcel.reader;
  requires static org.jspecify;

  exports dev.northstar.xlsx;
}
