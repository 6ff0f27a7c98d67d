package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.goal.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a target as an object of its kind and numbers, such as {@code {"kind":
 * "increase_by_percent", "percent": 20}}; never as text.
 */
final class TargetSerializer extends StdSerializer<Target> {

  private static final long serialVersionUID = 1L;

  static final TargetSerializer INSTANCE = new TargetSerializer();

  private TargetSerializer() {
    super(Target.class);
  }

  @Override
  public void serialize(Target target, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    TargetKind kind = TargetKind.of(target);
    List<BigDecimal> numbers = TargetKind.numbers(target);
    g.writeStartObject(target);
    g.writeStringField("kind", SnakeCase.of(kind));
    for (int i = 0; i < numbers.size(); i++) {
      Writes.decimal(g, kind.fields().get(i), numbers.get(i));
    }
    g.writeEndObject();
  }
}
