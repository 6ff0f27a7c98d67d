package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.series.Observation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads {@code {"date": "2026-01-01", "value": 1200}}, both fields required. */
final class ObservationDeserializer extends StrictDeserializer<Observation> {

  private static final long serialVersionUID = 1L;

  static final ObservationDeserializer INSTANCE = new ObservationDeserializer();

  private static final Shape SHAPE =
      new Shape(
          Observation.class,
          "an observation object such as {\"date\": \"2026-01-01\", \"value\": 1200}",
          List.of("date", "value"),
          List.of("date", "value"));

  private ObservationDeserializer() {
    super(Observation.class);
  }

  @Override
  protected Observation read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    LocalDate date = null;
    Located<BigDecimal> value = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("date")) {
        date = Reads.date(p, Observation.class);
      } else {
        value = Located.read(p, field, () -> Reads.decimal(p, Observation.class, "a number"));
      }
    }
    LocalDate checkedDate = fields.require(date, "date");
    Located<BigDecimal> checkedValue = fields.require(value, "value");
    return ReadErrors.attempt(
        p,
        checkedValue,
        Observation.class,
        () -> Observation.of(checkedDate, checkedValue.value()));
  }
}
