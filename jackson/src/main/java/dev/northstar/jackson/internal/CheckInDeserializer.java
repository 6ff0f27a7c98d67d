package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.goal.CheckIn;
import dev.northstar.core.goal.Owner;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads {@code {"date": "2026-08-15", "value": 2, "author": "Brian", "confidence": 7, "note":
 * "..."}}; date and value are required.
 */
final class CheckInDeserializer extends StrictDeserializer<CheckIn> {

  private static final long serialVersionUID = 1L;

  static final CheckInDeserializer INSTANCE = new CheckInDeserializer();

  private static final Shape SHAPE =
      new Shape(
          CheckIn.class,
          "a check-in object such as {\"date\": \"2026-08-15\", \"value\": 2, \"author\":"
              + " \"Brian\", \"confidence\": 7, \"note\": \"two signed\"}",
          List.of("date", "value", "author", "confidence", "note"),
          List.of("date", "value"));

  private CheckInDeserializer() {
    super(CheckIn.class);
  }

  @Override
  protected CheckIn read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    LocalDate date = null;
    Located<BigDecimal> value = null;
    Owner author = null;
    Located<Integer> confidence = null;
    Located<String> note = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "date" -> date = Reads.date(p, CheckIn.class);
        case "value" ->
            value = Located.read(p, field, () -> Reads.decimal(p, CheckIn.class, "a number"));
        case "author" -> author = TextForms.OWNER.read(p, ctxt);
        case "confidence" ->
            confidence =
                Located.read(
                    p, field, () -> Reads.wholeNumber(p, CheckIn.class, "a whole number 0-10"));
        case "note" -> note = Located.read(p, field, () -> Reads.text(p, CheckIn.class, "a note"));
        default -> {}
      }
    }
    LocalDate checkedDate = fields.require(date, "date");
    Located<BigDecimal> checkedValue = fields.require(value, "value");
    CheckIn checkIn =
        ReadErrors.attempt(
                p, checkedValue, CheckIn.class, () -> CheckIn.of(checkedDate, checkedValue.value()))
            .withAuthor(author);
    if (confidence != null) {
      int c = confidence.value();
      CheckIn base = checkIn;
      checkIn = ReadErrors.attempt(p, confidence, CheckIn.class, () -> base.withConfidence(c));
    }
    if (note != null) {
      String n = note.value();
      CheckIn base = checkIn;
      checkIn = ReadErrors.attempt(p, note, CheckIn.class, () -> base.withNote(n));
    }
    return checkIn;
  }
}
