package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.series.Observation;
import java.io.IOException;

/** Writes {@code {"date": "2026-01-01", "value": 1200}}. */
final class ObservationSerializer extends StdSerializer<Observation> {

  private static final long serialVersionUID = 1L;

  static final ObservationSerializer INSTANCE = new ObservationSerializer();

  private ObservationSerializer() {
    super(Observation.class);
  }

  @Override
  public void serialize(Observation observation, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(observation);
    Writes.date(g, "date", observation.date());
    Writes.decimal(g, "value", observation.value());
    g.writeEndObject();
  }
}
