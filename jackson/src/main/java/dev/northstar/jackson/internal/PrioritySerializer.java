package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.tactic.Priority;
import java.io.IOException;

/** Writes {@code {"value": 8, "complexity": 3}}. */
final class PrioritySerializer extends StdSerializer<Priority> {

  private static final long serialVersionUID = 1L;

  static final PrioritySerializer INSTANCE = new PrioritySerializer();

  private PrioritySerializer() {
    super(Priority.class);
  }

  @Override
  public void serialize(Priority priority, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(priority);
    g.writeNumberField("value", priority.value());
    g.writeNumberField("complexity", priority.complexity());
    g.writeEndObject();
  }
}
