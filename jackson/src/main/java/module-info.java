import org.jspecify.annotations.NullMarked;

/**
 * Northstar's JSON binding: a Jackson databind {@link com.fasterxml.jackson.databind.Module} for
 * every core value type, and {@link dev.northstar.jackson.NorthstarJson#mapper()}, an {@code
 * ObjectMapper} that reads strictly, within input limits, and writes a stable pretty-printed form;
 * and {@link dev.northstar.jackson.csv.MetricCsv}, which reads and writes metric tables as CSV
 * through a {@link dev.northstar.jackson.csv.ColumnMapping}.
 *
 * <p>The formats are documented in {@code docs/json-format.md} and {@code docs/csv-format.md}.
 *
 * @provides com.fasterxml.jackson.databind.Module
 */
@NullMarked
module dev.northstar.jackson {
  requires transitive dev.northstar.core;
  requires transitive dev.northstar.formulas;
  requires transitive dev.northstar.smart;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.jspecify;

  exports dev.northstar.jackson;
  exports dev.northstar.jackson.csv;

  provides com.fasterxml.jackson.databind.Module with
      dev.northstar.jackson.NorthstarModule;
}
