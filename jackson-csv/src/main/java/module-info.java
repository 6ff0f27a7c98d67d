import org.jspecify.annotations.NullMarked;

/**
 * Metric tables and KPI results as CSV: {@link dev.northstar.jackson.csv.MetricCsv} reads and
 * writes metric tables through a {@link dev.northstar.jackson.csv.ColumnMapping} or a {@link
 * dev.northstar.jackson.csv.MappingFile}, and {@link dev.northstar.jackson.csv.KpiCsv} writes KPI
 * result tables. Built on jackson-dataformat-csv, which stays out of the API. The format is
 * documented in {@code docs/csv-format.md}.
 */
@NullMarked
module dev.northstar.jackson.csv {
  // The API reads and writes MetricTable and KpiTable, built from TableSchema, Dimension, Measure.
  requires transitive dev.northstar.formulas;
  // ColumnMapping and MappingFile name metrics by MetricId.
  requires transitive dev.northstar.core;
  // Mapping files are JSON; no Jackson type is in the API.
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.jspecify;

  exports dev.northstar.jackson.csv;
}
