package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.goal.Baseline;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads {@code {"value": 1200, "asOf": "2026-01-01"}}, both fields required. */
final class BaselineDeserializer extends StrictDeserializer<Baseline> {

  private static final long serialVersionUID = 1L;

  static final BaselineDeserializer INSTANCE = new BaselineDeserializer();

  private static final Shape SHAPE =
      new Shape(
          Baseline.class,
          "a baseline object such as {\"value\": 1200, \"asOf\": \"2026-01-01\"}",
          List.of("value", "asOf"),
          List.of("value", "asOf"));

  private BaselineDeserializer() {
    super(Baseline.class);
  }

  @Override
  protected Baseline read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    Located<BigDecimal> value = null;
    LocalDate asOf = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("value")) {
        value = Located.read(p, field, () -> Reads.decimal(p, Baseline.class, "a number"));
      } else {
        asOf = Reads.date(p, Baseline.class);
      }
    }
    Located<BigDecimal> checkedValue = fields.require(value, "value");
    LocalDate checkedAsOf = fields.require(asOf, "asOf");
    return ReadErrors.attempt(
        p, checkedValue, Baseline.class, () -> Baseline.of(checkedValue.value(), checkedAsOf));
  }
}
