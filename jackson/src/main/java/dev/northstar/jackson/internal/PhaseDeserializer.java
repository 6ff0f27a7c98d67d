package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.goal.Phase;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads {@code {"date": "2026-07-31", "value": 1000}}, both fields required. */
final class PhaseDeserializer extends StrictDeserializer<Phase> {

  private static final long serialVersionUID = 1L;

  static final PhaseDeserializer INSTANCE = new PhaseDeserializer();

  private static final Shape SHAPE =
      new Shape(
          Phase.class,
          "a phase object such as {\"date\": \"2026-07-31\", \"value\": 1000}",
          List.of("date", "value"),
          List.of("date", "value"));

  private PhaseDeserializer() {
    super(Phase.class);
  }

  @Override
  protected Phase read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    LocalDate date = null;
    Located<BigDecimal> value = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("date")) {
        date = Reads.date(p, Phase.class);
      } else {
        value = Located.read(p, field, () -> Reads.decimal(p, Phase.class, "a number"));
      }
    }
    LocalDate checkedDate = fields.require(date, "date");
    Located<BigDecimal> checkedValue = fields.require(value, "value");
    return ReadErrors.attempt(
        p, checkedValue, Phase.class, () -> Phase.of(checkedDate, checkedValue.value()));
  }
}
