package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.tactic.Priority;
import java.io.IOException;
import java.util.List;

/** Reads {@code {"value": 8, "complexity": 3}}: two whole scores from 1 to 10, both required. */
final class PriorityDeserializer extends StrictDeserializer<Priority> {

  private static final long serialVersionUID = 1L;

  static final PriorityDeserializer INSTANCE = new PriorityDeserializer();

  private static final Shape SHAPE =
      new Shape(
          Priority.class,
          "a priority object such as {\"value\": 8, \"complexity\": 3}",
          List.of("value", "complexity"),
          List.of("value", "complexity"));

  private static final String SCORE = "a whole score from 1 to 10";

  private PriorityDeserializer() {
    super(Priority.class);
  }

  @Override
  protected Priority read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    Located<Integer> value = null;
    Located<Integer> complexity = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      Located<Integer> score =
          Located.read(p, field, () -> Reads.wholeNumber(p, Priority.class, SCORE));
      if (field.equals("value")) {
        value = score;
      } else {
        complexity = score;
      }
    }
    Located<Integer> checkedValue = fields.require(value, "value");
    Located<Integer> checkedComplexity = fields.require(complexity, "complexity");
    ReadErrors.attempt(
        p,
        checkedValue,
        Priority.class,
        () -> Priority.of(checkedValue.value(), Priority.MIN_SCORE));
    return ReadErrors.attempt(
        p,
        checkedComplexity,
        Priority.class,
        () -> Priority.of(checkedValue.value(), checkedComplexity.value()));
  }
}
