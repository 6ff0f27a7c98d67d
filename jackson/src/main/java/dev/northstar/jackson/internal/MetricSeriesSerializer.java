package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import java.io.IOException;

/**
 * Writes {@code {"metric": "followers", "scope": {...}, "observations": [{"date": ..., "value":
 * ...}, ...]}}, observations sorted by date; an unspecified scope is omitted.
 */
final class MetricSeriesSerializer extends StdSerializer<MetricSeries> {

  private static final long serialVersionUID = 1L;

  static final MetricSeriesSerializer INSTANCE = new MetricSeriesSerializer();

  private MetricSeriesSerializer() {
    super(MetricSeries.class);
  }

  @Override
  public void serialize(MetricSeries series, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(series);
    g.writeStringField("metric", series.metric().value());
    if (!series.scope().equals(Scope.unspecified())) {
      g.writeFieldName("scope");
      ScopeSerializer.INSTANCE.serialize(series.scope(), g, provider);
    }
    g.writeArrayFieldStart("observations");
    for (Observation observation : series.observations()) {
      ObservationSerializer.INSTANCE.serialize(observation, g, provider);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
