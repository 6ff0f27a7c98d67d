package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Writes the JSON values inside Northstar objects: numbers in plain notation whatever the
 * generator's settings ({@code 20}, never {@code 2E+1}), ISO dates, enums in lower snake case, and
 * arrays of canonical texts.
 */
public final class Writes {

  private Writes() {}

  /** Writes a number field in plain notation, keeping the number's scale ("12.50"). */
  public static void decimal(JsonGenerator g, String field, BigDecimal value) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(value.toPlainString());
  }

  /** Writes a date field as an ISO date, such as "2026-07-01". */
  public static void date(JsonGenerator g, String field, LocalDate date) throws IOException {
    g.writeStringField(field, date.toString());
  }

  /** Writes an enum field in lower snake case, such as "brand_awareness". */
  public static void snakeCase(JsonGenerator g, String field, Enum<?> value) throws IOException {
    g.writeStringField(field, SnakeCase.of(value));
  }

  /** Writes an array field of the values' canonical texts ({@code toString()}). */
  public static void texts(JsonGenerator g, String field, Collection<?> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (Object value : values) {
      g.writeString(value.toString());
    }
    g.writeEndArray();
  }
}
