package dev.northstar.jackson.csv.internal;

import dev.northstar.formulas.table.TableSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reading instructions of a column mapping.
 *
 * @param separator the field separator
 * @param ignoreUnmapped whether a header the mapping does not name is read past (else an error)
 * @param unescapeText whether a leading apostrophe is removed from dimension values
 * @param columns the mapped headers in mapping order, ignored ones included; empty when the headers
 *     describe themselves
 * @param schema the schema of the tables read, or null when the headers describe themselves
 */
public record Layout(
    char separator,
    boolean ignoreUnmapped,
    boolean unescapeText,
    Map<String, Column> columns,
    @Nullable TableSchema schema) {

  /**
   * Copies the columns, keeping their order.
   *
   * @param separator the field separator
   * @param ignoreUnmapped whether unmapped headers are read past
   * @param unescapeText whether a leading apostrophe is removed from dimension values
   * @param columns the mapped headers in mapping order
   * @param schema the schema of the tables read, or null when the headers describe themselves
   */
  public Layout {
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /**
   * Tells whether the headers describe the columns (Northstar's own CSV).
   *
   * @return true if there is no explicit mapping
   */
  public boolean selfDescribing() {
    return schema == null;
  }
}
