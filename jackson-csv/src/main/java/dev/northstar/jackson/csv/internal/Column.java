package dev.northstar.jackson.csv.internal;

import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import java.time.format.DateTimeFormatter;

/** What one CSV column of a mapping is read as. */
public sealed interface Column {

  /**
   * A dimension column.
   *
   * @param dimension the dimension
   */
  record DimensionColumn(Dimension dimension) implements Column {}

  /**
   * The date column.
   *
   * @param format the format of the dates
   * @param description the format as shown in messages, such as "an ISO date such as 2026-07-01"
   */
  record DateColumn(DateTimeFormatter format, String description) implements Column {}

  /** The timestamp column: ISO-8601 date-times with an offset or {@code Z}, read as instants. */
  record TimestampColumn() implements Column {}

  /**
   * A measure column.
   *
   * @param measure the measure
   */
  record MeasureColumn(Measure measure) implements Column {}

  /** A column that is read past. */
  record IgnoredColumn() implements Column {}
}
