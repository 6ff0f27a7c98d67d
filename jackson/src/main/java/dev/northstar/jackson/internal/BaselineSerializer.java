package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.goal.Baseline;
import java.io.IOException;

/** Writes {@code {"value": 1200, "asOf": "2026-01-01"}}. */
final class BaselineSerializer extends StdSerializer<Baseline> {

  private static final long serialVersionUID = 1L;

  static final BaselineSerializer INSTANCE = new BaselineSerializer();

  private BaselineSerializer() {
    super(Baseline.class);
  }

  @Override
  public void serialize(Baseline baseline, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(baseline);
    Writes.decimal(g, "value", baseline.value());
    Writes.date(g, "asOf", baseline.asOf());
    g.writeEndObject();
  }
}
