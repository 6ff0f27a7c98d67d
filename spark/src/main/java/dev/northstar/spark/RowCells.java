package dev.northstar.spark;

import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the rows a {@link KpiAggregator} takes, and the writing of one row into a metric
 * table builder. The columns are the schema's, in its order: the dimensions (strings; null is a
 * missing value), the date if the schema is dated (a date, or an ISO text), the timestamp if it is
 * timestamped, then the measures (whole numbers or decimals; null is missing, never zero).
 */
final class RowCells {

  private RowCells() {}

  /** The Spark columns of a schema's rows. */
  static StructType structOf(TableSchema schema) {
    List<StructField> fields = new ArrayList<>();
    for (Dimension d : schema.dimensions()) {
      fields.add(DataTypes.createStructField(d.id(), DataTypes.StringType, true));
    }
    if (schema.isDated()) {
      fields.add(DataTypes.createStructField("date", DataTypes.DateType, true));
    }
    if (schema.isTimestamped()) {
      fields.add(DataTypes.createStructField("timestamp", DataTypes.TimestampType, true));
    }
    for (Measure m : schema.measures()) {
      DataType type =
          m.isAmount() ? DataTypes.createDecimalType(38, m.scale()) : DataTypes.LongType;
      fields.add(DataTypes.createStructField(m.id().value(), type, true));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * The input columns taken from columns of other names: each header's column, backquoted so that
   * any header text is one column, cast to the input's type and named as the input.
   */
  static Column[] columns(TableSchema schema, List<String> headers) {
    Objects.requireNonNull(headers, "headers must not be null");
    StructField[] fields = structOf(schema).fields();
    if (headers.size() != fields.length) {
      throw new IllegalArgumentException(
          "headers must name the "
              + fields.length
              + " input columns "
              + structOf(schema).simpleString()
              + " in order, but were "
              + headers.size()
              + ": "
              + headers);
    }
    Column[] columns = new Column[fields.length];
    for (int c = 0; c < fields.length; c++) {
      String header =
          Objects.requireNonNull(headers.get(c), "the header of " + fields[c].name() + " is null");
      columns[c] =
          functions
              .col("`" + header.replace("`", "``") + "`")
              .cast(fields[c].dataType())
              .as(fields[c].name());
    }
    return columns;
  }

  /** Writes one row's cells; the caller ends the row. */
  static void write(Row row, TableSchema schema, MetricTableBuilder out) {
    int width =
        schema.dimensions().size()
            + (schema.isDated() ? 1 : 0)
            + (schema.isTimestamped() ? 1 : 0)
            + schema.measures().size();
    if (row.size() != width) {
      throw new IllegalArgumentException(
          "a row must have the schema's "
              + width
              + " columns "
              + structOf(schema).simpleString()
              + ", but had "
              + row.size());
    }
    int c = 0;
    for (int d = 0; d < schema.dimensions().size(); d++, c++) {
      Object value = row.get(c);
      if (value == null) {
        out.missingDimension(d);
      } else {
        out.dimension(d, value.toString());
      }
    }
    if (schema.isDated()) {
      out.date(date(row.get(c), c));
      c++;
    }
    if (schema.isTimestamped()) {
      out.timestamp(timestamp(row.get(c), c));
      c++;
    }
    for (int m = 0; m < schema.measures().size(); m++, c++) {
      Object value = row.get(c);
      if (value != null) {
        out.decimal(m, decimal(value, schema.measures().get(m)));
      }
    }
  }

  private static @org.jspecify.annotations.Nullable LocalDate date(
      @org.jspecify.annotations.Nullable Object value, int column) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof String s) {
      try {
        return LocalDate.parse(s.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "column " + column + " (date): '" + s + "' is no ISO date such as 2026-07-01", e);
      }
    }
    throw new IllegalArgumentException(
        "column " + column + " (date) must be a DATE or an ISO text, but was " + typeOf(value));
  }

  private static java.time.@org.jspecify.annotations.Nullable Instant timestamp(
      @org.jspecify.annotations.Nullable Object value, int column) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalArgumentException(
        "column " + column + " (timestamp) must be a TIMESTAMP, but was " + typeOf(value));
  }

  private static BigDecimal decimal(Object value, Measure measure) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (value instanceof String s) {
      try {
        return new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "measure " + measure.id().value() + ": '" + s + "' is no plain decimal such as 12.50",
            e);
      }
    }
    throw new IllegalArgumentException(
        "measure "
            + measure.id().value()
            + " must be a whole number, a DECIMAL or a decimal text (never a floating-point"
            + " number, which is not exact), but was "
            + typeOf(value));
  }

  private static String typeOf(Object value) {
    return value.getClass().getSimpleName() + " " + value;
  }
}
